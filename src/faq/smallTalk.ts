import { foldText } from './normalize.js';

/** Conversational intents the bot answers itself, never with an ICORN fact. */
export type SmallTalkIntent =
  | 'greeting'
  | 'thanks'
  | 'goodbye'
  | 'areYouABot'
  | 'name'
  | 'creator'
  | 'howAreYou'
  | 'help'
  | 'cancel'
  | 'repeat'
  | 'acknowledge';

/** What was recognised: the intent, and what is left of the message once it is taken out. */
export interface SmallTalkMatch {
  intent: SmallTalkIntent;
  /** The rest of the message ("what is icorn" in "hi, what is icorn?"), empty when it was all small talk. */
  rest: string;
}

const FILLER = String.raw`(?:\s+(?:there|again|so much|a lot|very much|a bunch|bot|icorn|buddy|friend|mate|all|everyone|folks|guys|you|to you|man))*`;

/** Patterns over folded text (lowercase, no accents, no punctuation). Order matters: first wins. */
const WHOLE: Array<[SmallTalkIntent, RegExp]> = [
  ['cancel', /^(?:cancel|stop|start over|start again|restart|reset|never ?mind|nevermind|forget it|quit|exit|abort|menu|main menu|go back|back)(?:\s+(?:this|that|it|please|now|everything))*$/],
  ['help', /^(?:help|help me|i need help|what can you do|what do you do|what can i ask(?: you)?(?: about)?|what (?:kind of |sort of )?(?:questions|things) can i ask(?: you)?|what do you know(?: about)?|what are you (?:able|good) (?:to do|for|at)|how does this work|how do i use (?:this|you)|what can you help (?:me )?with|what topics(?: do you (?:know|cover))?|options|commands|menu of options)(?:\s+(?:please|here))?$/],
  ['areYouABot', /^(?:are you (?:a |an )?(?:bot|robot|human|real|person|real person|ai|machine|computer|chatbot|program|live person|human being)|am i (?:talking|chatting|speaking) (?:to|with) (?:a )?(?:bot|robot|human|real person|person|machine|computer|ai)|is this (?:a )?(?:bot|robot|human|real person|person|machine|ai)|what are you|are you alive)$/],
  ['name', /^(?:what(?: is|s) your name|who are you|what should i call you|what do i call you|do you have (?:a )?name|your name)$/],
  ['creator', /^(?:who (?:made|built|created|programmed|designed|wrote|owns|runs) you|who is your (?:creator|maker|owner|developer)|who do you work for|where do you come from)$/],
  ['howAreYou', /^(?:how are you(?: doing| today)?|how(?: is|s) it going|how are things|how do you do|hows life|how is your day|are you (?:ok|okay|well|good))$/],
  ['thanks', new RegExp(String.raw`^(?:(?:thank you|thanks|thank u|thx|ty|cheers|many thanks|much appreciated|appreciate it|i appreciate (?:it|that|your help)|great thanks|ok thanks|okay thanks|thanks for (?:the|your) (?:help|answer|info|information))${FILLER}|that (?:was|is) (?:very )?helpful|(?:that )?helps a lot)$`)],
  ['goodbye', new RegExp(String.raw`^(?:(?:bye|goodbye|good bye|bye bye|see you|see ya|see you later|farewell|later|good night|take care|have a (?:nice|good|great) (?:day|evening|one)|talk (?:to you )?later|i have to go|i am done|that is all|that s all|gotta go)${FILLER})$`)],
  ['greeting', new RegExp(String.raw`^(?:(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|yo|hallo|hola|bonjour|salut|hei|hej|morning|evening)${FILLER})$`)],
  ['repeat', /^(?:(?:can you |could you |please )?(?:repeat|say) (?:that|it|this)(?: again)?|repeat(?: please)?|come again|what did you (?:just )?say|say again|pardon|sorry what)$/],
  ['acknowledge', /^(?:ok|okay|k|kk|cool|great|nice|good|fine|alright|all right|got it|i see|understood|awesome|perfect|sure|noted|wow|ah|oh|yes|no|nope|yep|yeah|hm+)$/],
];

/** A greeting or thanks in front of a real question: "hi, what is icorn", "thanks! and the phone?". */
const LEADING = /^(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|greetings|thanks|thank you|ok|okay|great|cool)(?:\s+(?:there|so much|a lot|bot))?)\s+(.+)$/;

/** Recognises small talk in a message. Returns undefined for a message that is a question to match. */
export function recogniseSmallTalk(text: string): SmallTalkMatch | undefined {
  const folded = plain(text);
  if (!folded) return undefined;
  for (const [intent, pattern] of WHOLE) {
    if (pattern.test(folded)) return { intent, rest: '' };
  }
  const leading = LEADING.exec(folded);
  if (leading) {
    const rest = leading[1] as string;
    const inner = recogniseSmallTalk(rest);
    if (inner) return inner;
    const intent: SmallTalkIntent = /^(?:thanks|thank you)/.test(folded) ? 'thanks' : 'greeting';
    return { intent, rest };
  }
  return undefined;
}

/** Lowercase words separated by single spaces: what the patterns read. */
export function plain(text: string): string {
  return foldText(text)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}
