/** What the bot keeps, in one sentence: in the welcome and the help. */
const KEEPS = "I keep nothing you type unless you choose to send a question to ICORN's editors; say **privacy** for details.";

/** Every sentence the bot says of its own (not from the knowledge), in one place. */
export const messages = {
  welcome: `Hello! I'm ICORN's assistant: ask me about the International Cities of Refuge Network, or pick a topic. ${KEEPS}`,
  keeps: KEEPS,
  help: [
    'I answer questions about **ICORN**, the International Cities of Refuge Network, from its public information:',
    '- what ICORN is and its mission',
    '- membership for cities and regions',
    '- residencies for writers, artists and journalists at risk',
    '- key projects, partners, and how to contact ICORN',
    'Type a question in your own words, or pick a topic. Say **start over** at any time. Please do not share personal details here.',
    KEEPS,
  ].join('\n\n'),
  emptyMessage: 'Please type a question about ICORN, or say **help** to see what I can answer.',
  didYouMean: 'I am not sure which of these you mean. Did you mean:',
  noneOfThese: 'None of these',
  fallback:
    "Sorry, I don't have an answer to that. I can answer questions about ICORN: what it is, how cities join, who the residencies are for, its mission and projects, and how to reach it.",
  notStated: (missing: string) => `The page I answer from does not say ${missing}. Here is what it does say:`,
  otherLanguage: 'I answer questions about ICORN in English. For questions in other languages, please write to ICORN directly:',
  fallbackAfterNone: "Sorry I couldn't find the right answer. Try asking in other words, or contact ICORN directly.",
  fallbackContactsHeading: 'For anything else, please contact ICORN:',
  fallbackDefaultContacts: '- Website: [www.icorn.org](http://www.icorn.org/)',
  startOver: "OK, let's start over. What would you like to know about ICORN?",
  followUpsHeading: 'You can also ask:',
  apology: 'Sorry, something went wrong on my side. Please ask your question again.',
  nothingToRepeat: 'I have not answered anything yet. What would you like to know about ICORN?',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  feedbackThanks: 'Thank you for your feedback.',
  feedbackSorry: 'Sorry that did not help. You can ask in other words, or contact ICORN:',
  more: (title: string) => `Here is more you can ask after "${title}":`,
  /** The button after an unanswered question: only a click on it keeps the question. */
  sendQuestion: "Send this question to ICORN's editors (no name, no account)",
  /** Said with that button, so what it does is read in full even where a client shortens a button's title (Teams). */
  sendQuestionOffer: "You can send this question to ICORN's editors so they can improve the answers: it goes without your name or account.",
  questionSent:
    "Thank you: your question was sent to ICORN's editors, without your name or account. For the rest of this conversation, the question behind a suggestion you pick is sent too; say **start over** to stop that.",
  questionNotKept: 'That question is no longer here: I keep it only until your next message, so nothing was sent. Ask it again if you want to send it.',
  /** The privacy notice (the `privacy` command); `days` is FEEDBACK_RETENTION_DAYS. */
  privacy: (days: string) =>
    [
      '**What I keep**',
      `- I do not keep what you type. A question I cannot answer is kept only if you press "Send this question to ICORN's editors": then it is kept for ${days} days, without your name or account and with e-mail addresses and phone numbers removed, so that ICORN's editors can improve my answers. After that yes, the question behind a suggestion you pick is kept too, until you say **start over**.`,
      `- Otherwise I keep only counts, without any text: how many questions I could not answer, which suggestions were picked and whether answers helped, per day and language, for ${days} days.`,
      '- While we talk I remember only what I need to answer (your language, the last topic, and your last question until your next message) and forget it after a while.',
      '- Microsoft Teams and Direct Line (the service behind the web chat) keep their own copies of conversations, under the policies of the organisation that runs them. The chat page on this website saves nothing in your browser; **Clear chat** starts a new conversation.',
      '- Please do not share personal details here.',
    ].join('\n'),
  languagesSpoken: (names: string) => `I answer questions about ICORN in ${names}. Write in one of them, or type its name to switch.`,
  nothingMore: 'That is all the page says on this. You can ask something else, or contact ICORN for more.',
  smallTalk: {
    greeting: 'Hello! What would you like to know about ICORN?',
    thanks: "You're welcome! Anything else you'd like to know about ICORN?",
    goodbye: 'Goodbye, and take care. You can come back any time with questions about ICORN.',
    areYouABot:
      "Yes, I'm an automated assistant, not a person. For a person at ICORN, ask me how to contact them.",
    name: "I'm ICORN's assistant, a bot that answers questions about the International Cities of Refuge Network.",
    creator: "I'm a FAQ assistant built on ICORN's public information. Ask me how to contact ICORN to reach its people.",
    howAreYou: "I'm fine, thank you! What would you like to know about ICORN?",
    acknowledge: 'OK. Anything else you would like to know about ICORN?',
  },
} as const;

/** Entries offered as topic buttons in the welcome and the help, when the knowledge has them. */
export const TOPIC_ENTRY_IDS = ['what-is-icorn', 'how-to-join', 'who-can-get-a-residency', 'how-to-apply', 'contact'];
