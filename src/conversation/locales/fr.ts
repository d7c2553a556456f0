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
    ],
    "privacy": [
      "confidentialité",
      "vie privée",
      "protection des données",
      "que gardez-vous"
    ]
  },
  "welcome": "Bonjour ! Je suis l'assistant d'ICORN : posez-moi vos questions sur l'International Cities of Refuge Network, ou choisissez un sujet. Je ne garde rien de ce que vous écrivez, sauf si vous choisissez d'envoyer une question aux éditeurs d'ICORN ; dites **confidentialité** pour en savoir plus.",
  "help": "Je réponds aux questions sur **ICORN**, l'International Cities of Refuge Network, à partir des informations publiques du réseau :\n\n- ce qu'est ICORN et sa mission\n\n- l'adhésion des villes et des régions\n\n- les résidences pour les écrivains, artistes et journalistes menacés\n\n- les principaux projets et partenaires, et comment contacter ICORN\n\nPosez votre question avec vos propres mots, ou choisissez un sujet. Vous pouvez dire **recommencer** à tout moment. Merci de ne pas communiquer d'informations personnelles ici.\n\nJe ne garde rien de ce que vous écrivez, sauf si vous choisissez d'envoyer une question aux éditeurs d'ICORN ; dites **confidentialité** pour en savoir plus.",
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
  "keeps": "Je ne garde rien de ce que vous écrivez, sauf si vous choisissez d'envoyer une question aux éditeurs d'ICORN ; dites **confidentialité** pour en savoir plus.",
  "sendQuestion": "Envoyer cette question aux éditeurs d'ICORN (sans nom ni compte)",
  "sendQuestionOffer": "Vous pouvez envoyer cette question aux éditeurs d'ICORN pour qu'ils améliorent les réponses : elle part sans votre nom ni votre compte.",
  "questionSent": "Merci : votre question a été envoyée aux éditeurs d'ICORN, sans votre nom ni votre compte. Pour le reste de cette conversation, la question derrière chaque suggestion que vous choisissez sera aussi envoyée ; dites **recommencer** pour arrêter.",
  "questionNotKept": "Cette question n'est plus là : je ne la garde que jusqu'à votre message suivant, donc rien n'a été envoyé. Posez-la de nouveau si vous voulez l'envoyer.",
  "privacy": "**Ce que je garde**\n- Je ne garde pas ce que vous écrivez. Une question à laquelle je ne sais pas répondre n'est gardée que si vous appuyez sur « Envoyer cette question aux éditeurs d'ICORN » : elle est alors gardée {days} jours, sans votre nom ni votre compte, adresses e-mail et numéros de téléphone retirés, pour que les éditeurs d'ICORN améliorent mes réponses. Après ce oui, la question derrière chaque suggestion que vous choisissez est aussi gardée, jusqu'à ce que vous disiez **recommencer**.\n- Sinon, je ne garde que des comptes, sans aucun texte : combien de questions sont restées sans réponse, quelles suggestions ont été choisies et si les réponses ont aidé, par jour et par langue, pendant {days} jours.\n- Pendant notre échange, je ne retiens que ce qu'il me faut pour répondre (votre langue, le dernier sujet, et votre dernière question jusqu'à votre message suivant) et je l'oublie au bout d'un moment.\n- Microsoft Teams et Direct Line (le service derrière le chat web) gardent leurs propres copies des conversations, selon les règles de l'organisation qui les gère. La page de chat de ce site n'enregistre rien dans votre navigateur ; **Clear chat** commence une nouvelle conversation.\n- Merci de ne pas partager de données personnelles ici.",
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
