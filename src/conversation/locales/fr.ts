// The bot's own words in French: drafted by a translator from ../messages.ts, not yet reviewed by ICORN.
import type { LocaleWords } from './index.js';

const words: LocaleWords = {
  "englishOriginal": "Voir l'original en anglais",
  "nativeName": "français",
  "englishName": "French",
  "languagesOffered": "Je réponds aux questions sur ICORN en anglais. Pour poser votre question en {language}, veuillez écrire directement à ICORN :",
  "switchedLanguage": "D'accord, je répondrai désormais en français.",
  "commands": {
    "help": [
      "aide",
      "aidez-moi",
      "besoin d'aide",
      "menu"
    ],
    "startOver": [
      "recommencer",
      "on recommence",
      "reprendre depuis le début",
      "réinitialiser"
    ],
    "english": [
      "en anglais",
      "répondez en anglais",
      "réponds en anglais",
      "anglais"
    ]
  },
  "welcome": "Bonjour ! Je suis l'assistant d'ICORN : posez-moi vos questions sur l'International Cities of Refuge Network, ou choisissez un sujet.",
  "help": "Je réponds aux questions sur **ICORN**, l'International Cities of Refuge Network, à partir des informations publiques du réseau :\n\n- ce qu'est ICORN et sa mission\n\n- l'adhésion des villes et des régions\n\n- les résidences pour les écrivains, artistes et journalistes menacés\n\n- les principaux projets et partenaires, et comment contacter ICORN\n\nPosez votre question avec vos propres mots, ou choisissez un sujet. Vous pouvez dire **recommencer** à tout moment. Merci de ne pas communiquer d'informations personnelles ici.",
  "emptyMessage": "Veuillez saisir une question sur ICORN, ou tapez **aide** pour savoir à quelles questions je peux répondre.",
  "didYouMean": "Je ne suis pas sûr de ce que vous cherchez parmi ces propositions. Vouliez-vous dire :",
  "noneOfThese": "Aucune de celles-ci",
  "fallback": "Désolé, je n'ai pas de réponse à cette question. Je peux répondre aux questions sur ICORN : ce qu'est le réseau, comment les villes y adhèrent, à qui s'adressent les résidences, sa mission et ses projets, et comment le contacter.",
  "notStated": "La page sur laquelle je m'appuie ne précise pas {missing}. Voici ce qu'elle indique :",
  "fallbackAfterNone": "Désolé, je n'ai pas trouvé la bonne réponse. Essayez de reformuler votre question, ou contactez directement ICORN.",
  "fallbackContactsHeading": "Pour toute autre question, veuillez contacter ICORN :",
  "fallbackDefaultContacts": "- Site web : [www.icorn.org](http://www.icorn.org/)",
  "startOver": "D'accord, recommençons. Que souhaitez-vous savoir sur ICORN ?",
  "followUpsHeading": "Vous pouvez aussi demander :",
  "apology": "Désolé, un problème est survenu de mon côté. Veuillez reposer votre question.",
  "nothingToRepeat": "Je n'ai encore rien répondu. Que souhaitez-vous savoir sur ICORN ?",
  "helpful": "Utile",
  "notHelpful": "Pas utile",
  "feedbackThanks": "Merci pour votre retour.",
  "feedbackSorry": "Désolé que cela ne vous ait pas aidé. Vous pouvez reformuler votre question ou contacter ICORN :",
  "more": "Voici d'autres questions que vous pouvez poser après « {title} » :",
  "nothingMore": "C'est tout ce que la page indique à ce sujet. Vous pouvez poser une autre question, ou contacter ICORN pour en savoir plus.",
  "smallTalk": {
    "greeting": "Bonjour ! Que souhaitez-vous savoir sur ICORN ?",
    "thanks": "Je vous en prie ! Souhaitez-vous savoir autre chose sur ICORN ?",
    "goodbye": "Au revoir, et prenez soin de vous. Vous pouvez revenir à tout moment avec vos questions sur ICORN.",
    "areYouABot": "Oui, je suis un assistant automatique, pas une personne. Pour joindre quelqu'un chez ICORN, demandez-moi comment contacter l'équipe.",
    "name": "Je suis l'assistant d'ICORN, un bot qui répond aux questions sur l'International Cities of Refuge Network.",
    "creator": "Je suis un assistant de questions fréquentes fondé sur les informations publiques d'ICORN. Pour joindre l'équipe, demandez-moi comment contacter ICORN.",
    "howAreYou": "Je vais bien, merci ! Que souhaitez-vous savoir sur ICORN ?",
    "acknowledge": "D'accord. Souhaitez-vous savoir autre chose sur ICORN ?"
  }
};

export default words;
