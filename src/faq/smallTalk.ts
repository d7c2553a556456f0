import { foldText } from './normalize.js';
import { escapeRegExp } from './wordEdges.js';

/** Conversational intents the bot answers itself, never with a fact of the knowledge. */
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
  | 'more'
  | 'acknowledge'
  | 'languages';

/** What was recognised: the intent, and what is left of the message once it is taken out. */
export interface SmallTalkMatch {
  intent: SmallTalkIntent;
  /** The rest of the message ("what is the fee" in "hi, what is the fee?"), empty when it was all small talk. */
  rest: string;
  /**
   * Whether the intent holds even if the knowledge matches the message: "who made you" is about the
   * bot whatever else it says, while "thanks for the help" only counts when it is not a question.
   */
  certain: boolean;
}

/** How people address the bot after a greeting or thanks ("thanks so much", "hi there"), with the names of the vocabulary. */
function address(names: readonly string[]): string {
  const own = names.map(plain).filter(Boolean).map((name) => `|${escapeRegExp(name)}`).join('');
  return String.raw`(?:\s+(?:there|again|so much|a lot|very much|a bunch|bot|ai${own}|buddy|friend|mate|all|everyone|folks|guys|you|to you|man|now|then|today|for now|and have a nice day|my friend))*`;
}

const YOU = String.raw`(?:you|u|ya|yourself|thou|thee)`;
const BOTLIKE = String.raw`(?:bot|robot|chat ?bot|human|human being|real|real person|person|live person|actual person|ai|artificial intelligence|machine|computer|program|automated|automatic|software|alive)`;

/**
 * Patterns over the whole message (folded: lowercase, no accents, no punctuation), for the names
 * the bot is addressed by. First wins.
 */
function wholePatterns(names: readonly string[]): Array<[SmallTalkIntent, RegExp]> {
  const ADDRESS = address(names);
  return [
    ['cancel', /^(?:(?:please |hey |ok |okay |bot |ai )*(?:cancel|stop|quit|abort|scrap|rescind|reset|restart|start over|start again|begin again|never ?mind|forget (?:it|that|about it)|exit|back to (?:the )?start|main menu|menu|go back|back))(?:\s+(?:this|that|it|please|now|everything|all|talking|the conversation|that request|my request|command))*$|^(?:command cancel|i repeat cancel|dont talk anymore|stop talking|quit talking)$/],
    ['help', new RegExp(String.raw`^(?:help|help me|i need help|can you help(?: me)?|help please|please help|\?+|options|commands|what now|what can ${YOU} do|what do ${YOU} do|what can ${YOU} help(?: me)?(?: with)?|how can ${YOU} help(?: me)?|what are ${YOU} for|what can i ask(?: ${YOU})?(?: about)?|what (?:else )?can i ask|how does this work|how do i use (?:this|${YOU})|what topics(?: do ${YOU} (?:know|cover))?|what do ${YOU} know(?: about)?)$`)],
    ['howAreYou', new RegExp(String.raw`^(?:(?:hi |hey |hello )?(?:how are ${YOU}(?: doing| today| doing today)?|how ${YOU} are|hows are ya|how(?: is|s) it going|how are things|how do ${YOU} do|how ya doin|how you doing|hows life|how is your day|are ${YOU} (?:ok|okay|well|good|fine)|whats up|wassup|sup|what is up))$`)],
    ['thanks', new RegExp(String.raw`^(?:(?:ok |okay |great |perfect |cool )?(?:thank ${YOU}|thanks|thank u|thanx|thx|ty|cheers|many thanks|much appreciated|appreciate it|i appreciate (?:it|that|this|your help)|(?:thanks|thank ${YOU}|many thanks|cheers) for (?:the |your |all (?:the |your )?)?(?:help|helping(?: me)?(?: out)?|answer|answers|info|information|assistance|support|time|chat|chatting)(?: today)?)${ADDRESS}|(?:that|this) (?:was|is) (?:very |really |so )?helpful|(?:that )?helps a lot|great help)$`)],
    ['goodbye', new RegExp(String.raw`^(?:(?:bye|goodbye|good bye|bye bye|byebye|see ${YOU}|see ya|see you later|see you soon|farewell|later|good night|goodnight|take care|have a (?:nice|good|great) (?:day|evening|one|night)|talk (?:to ${YOU} )?later|i have to go|i must go|i need to go|gotta go|i am done|im done|that is all|thats all|until next time|peace out|ciao|adios)${ADDRESS})$`)],
    ['greeting', new RegExp(String.raw`^(?:(?:hi|hello|hey|heya|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|yo|hallo|hola|bonjour|salut|hei|hej|morning|evening|hi hi|hey hey)${ADDRESS})$`)],
    ['repeat', /^(?:(?:can you |could you |please |would you )*(?:repeat|say) (?:that|it|this|what you said)(?: again)?(?: please)?|repeat(?: please)?|come again|what did you (?:just )?say|what was (?:just )?said|say again|pardon|sorry what|what)$/],
    ['more', /^(?:(?:can you |could you |please )?tell me more(?: about (?:it|that|this|them))?(?: please)?|more|more please|more info|more information|more details|go on|continue|and|and then|what else|anything else|what more|more on (?:that|this)|keep going|details)$/],
    ['languages', /^(?:languages?|other languages?|another language|any other languages?|in other languages?|different languages?|which languages?|what languages?)$/],
    ['acknowledge', /^(?:ok|okay|k|kk|cool|great|nice|good|fine|alright|all right|got it|i see|understood|awesome|perfect|sure|noted|wow|ah|oh|yes|no|nope|yep|yeah|hm+|ok then|okay then|ok cool|lol|haha)$/],
  ];
}

/**
 * Parts found one after the other anywhere in a message, in time linear in its length: the
 * pattern `first.*second` rescans the rest of the message from every place `first` matches (and
 * `first.*second.*third` from every pair). Here each part but the last is matched once, lazily from
 * where the one before ended, inside a look-ahead whose match the back-reference then steps over:
 * JavaScript never backtracks into a look-ahead, so no part is tried again from another place.
 * (The parts must not have capturing groups of their own.)
 */
function inOrder(...parts: string[]): RegExp {
  const last = parts.at(-1) ?? '';
  const steps = parts.slice(0, -1).map((part, i) => `(?=(.*?${part}))\\${i + 1}`);
  return new RegExp(`^${steps.join('')}.*${last}`);
}

/**
 * Patterns that find small talk anywhere in the message. Those about the bot itself are certain;
 * the others apply only when the message is not a question the knowledge answers.
 */
const ANYWHERE: Array<[SmallTalkIntent, RegExp, boolean]> = [
  ['areYouABot', inOrder(String.raw`\b(?:are ${YOU}|am i (?:talking|chatting|speaking|writing) (?:to|with)|is this|could ${YOU} be|would ${YOU} (?:say ${YOU} are|be classified as)|do ${YOU} consider ${YOU}rself|if ${YOU} were)\b`, String.raw`\b(?:a |an )?${BOTLIKE}\b`), true],
  ['areYouABot', new RegExp(String.raw`^(?:are ${YOU} (?:secretly )?(?:real|human|alive|a bot)|what are ${YOU})$`), true],
  ['creator', inOrder(String.raw`\b(?:who|what company|which company|what organi[sz]ation)\b`, String.raw`\b(?:made|make|makes|created|creat\w*|designed|design|designer|programmed|built|build|manufactured|formed|developed|wrote|trained|owns|responsible|employed)\b`, String.raw`\b(?:${YOU}|your (?:design|creation|making|programming)|this (?:bot|chat ?bot|assistant|chat))\b`), true],
  ['creator', new RegExp(String.raw`\byour (?:creator|designer|maker|developer|owner|author|programmer)\b|\b(?:${YOU} (?:were|are|was)|(?:were|are|was) ${YOU}) (?:created|made|designed|programmed|built|manufactured|developed|employed) by\b|\bwho (?:do )?${YOU} (?:say ${YOU} )?work for\b|\bwhere (?:are|do|did) ${YOU} (?:come )?from\b|\byour boss\b`), true],
  ['name', new RegExp(String.raw`\b(?:your (?:nick)?names?|what (?:may|should|can|do) i call ${YOU}|what do ${YOU} call ${YOU}rself|name (?:i should use|you like) to|have a (?:nick)?name|who are ${YOU})\b`), true],
  ['help', inOrder(String.raw`\bwhat (?:else |all |the |kind of |kinds of |sort of |types? of |categories of |different )*(?:questions|things|topics|subjects|information|categories|stuff)\b`, String.raw`\b(?:${YOU} (?:answer|know|cover|help|handle)|can i ask|do ${YOU} know|can ${YOU} answer)\b`), true],
  ['help', new RegExp(String.raw`\bwhat (?:all )?(?:can i|i can) ask\b|\bwhat are ${YOU} (?:capable|able)\b|\bwhat can i ask the ai\b|\bwhat do ${YOU} know\b`), true],
  ['help', inOrder(String.raw`\bcan i ask ${YOU}\b`, String.raw`\bquestions\b`), true],
  ['repeat', new RegExp(String.raw`\b(?:repeat (?:that|it|what ${YOU} said|the question|yourself)|say (?:that|it) again|hear (?:that|it) again|(?:did ?n[o']?t|did not|could ?n[o']?t|couldnt) (?:hear|understand|catch) (?:what ${YOU} said|that|you)|what was that(?: question)?(?: again)?|could that be repeated|ask me that again)\b`), true],
  ['cancel', /\b(?:do not|dont|stop|quit) (?:talk|talking|chatting)\b/, true],
  // The languages the bot answers in: "what languages do you speak?", "can I write in Arabic?".
  ['languages', new RegExp(String.raw`\b(?:what|which) languages? (?:do|can|does|will) ${YOU}\b|\b(?:what|which) languages? (?:can|could|may|should) i (?:write|ask|use|talk|speak|chat)\b|\b(?:do|can|could) ${YOU} (?:speak|understand|answer in|talk in|reply in|write in|read)\b|\bcan i (?:write|ask|talk|speak|chat)(?: to ${YOU}| with ${YOU})? in (?:spanish|french|arabic|persian|farsi|english|russian|ukrainian|turkish|german|norwegian|portuguese|another language|other languages|my (?:own )?language)\b|\bis there (?:a|an) (?:spanish|french|arabic|persian|farsi|russian|ukrainian|turkish|german|norwegian|portuguese) version\b`), true],
  ['thanks', /^(?:\S+ ){0,4}for (?:the |your |all (?:the |your )?)(?:help|assistance|support|answers?|info|information)(?: today)?$/, true],
  ['thanks', /\b(?:thank|thanks|thanx|thx|appreciate|grateful|gratitude)\b|^(?:you|you have|youve|that|this|it) (?:has |have |was |were |is )?(?:been )?(?:a |so |very |really |such a )?(?:big |great |huge |real )?help(?:ful)?$/, false],
  ['goodbye', /^(?=(?:\S+ ){0,9}\S+$)(?!.*\b(?:say|said|saying|translate)\b).*\b(?:bye|goodbye|goodnight|farewell|nice (?:chat|conversation|talking)|(?:pleasure|lovely|nice|good) (?:talking|to speak|speaking|chatting)|until next time|peace out|see (?:you|ya) (?:later|soon|around))\b/, false],
  ['cancel', /^(?:\S+ ){0,3}\S*\b(?:cancel|abort)\b(?: \S+){0,2}$/, false],
];

/** The most words of a message in which small talk is read anywhere (CLINC150's longest small talk has 12). */
const MAX_ANYWHERE_WORDS = 16;

/** A greeting or thanks in front of a real question: "hi, what is the fee", "thanks! and the phone?". */
const LEADING = /^((?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|greetings|thanks|thank you|ok|okay|great|cool)(?:\s+(?:there|so much|a lot|bot|again))?)\s+(.+)$/;

/** Recognises small talk in a message. Returns undefined for a message that is only a question to match. */
export type SmallTalkRecogniser = (text: string) => SmallTalkMatch | undefined;

/**
 * The small-talk recogniser for the names the bot is addressed by (the vocabulary's `names`:
 * "thanks, <name>" is a thank-you, not a question about the name).
 */
export function createSmallTalk(names: readonly string[] = []): SmallTalkRecogniser {
  const whole = wholePatterns(names);
  const recognise = (text: string): SmallTalkMatch | undefined => {
    const folded = plain(text);
    if (!folded) return undefined;
    for (const [intent, pattern] of whole) {
      if (pattern.test(folded)) return { intent, rest: '', certain: true };
    }
    const leading = LEADING.exec(folded);
    if (leading) {
      const rest = leading[2] as string;
      const inner = recognise(rest);
      if (inner) return inner;
      return { intent: /^(?:thanks|thank you)/.test(folded) ? 'thanks' : 'greeting', rest, certain: false };
    }
    // Anywhere in a short message only: in a long one "is this ... a person" and "your name" are a
    // story's words ("... what is this exactly and they can help person like me?").
    if (folded.split(' ').length > MAX_ANYWHERE_WORDS) return undefined;
    for (const [intent, pattern, certain] of ANYWHERE) {
      if (pattern.test(folded)) return { intent, rest: certain ? '' : folded, certain };
    }
    return undefined;
  };
  return recognise;
}

/** Lowercase words separated by single spaces: what the patterns read ("?" for a message of question marks). */
export function plain(text: string): string {
  const words = foldText(text).replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  return words || (/^\s*\?+\s*$/.test(text) ? '?' : '');
}
