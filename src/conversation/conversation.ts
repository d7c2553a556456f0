import { readsAtRisk } from '../faq/atRisk.js';
import { latin } from '../faq/wordEdges.js';
import type { FaqEngine, FaqReply } from '../faq/faqEngine.js';
import type { SmallTalkIntent } from '../faq/smallTalk.js';
import { smallTalkIn } from '../i18n/smallTalk.js';
import type { Candidate, Entry } from '../faq/types.js';
import { redact, type FeedbackRecord, type QuestionReason } from '../feedback/feedbackLog.js';
import { buttonValueOf, type ButtonValue } from './buttonValue.js';
import { detectLanguage, wordsOfKnowledge, wordsOfTranslations } from '../i18n/detectLanguage.js';
import { isUiLanguage, languageOfLocale, RTL_LANGUAGES, UI_LANGUAGES, type Language, type UiLanguage } from '../i18n/languages.js';
import { localeWords, wordsOf } from './locales/index.js';
import { DEFAULTS } from '../limits.js';
import { messages, TOPIC_ENTRY_IDS } from './messages.js';

/**
 * What to say for a message, given what the conversation remembers: plain TypeScript, no Bot
 * Framework. The dialog in `dialogs/` runs it and the glue in `src/bot/` renders its messages for
 * the channel, so a move to another bot SDK replaces only those two.
 */

/** What the conversation remembers between turns. */
export interface ConversationMemory {
  /** The entry answered last: for "tell me more", "repeat", feedback and follow-ups in context. */
  lastEntryId?: string;
  /** Messages so far in this conversation (shown in the Emulator trace). */
  turns?: number;
  /** The language chosen for the conversation: told by a message, switched to, or the client's locale. */
  language?: Language;
  /**
   * Teams' own feedback: the ids of the latest answers Teams shows thumbs on, each with its entry,
   * so a reaction to one of them (it names the message, not the entry) is counted for that entry.
   */
  feedbackOn?: Array<[activityId: string, entryId: string]>;
  /**
   * The question the bot just could not answer, redacted, waiting for the user's yes to send it to
   * ICORN's editors: kept here only, and forgotten at the next message whatever it is.
   */
  pendingQuestion?: PendingQuestion;
  /** The user said yes to sending a question in this conversation: the questions behind its picks are kept too. */
  sendsQuestions?: boolean;
}

/** A question waiting for the user's yes: what its `question` record will hold. */
export interface PendingQuestion {
  query: string;
  reason: QuestionReason;
  language?: Language;
  candidates: Array<{ id: string; confidence: number }>;
}

/** The value of the button that sends the question to ICORN's editors. */
export const SEND_QUESTION = { consent: 'sendQuestion' } as const;

/** What a feedback button carries: the entry it is about, and the verdict (read back by `buttonValueOf`). */
export interface FeedbackValue {
  feedback: 'helpful' | 'notHelpful';
  entryId: string;
}

/** A button: `text` is what it sends as if typed; `feedback`, when set, is sent as its value. */
export interface Button {
  title: string;
  text: string;
  feedback?: FeedbackValue;
  /** The id of an entry whose English original the button shows (sent as the value `{original}`). */
  original?: string;
  /** The "send this question to ICORN's editors" button (sent as the value `SEND_QUESTION`). */
  consent?: true;
}

/** One message to send: Markdown text and its buttons. */
export interface Say {
  text: string;
  buttons: Button[];
}

/** A "Did you mean" waiting for the next message: the options offered, and the question, redacted. */
export interface Offer {
  options: Array<{ id: string; confidence: number }>;
  query: string;
  /** The language the options are in (absent: English). */
  language?: Language;
}

/** What happened in a turn, for the Emulator trace and the logs: never the user's text. */
export interface TurnOutcome {
  kind: FaqReply['kind'] | 'choice' | 'noneOfThese' | 'feedback' | 'language' | 'consent' | 'privacy';
  entryId?: string;
  reply?: FaqReply;
}

/**
 * A record the feedback log should keep of a turn (the bot decides whether it keeps anything): a
 * count without text, or a question the user agreed to send.
 */
export type FeedbackNote = Omit<FeedbackRecord, 'day' | 'knowledgeVersion'>;

/** The plan of one turn. */
export interface TurnPlan {
  say: Say[];
  outcome: TurnOutcome;
  /** The entry answered now (set), forgotten (null), or unchanged (absent). */
  lastEntryId?: string | null;
  /** A "Did you mean" to wait on: the next message is read as a pick first. */
  offer?: Offer;
  /** The conversation's language from now on (absent: unchanged). */
  language?: Language;
  notes?: FeedbackNote[];
  /** A question to wait on for the user's yes until the next message (any pending one is forgotten regardless). */
  pendingQuestion?: PendingQuestion;
  /** The user's yes holds for the rest of the conversation (true), or no longer (false); absent: unchanged. */
  sendsQuestions?: boolean;
}

/** The conversation over an engine. */
export interface Conversation {
  /**
   * Plans the reply to a message (its text, the value a button sent with it, and the client's
   * locale, such as "es-ES").
   */
  respond(text: string, value: unknown, memory: ConversationMemory, locale?: string): TurnPlan;
  /** Plans the reply to a message sent while a "Did you mean" waits; undefined when it is not a pick. */
  pick(text: string, offer: Offer, memory?: ConversationMemory): TurnPlan | undefined;
  /** The welcome of a new conversation. */
  welcome(): Say;
}

/** The bot's words in the form the conversation uses them (templates as functions). */
export type Words = Omit<typeof messages, 'more' | 'notStated' | 'privacy' | 'smallTalk' | 'languagesSpoken'> & {
  more(title: string): string;
  notStated(missing: string): string;
  privacy(days: string): string;
  smallTalk: Record<keyof typeof messages.smallTalk, string>;
  /** The label of the button that shows the English original of an unreviewed translation. */
  englishOriginal?: string;
};

/**
 * "The bot answers in ...", in the languages the knowledge is translated into (English is
 * `messages.languagesSpoken`).
 */
const LANGUAGES_SPOKEN: Partial<Record<UiLanguage, (names: string) => string>> = {
  es: (names) => `Respondo a preguntas sobre ICORN en ${names}. Escriba en uno de ellos, o escriba su nombre para cambiar.`,
  fr: (names) => `Je réponds aux questions sur ICORN en ${names}. Écrivez dans l'une de ces langues, ou tapez son nom pour en changer.`,
  ar: (names) => `أجيب عن الأسئلة حول ICORN بهذه اللغات: ${names}. اكتب بإحداها، أو اكتب اسمها للتبديل إليها.`,
  fa: (names) => `به پرسش‌ها دربارهٔ ICORN به این زبان‌ها پاسخ می‌دهم: ${names}. به یکی از آن‌ها بنویسید، یا نامش را بنویسید تا زبان عوض شود.`,
};

/**
 * The languages the bot answers in (English, and each one the knowledge is translated into), in
 * the language asked in ("Persian (فارسی)": its name there, then its own), each a button with its
 * own name, which switches to it.
 */
function languagesSpoken(english: FaqEngine, asked: UiLanguage = 'en'): Say {
  const say = asked === 'en' ? messages.languagesSpoken : LANGUAGES_SPOKEN[asked] ?? messages.languagesSpoken;
  const inAsked = say === messages.languagesSpoken ? 'en' : asked;
  const displayNames = new Intl.DisplayNames([inAsked], { type: 'language' });
  const languages = ['en', ...(english.knowledge.translations ?? []).map((t) => t.language)].filter(isUiLanguage);
  const named = languages.map((language) => {
    const own = localeWords(language).nativeName;
    const there = displayNames.of(language) ?? own;
    return there.toLowerCase() === own.toLowerCase() ? own : `${there} (${own})`;
  });
  const listed = new Intl.ListFormat([inAsked], { type: 'conjunction' }).format(named);
  const buttons = languages.filter((language) => language !== inAsked).map((language) => localeWords(language).nativeName).map((name) => ({ title: name, text: name }));
  return { text: say(listed), buttons };
}

/** What answers in one language: its engine, its words, and the entries ICORN has not reviewed there. */
interface Speaker {
  respond(text: string, value: ButtonValue | undefined, memory: ConversationMemory): TurnPlan;
  pick(text: string, offer: Offer, memory: ConversationMemory): TurnPlan | undefined;
  topics(): Button[];
}

function speaker(
  engine: FaqEngine,
  words: Words,
  unreviewed: (id: string) => boolean,
  english: FaqEngine,
  keepsQuestions: boolean,
  localSmallTalk: (text: string) => string | undefined = () => undefined,
  language: UiLanguage = 'en',
): Speaker {
  const messages = words;
  const entryButtons = (entries: Entry[]): Button[] => entries.map((e) => ({ title: e.title, text: e.question }));
  const topics = (): Button[] => entryButtons(TOPIC_ENTRY_IDS.map((id) => engine.entry(id)).filter((e): e is Entry => e !== undefined));
  // A translation without the contact entry gives the English contact lines.
  const contacts = (): string => contactLines(engine.entry('contact') ? engine : english);

  function answer(entry: Entry, kind: TurnOutcome['kind'] = 'answer', reply?: FaqReply): TurnPlan {
    // A translation ICORN has not reviewed yet offers the English original beside it.
    const original: Button[] = unreviewed(entry.id) && messages.englishOriginal ? [{ title: messages.englishOriginal, text: messages.englishOriginal, original: entry.id }] : [];
    return {
      say: [{ text: entry.answer, buttons: [...entryButtons(engine.followUps(entry)), ...original, ...feedbackButtons(entry, messages)] }],
      outcome: { kind, entryId: entry.id, ...(reply ? { reply } : {}) },
      lastEntryId: entry.id,
    };
  }

  /** The offer to send a question to ICORN's editors, when the bot keeps questions and there is one. */
  const offersToSend = (query: string) => keepsQuestions && query.trim().length > 0;
  const sendButton = (query: string): Button[] => (offersToSend(query) ? [{ title: messages.sendQuestion, text: messages.sendQuestion, consent: true }] : []);
  /** The text of a reply that offers to send the question, with the sentence that says what sending does. */
  const withOffer = (parts: string[], query: string): string => [...parts, ...(offersToSend(query) ? [messages.sendQuestionOffer] : [])].join('\n\n');

  /** A question the bot could not answer: counted, and kept only after the user's yes. */
  function unanswered(reason: QuestionReason, query: string, candidates: PendingQuestion['candidates']): Pick<TurnPlan, 'pendingQuestion'> {
    return offersToSend(query) ? { pendingQuestion: { query: redact(query), reason, candidates } } : {};
  }

  function fallback(afterNone: boolean, query: string, missing?: string): Say {
    // A topic the page never speaks of is named: "The page I answer from does not say anything about family members."
    const opening = missing ? firstSentence(messages.notStated(missing)) : afterNone ? messages.fallbackAfterNone : messages.fallback;
    const text = withOffer([opening, messages.fallbackContactsHeading, contacts()], query);
    return { text, buttons: [...topics(), ...sendButton(query)] };
  }

  function smallTalk(intent: string, memory: ConversationMemory, reply: FaqReply): TurnPlan {
    const outcome: TurnOutcome = { kind: 'smallTalk', reply };
    const last = memory.lastEntryId ? engine.entry(memory.lastEntryId) : undefined;
    switch (intent) {
      case 'help':
        return { say: [{ text: messages.help, buttons: topics() }], outcome };
      case 'cancel':
        return { say: [{ text: messages.startOver, buttons: topics() }], outcome, lastEntryId: null, sendsQuestions: false };
      case 'more': {
        if (!last) return { say: [{ text: messages.help, buttons: topics() }], outcome };
        const next = engine.followUps(last);
        if (next.length === 0) return { say: [{ text: messages.nothingMore, buttons: topics() }], outcome };
        return { say: [{ text: `${messages.more(last.title)}\n\n${next.map((e) => `- ${e.question}`).join('\n')}`, buttons: entryButtons(next) }], outcome };
      }
      case 'repeat':
        return last ? { ...answer(last), outcome } : { say: [{ text: messages.nothingToRepeat, buttons: [] }], outcome };
      case 'languages':
        return { say: [languagesSpoken(english, language)], outcome };
      default: {
        const text = messages.smallTalk[intent as keyof typeof messages.smallTalk] ?? messages.smallTalk.acknowledge;
        return { say: [{ text, buttons: [] }], outcome };
      }
    }
  }

  function respond(text: string, value: ButtonValue | undefined, memory: ConversationMemory): TurnPlan {
    const original = value?.kind === 'original' ? english.entry(value.entryId) : undefined;
    if (original) return { say: [{ text: original.answer, buttons: [] }], outcome: { kind: 'answer', entryId: original.id } };
    const verdict = feedbackOf(text, value, memory.lastEntryId, messages);
    // The engine's small talk is English; another language's comes from its own words.
    const local = verdict ? undefined : localSmallTalk(text);
    if (local) return smallTalk(local, memory, { kind: 'smallTalk', intent: local as SmallTalkIntent });
    if (verdict) {
      const reply = verdict.feedback === 'helpful' ? messages.feedbackThanks : `${messages.feedbackSorry}\n\n${contacts()}`;
      return { say: [{ text: reply, buttons: [] }], outcome: { kind: 'feedback', entryId: verdict.entryId }, notes: [{ kind: verdict.feedback, entryId: verdict.entryId }] };
    }
    const reply = engine.ask(text, memory.lastEntryId ? { lastEntryId: memory.lastEntryId } : {});
    switch (reply.kind) {
      case 'empty':
        return { say: [{ text: messages.emptyMessage, buttons: [] }], outcome: { kind: 'empty', reply } };
      case 'smallTalk':
        return smallTalk(reply.intent, memory, reply);
      case 'answer': {
        const plan = answer(reply.candidate.entry, 'answer', reply);
        // Someone in danger who asked something else too: what matters to them first, then that answer.
        return reply.atRisk ? { ...plan, say: [{ text: reply.atRisk.answer, buttons: [] }, ...plan.say] } : plan;
      }
      case 'didYouMean': {
        const options = reply.candidates.map((c) => c.entry);
        const lines = options.map((e, i) => `${i + 1}. ${e.question}`).join('\n');
        return {
          say: [{ text: `${messages.didYouMean}\n\n${lines}`, buttons: [...entryButtons(options), { title: messages.noneOfThese, text: messages.noneOfThese }] }],
          outcome: { kind: 'didYouMean', reply },
          offer: { options: reply.candidates.map((c) => ({ id: c.entry.id, confidence: c.confidence })), query: redact(text) },
        };
      }
      case 'fallback':
        return {
          say: [fallback(false, text, reply.lacking?.missing)],
          outcome: { kind: 'fallback', reply },
          notes: [{ kind: 'fallback' }],
          ...unanswered('fallback', text, nearest(reply.match.candidates)),
        };
      case 'notStated': {
        // What the page does not say, the closest fact it does, then the contacts; an unanswered
        // question for the editors' review, like a fallback.
        const closest = reply.candidate.entry;
        // Each contact once: the at-risk answer, the closest fact for someone in danger, already gives the email and the phone.
        const untold = contacts().split('\n').filter((line) => !closest.answer.includes(line)).join('\n');
        const say = withOffer([messages.notStated(reply.missing), closest.answer, ...(untold ? [messages.fallbackContactsHeading, untold] : [])], text);
        return {
          say: [{ text: say, buttons: [...entryButtons(engine.followUps(closest)), ...sendButton(text)] }],
          outcome: { kind: 'notStated', entryId: closest.id, reply },
          lastEntryId: closest.id,
          notes: [{ kind: 'fallback' }],
          ...unanswered('fallback', text, nearest(reply.match.candidates)),
        };
      }
    }
  }

  function pickOf(text: string, offer: Offer, memory: ConversationMemory): TurnPlan | undefined {
    const options = offer.options.map((o) => engine.entry(o.id)).filter((e): e is Entry => e !== undefined);
    const picked = pick(text, options);
    if (picked === undefined) return undefined;
    const offered = offer.options.map((o) => o.id);
    if (picked === 'none') {
      return {
        say: [fallback(true, offer.query)],
        outcome: { kind: 'noneOfThese' },
        notes: [{ kind: 'noneOfThese', offered }],
        ...unanswered('noneOfThese', offer.query, offer.options.slice(0, 3)),
      };
    }
    // A pick is counted; its question is kept only when the user said yes earlier in this conversation.
    const question: FeedbackNote[] =
      memory.sendsQuestions && offersToSend(offer.query)
        ? [{ kind: 'question', reason: 'pick', query: offer.query, entryId: picked.id, candidates: offer.options }]
        : [];
    return { ...answer(picked, 'choice'), notes: [{ kind: 'pick', entryId: picked.id, offered }, ...question] };
  }

  return { respond, pick: pickOf, topics };
}

/** What the conversation tells users about what is kept. */
export interface ConversationOptions {
  /**
   * A feedback log keeps what users agree to: the bot offers to send an unanswered question to
   * ICORN's editors. Without one (FEEDBACK_DIR=off) it offers nothing.
   */
  keepsQuestions?: boolean;
  /** Days the feedback log keeps a record, as the privacy notice says. */
  retentionDays?: number;
}

/** Creates the conversation policy over an engine (and the engines of its translations). */
export function createConversation(engine: FaqEngine, options: ConversationOptions = {}): Conversation {
  const keepsQuestions = options.keepsQuestions ?? false;
  const retentionDays = String(options.retentionDays ?? DEFAULTS.feedbackRetentionDays);
  const englishSpeaker = speaker(engine, messages, () => false, engine, keepsQuestions);
  const topics = () => englishSpeaker.topics();
  const contacts = (): string => contactLines(engine);
  /** The speaker of a language the knowledge is translated into (built again after a reload). */
  let speakers: { version: string; byLanguage: Map<string, Speaker> } | undefined;
  function speakerOf(language: UiLanguage): Speaker | undefined {
    if (language === 'en') return englishSpeaker;
    const version = engine.knowledge.version;
    if (speakers?.version !== version) speakers = { version, byLanguage: new Map() };
    let found = speakers.byLanguage.get(language);
    if (!found) {
      const translated = engine.inLanguage(language);
      if (!translated) return undefined;
      const reviewed = engine.knowledge.translations?.find((t) => t.language === language)?.reviewed ?? new Set<string>();
      const commands = localeWords(language).commands;
      found = speaker(translated, wordsOf(language), (id) => !reviewed.has(id), engine, keepsQuestions, (text) => smallTalkIn(language, text, commands), language);
      speakers.byLanguage.set(language, found);
    }
    return found;
  }

  /**
   * Words of the English knowledge, which count as English when the language is told, and of the
   * translated knowledge, which tell a short message's language.
   */
  let knownWords: { version: string; words: Set<string>; translated: Map<string, Language[]> } | undefined;
  const wordsNow = () => {
    const knowledge = engine.knowledge;
    if (knownWords?.version !== knowledge.version) knownWords = { version: knowledge.version, words: wordsOfKnowledge(knowledge), translated: wordsOfTranslations(knowledge) };
    return knownWords;
  };
  const known = (word: string): boolean => wordsNow().words.has(word);
  const knownIn = (word: string): readonly Language[] => wordsNow().translated.get(word) ?? [];

  /**
   * The reply to a message in a language the knowledge is not written in: in that language, which
   * languages the bot answers in and ICORN's contacts, and a button to go on in English. A language
   * the bot has no words in gets that in English. Never an answer from the English knowledge.
   */
  function languagesOffered(language: Language): TurnPlan {
    const words = isUiLanguage(language) ? localeWords(language) : undefined;
    const intro = words ? words.languagesOffered.replace('{language}', words.nativeName) : messages.otherLanguage;
    const text = `${intro}\n\n${contacts()}`;
    const english = localeWords('en').nativeName;
    return { say: [{ text, buttons: [{ title: english, text: english }] }], outcome: { kind: 'language' }, language };
  }

  /**
   * The user's yes to sending the question the bot could not answer: the question is kept (its
   * `question` record) and the yes holds for the picks of the rest of the conversation. A yes with
   * no question waiting (an old button) keeps nothing and says so.
   */
  function consent(memory: ConversationMemory): TurnPlan {
    const pending = memory.pendingQuestion;
    const language = pending?.language ?? memory.language ?? 'en';
    const words = wordsOf(isUiLanguage(language) ? language : 'en');
    if (!pending || !keepsQuestions) return inDirection(language, { say: [{ text: words.questionNotKept, buttons: [] }], outcome: { kind: 'consent' } });
    const { query, reason, candidates } = pending;
    return inDirection(language, {
      say: [{ text: words.questionSent, buttons: [] }],
      outcome: { kind: 'consent' },
      notes: [{ kind: 'question', query, reason, ...(pending.language ? { language: pending.language } : {}), candidates }],
      sendsQuestions: true,
    });
  }

  /** The privacy notice, in the language of the command that asked for it. */
  function privacy(language: UiLanguage): TurnPlan {
    return inDirection(language, { say: [{ text: wordsOf(language).privacy(retentionDays), buttons: [] }], outcome: { kind: 'privacy' } });
  }

  function respond(text: string, value: unknown, memory: ConversationMemory, locale?: string): TurnPlan {
    if (isConsent(text, value)) return consent(memory);
    const privacyIn = privacyCommand(text);
    if (privacyIn) return privacy(privacyIn);
    // The language: switched to by name or command, else told by the message, else kept, else the
    // client's locale, else English.
    const switchedTo = languageNamed(text);
    // After an answer ("and in Spanish?"), the switch gives that answer again in the new language.
    const lastIn = (language: UiLanguage) => (memory.lastEntryId ? (language === 'en' ? engine : engine.inLanguage(language))?.entry(memory.lastEntryId) : undefined);
    if (switchedTo) {
      const switched = speakerOf(switchedTo);
      if (!switched) return inDirection(switchedTo, languagesOffered(switchedTo));
      const again = lastIn(switchedTo);
      return inDirection(switchedTo, {
        say: [{ text: `${localeWords(switchedTo).switchedLanguage}\n\n${again ? again.answer : wordsOf(switchedTo).help}`, buttons: switched.topics() }],
        outcome: { kind: 'language' },
        language: switchedTo,
      });
    }
    const told = detectLanguage(text, known, memory.language, knownIn);
    const language = told ?? memory.language ?? languageOfLocale(locale) ?? 'en';
    const chosen = isUiLanguage(language) ? speakerOf(language) : undefined;
    if (!chosen) return inDirection(language, languagesOffered(language));
    // A value the bot's own buttons never send is no value: it is not answered nor logged.
    const button = buttonValueOf(value, { isEntry: (id) => engine.entry(id) !== undefined });
    const plan = chosen.respond(text, button, memory);
    const offer = plan.offer ? { ...plan.offer, language } : undefined;
    return inDirection(language, { ...inLanguage(language, plan), ...(offer ? { offer } : {}), ...(told && memory.language !== told ? { language: told } : {}) });
  }

  return {
    respond,
    pick: (text, offer, memory = {}) => {
      const language = offer.language && isUiLanguage(offer.language) ? offer.language : 'en';
      const plan = (speakerOf(language) ?? englishSpeaker).pick(text, offer, memory);
      return plan && inDirection(language, inLanguage(language, plan));
    },
    welcome: () => ({ text: messages.welcome, buttons: topics() }),
  };
}

/** The first sentence of a message ("The page ... does not say X." of "... Here is what it does say:"). */
function firstSentence(text: string): string {
  const end = text.search(/[.!?。]\s/u);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** A plan whose records and waiting question carry the language they were made in. */
function inLanguage(language: Language, plan: TurnPlan): TurnPlan {
  return {
    ...plan,
    ...(plan.notes ? { notes: plan.notes.map((note) => ({ ...note, language })) } : {}),
    ...(plan.pendingQuestion ? { pendingQuestion: { ...plan.pendingQuestion, language } } : {}),
  };
}

/** True when a message is the yes to sending a question: the button's value, or its title typed in any language. */
export function isConsent(text: string, value: unknown): boolean {
  if (buttonValueOf(value, { isEntry: () => false })?.kind === 'consent') return true;
  const said = text.trim().toLowerCase();
  return said.length > 0 && UI_LANGUAGES.some((language) => wordsOf(language).sendQuestion.toLowerCase() === said);
}

/**
 * A message as a typed command or language name is compared: lower case, single spaces, without
 * trailing marks (`?`, `؟`...); undefined when empty or longer than any command (40 characters).
 */
function typedCommand(text: string): string | undefined {
  const said = text.trim().toLowerCase().replace(/(?<![.!?؟])[.!?؟]+$/u, '').replace(/\s+/g, ' ');
  return said && said.length <= 40 ? said : undefined;
}

/** The language whose privacy command a message is ("privacy", "privacidad", "datenschutz"). */
export function privacyCommand(text: string): UiLanguage | undefined {
  const said = typedCommand(text);
  if (said) {
    const language = UI_LANGUAGES.find((l) => localeWords(l).commands.privacy.some((command) => command.toLowerCase() === said));
    if (language) return language;
  }
  // Someone in danger who also asks it gets the at-risk answer first: who, contacts, relocation.
  const lower = text.toLowerCase();
  const asked = (Object.keys(PRIVACY_QUESTIONS) as UiLanguage[]).find((language) => PRIVACY_QUESTIONS[language]!.every((pattern) => pattern.test(lower)));
  return asked && !readsAtRisk(text, asked) ? asked : undefined;
}

/**
 * A question in English about what the bot keeps or who can read the chat ("do you keep my
 * messages?", "is this chat safe?"): people at risk ask it before they say more, and the privacy
 * notice is its answer.
 */
const PRIVACY_QUESTION_EN =
  /\b(?:do|will|does) (?:you|this (?:bot|chat)|icorn) (?:keep|store|save|record|log|share|read|sell)\b[^.?!]{0,30}\b(?:messages?|chats?|conversations?|data|questions?|what i (?:write|say|type)|my (?:name|details|information|info))|\b(?:is|are) (?:this|the|our|my) (?:chat|conversation|bot|messages?|data)(?: with (?:you|the bot|icorn))?(?: here)? (?:safe|secure|private|confidential|encrypted|monitored|recorded)\b|\b(?:who|can (?:they|anyone|someone|the government|the police)) (?:can )?(?:see|read|access) (?:what i (?:write|say|type)|my messages|this (?:chat|conversation))\b|\bis (?:it|this) (?:safe|secure) to (?:write|talk|chat|tell)\b/;

/**
 * The same question in the languages the knowledge is translated into ("¿guardan mis mensajes?",
 * "آیا پیام‌هایم ذخیره می‌شود؟"): every pattern of the language must match.
 */
const PRIVACY_QUESTIONS: Partial<Record<UiLanguage, RegExp[]>> = {
  en: [PRIVACY_QUESTION_EN],
  es: [latin(/\b(?:guard\w*|almacen\w*|registr\w*|le[eé]n?|leer|ven|ver|compart\w*)\b[^.?!]{0,25}\b(?:mis mensajes|mis datos|mis preguntas|los mensajes|esta conversaci[oó]n|este chat|lo que escribo)\b|\b(?:este chat|esta conversaci[oó]n|el chat) (?:es|est[aá]) (?:seguro|segura|privado|privada|confidencial)\b|\bes (?:seguro|privado) (?:este chat|escribir aqu[ií]|hablar aqu[ií])\b/u)],
  fr: [latin(/\b(?:gard\w*|conserv\w*|enregistr\w*|stock\w*|lis\w*|lire|voi[rt]|partag\w*)\b[^.?!]{0,25}\b(?:mes messages|mes donn[ée]es|mes questions|les messages|cette conversation|ce que j['’][ée]cris)\b|\b(?:ce chat|cette conversation|cette discussion) est(?:-il|-elle)? (?:s[ûu]re?|priv[ée]e?|confidentiel(?:le)?|s[ée]curis[ée]e?)\b|\best-ce (?:s[ûu]r|s[ée]curis[ée]) d['’][ée]crire ici\b/u)],
  ar: [/(?:تحفظ|تحتفظ|تخزن|تسجل|يقرأ|تقرأ|يرى|يشاهد|يطلع|آمنة|امنة|سرية)/u, /(?:رسائلي|بياناتي|محادثتي|ما أكتب|ما اكتب|كلامي|هذه المحادثة|هذه الدردشة)/u],
  fa: [/(?:ذخیره|نگه(?:\s|\u200c)?می|نگه(?:\s|\u200c)?دار|ثبت|بخون|بخوان|ببین|می‌خوانند|میخونن|می‌بینند|میبینن|امنه|امن است|محرمانه)/u, /(?:پیام‌هام|پیام‌هایم|پیامهام|پیامهایم|حرف‌هام|حرفهام|نوشته‌هام|این چت|این گفتگو|این گفت‌وگو)/u],
};

/** The nearest entries of a match, for the feedback log. */
function nearest(candidates: Candidate[]): Array<{ id: string; confidence: number }> {
  return candidates.slice(0, 3).map((c) => ({ id: c.entry.id, confidence: c.confidence }));
}

/** "Helpful" / "Not helpful" buttons for an answer: the value says which entry. */
export function feedbackButtons(entry: Entry, words: Pick<Words, 'helpful' | 'notHelpful'> = messages): Button[] {
  return (['helpful', 'notHelpful'] as const).map((feedback) => {
    const title = feedback === 'helpful' ? words.helpful : words.notHelpful;
    return { title, text: title, feedback: { feedback, entryId: entry.id } };
  });
}

/** The feedback a message carries: from a feedback button's value, or typed as its title after an answer. */
export function feedbackOf(
  text: string,
  value: ButtonValue | undefined,
  lastEntryId: string | undefined,
  words: Pick<Words, 'helpful' | 'notHelpful'> = messages,
): FeedbackValue | undefined {
  if (value?.kind === 'feedback') return { feedback: value.feedback, entryId: value.entryId };
  const said = text.trim().toLowerCase();
  if (!lastEntryId) return undefined;
  if (said === words.helpful.toLowerCase()) return { feedback: 'helpful', entryId: lastEntryId };
  if (said === words.notHelpful.toLowerCase()) return { feedback: 'notHelpful', entryId: lastEntryId };
  return undefined;
}

/** ICORN's contact lines from the knowledge (its `contact` entry), for the fallback and apologies. */
export function contactLines(engine: FaqEngine): string {
  const lines = engine.entry('contact')?.answer.split('\n').filter((line) => line.startsWith('- ')).join('\n');
  return lines || messages.fallbackDefaultContacts;
}

/** Which did-you-mean option a message picks: by its question, its title, or its number. */
export function pick(text: string, options: Entry[]): Entry | 'none' | undefined {
  // Trailing marks are matched from the start of their run only (the look-behind): `[.!?]+$` alone
  // would rescan a long run of marks from each of them, in time quadratic in its length.
  const said = text.trim().toLowerCase().replace(/(?<![.!?])[.!?]+$/, '');
  if (said === messages.noneOfThese.toLowerCase() || /^(none|neither|no|nope|none of (?:these|them|those))$/.test(said)) return 'none';
  const byNumber = /^#?(\d)$/.exec(said);
  if (byNumber) return options[Number(byNumber[1]) - 1];
  return options.find((e) => [e.question, e.title].some((t) => t.toLowerCase().replace(/(?<![.!?])[.!?]+$/, '') === said));
}

/**
 * The language a message switches to: a language's own or English name typed alone ("español",
 * "فارسی", "Spanish"), or, for English, any language's "answer in English" command ("inglés").
 */
export function languageNamed(text: string): UiLanguage | undefined {
  const typed = typedCommand(text);
  if (!typed) return undefined;
  // "and in Spanish?", "en español por favor", "switch to Persian": the name with the words around it.
  const said = typed.replace(ASKING_FOR_A_LANGUAGE, '').replace(PLEASE, '');
  for (const language of UI_LANGUAGES) {
    const words = localeWords(language);
    if (words.commands.english.some((command) => command.toLowerCase() === typed)) return 'en';
    if ([words.nativeName, words.englishName].some((name) => name.toLowerCase() === typed || name.toLowerCase() === said)) return language;
  }
  return undefined;
}

/** Words in front of a language's name that ask for it: "and in", "answer in", "en", "switch to". */
const ASKING_FOR_A_LANGUAGE = /^(?:(?:and|y|et) )?(?:(?:answer|reply|respond|write|speak|talk|continue) (?:in )?|(?:switch|change) to |in |en |cambiar a |passer en |r[ée]pondre en |responde en )/u;

/** A "please" after it. */
const PLEASE = / (?:please|pls|por favor|s'il vous pla[iî]t|svp|lotfan|لطفا|لطفاً|من فضلك)$/u;

/**
 * A plan in a right-to-left language: every paragraph, list item and quote starts with a
 * right-to-left mark, so that a client that sets each paragraph's direction from its first strong
 * letter (Web Chat's page, Teams) writes it right to left even when it starts with "ICORN" or a
 * number. Markdown markers stay first, so lists and quotes still render as such.
 */
export function inDirection(language: Language, plan: TurnPlan): TurnPlan {
  if (!RTL_LANGUAGES.has(language)) return plan;
  return { ...plan, say: plan.say.map((say) => ({ ...say, text: rightToLeft(say.text) })) };
}

export function rightToLeft(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const [, marker = '', rest = ''] = /^(\s*(?:[-*+]\s+|\d+\.\s+|>\s*)?)(.*)$/.exec(line) ?? [];
      return rest && !rest.startsWith('\u200f') ? `${marker}\u200f${rest}` : line;
    })
    .join('\n');
}
