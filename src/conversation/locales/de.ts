// The bot's own words in German: drafted by a translator from ../messages.ts, not yet reviewed by ICORN.
import type { LocaleWords } from './index.js';

const words: LocaleWords = {
  "englishOriginal": "Englisches Original anzeigen",
  "nativeName": "deutsch",
  "englishName": "German",
  "languagesOffered": "Ich beantworte Fragen zu ICORN auf Englisch. Wenn Sie Ihre Frage auf {language} stellen möchten, schreiben Sie bitte direkt an ICORN:",
  "switchedLanguage": "In Ordnung, ich antworte ab jetzt auf Deutsch.",
  "commands": {
    "help": [
      "hilfe",
      "hilfe bitte",
      "helfen sie mir"
    ],
    "startOver": [
      "neu starten",
      "von vorne",
      "neu anfangen",
      "von vorne anfangen"
    ],
    "english": [
      "auf englisch",
      "englisch",
      "antworten sie auf englisch",
      "bitte auf englisch"
    ],
    "privacy": [
      "datenschutz",
      "privatsphäre",
      "datenschutzerklärung",
      "was speichern sie"
    ]
  },
  "welcome": "Guten Tag! Ich bin der Assistent von ICORN. Stellen Sie mir Fragen zum International Cities of Refuge Network oder wählen Sie ein Thema. Ich speichere nichts von dem, was Sie schreiben, es sei denn, Sie senden selbst eine Frage an die Redaktion von ICORN; sagen Sie **Datenschutz** für Einzelheiten.",
  "help": "Ich beantworte Fragen zu **ICORN**, dem International Cities of Refuge Network, auf Grundlage seiner öffentlich zugänglichen Informationen:\n\n- was ICORN ist und welche Mission das Netzwerk verfolgt\n\n- Mitgliedschaft für Städte und Regionen\n\n- Residenzen für gefährdete Schriftsteller, Künstler und Journalisten\n\n- wichtige Projekte und Partner und wie Sie ICORN erreichen\n\nStellen Sie Ihre Frage in eigenen Worten oder wählen Sie ein Thema. Sie können jederzeit **neu starten** sagen. Bitte geben Sie hier keine persönlichen Daten an.\n\nIch speichere nichts von dem, was Sie schreiben, es sei denn, Sie senden selbst eine Frage an die Redaktion von ICORN; sagen Sie **Datenschutz** für Einzelheiten.",
  "emptyMessage": "Bitte geben Sie eine Frage zu ICORN ein oder sagen Sie **Hilfe**, um zu sehen, welche Fragen ich beantworten kann.",
  "didYouMean": "Ich bin nicht sicher, was davon Sie meinen. Meinten Sie:",
  "noneOfThese": "Nichts davon",
  "fallback": "Darauf habe ich leider keine Antwort. Ich kann Fragen zu ICORN beantworten: was ICORN ist, wie Städte Mitglied werden, für wen die Residenzen gedacht sind, welche Mission und Projekte ICORN hat und wie Sie ICORN erreichen.",
  "notStated": "Die Seite, auf die ich mich stütze, macht keine Angabe zu {missing}. Dort steht Folgendes:",
  "fallbackAfterNone": "Leider konnte ich nicht die passende Antwort finden. Versuchen Sie es mit anderen Worten oder wenden Sie sich direkt an ICORN.",
  "fallbackContactsHeading": "Bei allen anderen Anliegen wenden Sie sich bitte an ICORN:",
  "fallbackDefaultContacts": "- Website: [www.icorn.org](http://www.icorn.org/)",
  "startOver": "Gut, fangen wir von vorne an. Was möchten Sie über ICORN wissen?",
  "followUpsHeading": "Sie können auch fragen:",
  "apology": "Entschuldigung, bei mir ist ein Fehler aufgetreten. Bitte stellen Sie Ihre Frage noch einmal.",
  "nothingToRepeat": "Ich habe bisher noch nichts beantwortet. Was möchten Sie über ICORN wissen?",
  "helpful": "Hilfreich",
  "notHelpful": "Nicht hilfreich",
  "feedbackThanks": "Vielen Dank für Ihre Rückmeldung.",
  "feedbackSorry": "Es tut mir leid, dass Ihnen das nicht weitergeholfen hat. Sie können Ihre Frage anders formulieren oder sich an ICORN wenden:",
  "more": "Weitere Fragen, die Sie im Anschluss an „{title}“ stellen können:",
  "nothingMore": "Mehr steht auf der Seite dazu nicht. Sie können etwas anderes fragen oder sich für weitere Informationen an ICORN wenden.",
  "keeps": "Ich speichere nichts von dem, was Sie schreiben, es sei denn, Sie senden selbst eine Frage an die Redaktion von ICORN; sagen Sie **Datenschutz** für Einzelheiten.",
  "sendQuestion": "Diese Frage an die Redaktion von ICORN senden (ohne Namen, ohne Konto)",
  "sendQuestionOffer": "Sie können diese Frage an die Redaktion von ICORN senden, damit die Antworten besser werden: Sie geht ohne Ihren Namen und ohne Ihr Konto.",
  "questionSent": "Danke: Ihre Frage wurde ohne Ihren Namen und Ihr Konto an die Redaktion von ICORN gesendet. Für den Rest dieses Gesprächs wird bei jedem Vorschlag, den Sie wählen, auch die Frage dazu gesendet; sagen Sie **neu starten**, um das zu beenden.",
  "questionNotKept": "Diese Frage ist nicht mehr hier: Ich behalte sie nur bis zu Ihrer nächsten Nachricht, daher wurde nichts gesendet. Stellen Sie sie noch einmal, wenn Sie sie senden möchten.",
  "privacy": "**Was ich speichere**\n- Ich speichere nicht, was Sie schreiben. Eine Frage, die ich nicht beantworten kann, wird nur gespeichert, wenn Sie auf „Diese Frage an die Redaktion von ICORN senden“ klicken: Dann wird sie {days} Tage lang gespeichert, ohne Ihren Namen und Ihr Konto und ohne E-Mail-Adressen und Telefonnummern, damit die Redaktion von ICORN meine Antworten verbessern kann. Nach dieser Zustimmung wird auch die Frage zu jedem Vorschlag gespeichert, den Sie wählen, bis Sie **neu starten** sagen.\n- Ansonsten speichere ich nur Zahlen, ohne jeden Text: wie viele Fragen ich nicht beantworten konnte, welche Vorschläge gewählt wurden und ob Antworten geholfen haben, pro Tag und Sprache, {days} Tage lang.\n- Während wir sprechen, merke ich mir nur, was ich zum Antworten brauche (Ihre Sprache, das letzte Thema und Ihre letzte Frage bis zu Ihrer nächsten Nachricht), und vergesse es nach einer Weile.\n- Microsoft Teams und Direct Line (der Dienst hinter dem Web-Chat) bewahren eigene Kopien von Gesprächen auf, nach den Regeln der Organisation, die sie betreibt. Die Chat-Seite dieser Website speichert nichts in Ihrem Browser; **Clear chat** beginnt ein neues Gespräch.\n- Bitte geben Sie hier keine persönlichen Daten an.",
  "smallTalk": {
    "greeting": "Guten Tag! Was möchten Sie über ICORN wissen?",
    "thanks": "Gern geschehen! Möchten Sie noch etwas über ICORN wissen?",
    "goodbye": "Auf Wiedersehen, und passen Sie gut auf sich auf. Sie können jederzeit mit Fragen zu ICORN wiederkommen.",
    "areYouABot": "Ja, ich bin ein automatischer Assistent, kein Mensch. Wenn Sie mit einer Person bei ICORN sprechen möchten, fragen Sie mich, wie Sie ICORN erreichen.",
    "name": "Ich bin der Assistent von ICORN, ein Bot, der Fragen zum International Cities of Refuge Network beantwortet.",
    "creator": "Ich bin ein FAQ-Assistent, der auf den öffentlichen Informationen von ICORN beruht. Um die Menschen bei ICORN zu erreichen, fragen Sie mich nach den Kontaktmöglichkeiten.",
    "howAreYou": "Danke, mir geht es gut! Was möchten Sie über ICORN wissen?",
    "acknowledge": "In Ordnung. Möchten Sie noch etwas über ICORN wissen?"
  }
};

export default words;
