import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import type { Vocabulary } from './types.js';

/**
 * Text normalisation shared by the knowledge index and the queries, so both sides are compared in
 * the same vocabulary: case, accents, punctuation, contractions, stop words and a light stemmer
 * (generic English, here), and the domain's phrases and synonyms (the knowledge's own
 * `vocabulary.yaml`, which editors keep).
 */

/** Contractions, with and without the apostrophe people often leave out. */
/** ICORN's full name in Spanish, French, Arabic and Persian, as `foldOther` has folded it (accents off, ی, ک, ه, no ZWNJ). */
const FULL_NAMES = new RegExp(
  [
    '\\bred internacional de ciudades (?:de )?refugio\\b',
    '\\breseau international des villes[- ]refuges?\\b',
    // With the attached "and", "by", "for" in front: "للشبكة", "والشبكة", "بالشبكة".
    '(?<![\\p{L}])[وبف]?(?:ال|لل)شبکه الدولیه لمدن (?:ال)?لجوء(?![\\p{L}])',
    '(?<![\\p{L}])شبکه (?:ی )?بین ?المللی شهر(?:ها|های) (?:پناه|پناهگاه)(?![\\p{L}])',
  ].join('|'),
  'gu',
);

const CONTRACTIONS: Record<string, string> = {
  "what's": 'what is', whats: 'what is', "who's": 'who is', whos: 'who is', "where's": 'where is',
  wheres: 'where is', "how's": 'how is', "it's": 'it is', "that's": 'that is', thats: 'that is',
  "there's": 'there is', "i'm": 'i am', im: 'i am', "i've": 'i have', ive: 'i have', "i'd": 'i would',
  "i'll": 'i will', "you're": 'you are', youre: 'you are', "we're": 'we are', "they're": 'they are',
  "can't": 'can not', cant: 'can not', cannot: 'can not', "won't": 'will not', wont: 'will not',
  "don't": 'do not', dont: 'do not', "doesn't": 'does not', doesnt: 'does not', "didn't": 'did not',
  didnt: 'did not', "isn't": 'is not', isnt: 'is not', "aren't": 'are not', arent: 'are not',
  "wasn't": 'was not', "couldn't": 'could not', "shouldn't": 'should not', "wouldn't": 'would not',
  "we'd": 'we would', "we've": 'we have', "we'll": 'we will', "you'd": 'you would', "you've": 'you have',
  "you'll": 'you will', "they'd": 'they would', "they've": 'they have', "they'll": 'they will',
  "he'd": 'he would', "he'll": 'he will', "she'd": 'she would', "she'll": 'she will', "it'd": 'it would',
  "it'll": 'it will', "that'd": 'that would', "that'll": 'that will', "there'd": 'there would',
  "there'll": 'there will', "who'd": 'who would', "who'll": 'who will', "what'd": 'what did',
  "what'll": 'what will', "how'd": 'how did', "where'd": 'where did', "hasn't": 'has not',
  "haven't": 'have not', "hadn't": 'had not', "weren't": 'were not', "mustn't": 'must not',
  "needn't": 'need not', "ain't": 'is not', "y'all": 'you all',
  "let's": 'let us', wanna: 'want to', gonna: 'going to', pls: 'please', plz: 'please', u: 'you',
  ur: 'your', r: 'are', thx: 'thanks', ty: 'thanks',
  // Chat spellings of question words: read as the word, so that they stay stop words and do not
  // become rare words of their own when an alternate is written with them.
  wat: 'what', wht: 'what', wath: 'what', wich: 'which', whcih: 'which', wher: 'where', wen: 'when', hw: 'how', hou: 'how',
  // And of other short words typed on a phone ("how mny citys in icorn now"): an unknown word counts
  // against a match, where the word it stands for is known.
  mny: 'many', mnay: 'many', meny: 'many', abt: 'about', frm: 'from', hv: 'have', shud: 'should', cud: 'could', wud: 'would',
  bcoz: 'because', becoz: 'because', bcz: 'because', coz: 'because', cuz: 'because',
};

/**
 * Chat spellings in French and Spanish, as people type on a phone ("c koi le site d icorn", "q es
 * icorn", "xq"), the filler of a French or Spanish question ("ça veut dire quoi", "cuéntame"), and
 * spoken Arabic and Persian ("شو", "وين", "چیه", "میخوام بدونم"): read as the words they stand for,
 * which the knowledge and the stop words know, or dropped as filler. "Email" is one word however it
 * is written ("courriel", "correo electrónico", "البريد الإلكتروني", "رایانامه"): the translations
 * say it in one form per question, and "courriel du directeur" found the director's quote, not his
 * address. Written as people type them; folded once, as the text is (accents off, ي as ی, أ as ا),
 * so that they meet the folded words.
 */
const CHAT_WORDS: Record<string, Record<string, string[]>> = foldedChatWords({
  fr: { koi: ['quoi'], kwa: ['quoi'], pk: ['pourquoi'], pq: ['pourquoi'], pkoi: ['pourquoi'], kel: ['quel'], kelle: ['quelle'], kels: ['quels'], ki: ['qui'], ke: ['que'], c: ['c', 'est'], cest: ['c', 'est'], jai: ['j', 'ai'], ds: ['dans'], bcp: ['beaucoup'], tt: ['tout'], jsuis: ['je', 'suis'], chui: ['je', 'suis'], chu: ['je', 'suis'], pis: ['puis'], stp: [], svp: [], plait: [], plaît: [], tel: ['téléphone'], qd: ['quand'], cmt: ['comment'], slt: ['salut'], veut: [], signifie: [], définition: [], voudrais: [], aimerais: [], souhaiterais: [], voudrions: [], aimerions: [], savoir: [], expliquer: [], expliquez: [], faut: [], points: [], lignes: [], courriel: ['mail'], courriels: ['mail'], email: ['mail'], emails: ['mail'], mél: ['mail'], électronique: ['mail'] },
  es: { q: ['que'], k: ['que'], ke: ['que'], xq: ['porque'], pq: ['porque'], xk: ['porque'], tb: ['tambien'], tmb: ['tambien'], cuéntame: [], cuéntanos: [], dime: [], dinos: [], explícame: [], explícanos: [], d: ['de'], x: ['por'], xfa: [], porfa: [], porfavor: [], favor: [], plis: [], toy: ['estoy'], pa: ['para'], dnd: ['donde'], cm: ['como'], correo: ['email'], correos: ['email'], mail: ['email'], mails: ['email'], emails: ['email'], electrónico: [], electrónica: [] },
  ar: {
    // "what" in the spoken Arabics (Levantine, Gulf, Maghrebi, Egyptian), read as the standard ماذا
    شو: ['ماذا'], ايش: ['ماذا'], إيش: ['ماذا'], وش: ['ماذا'], واش: ['ماذا'], شنو: ['ماذا'], شنهو: ['ماذا'], ايه: ['ماذا'], إيه: ['ماذا'],
    // "who", "why", "where", "how"
    شكون: ['من'], مين: ['من'], منو: ['من'], ليش: ['لماذا'], ليه: ['لماذا'], علاش: ['لماذا'], وين: ['أين'], فين: ['أين'], منين: ['أين'], كيفاش: ['كيف'], ازاي: ['كيف'], إزاي: ['كيف'],
    // "I / we want", "can", "so that", "this", "which": the filler of a spoken question
    بدي: [], بدنا: [], عايز: [], عايزين: [], حاب: [], حابب: [], ابغى: [], أبغى: [], ابي: [], أبي: [], نبي: [], نبغى: [], أريد: [], اريد: [], نريد: [], نبغي: [],
    تقدر: [], يقدر: [], نقدر: [], اقدر: [], أقدر: [], بقدر: [], بنقدر: [], بيقدر: [], اعرف: [], أعرف: [], نعرف: [], بعرف: [], عشان: [], علشان: [], باش: [], هاد: ['هذا'], هادا: ['هذا'], هادي: ['هذا'], ده: ['هذا'], دي: ['هذا'], اللي: ['الذي'], الي: ['الذي'],
    // "email" as people write it, one word: the standard البريد الإلكتروني, the loanword ايميل, الميل
    البريد: ['ايميل'], بريد: ['ايميل'], بالبريد: ['ايميل'], الإلكتروني: [], الالكتروني: [], إلكتروني: [], الكتروني: [], الايميل: ['ايميل'], بالايميل: ['ايميل'], ميل: ['ايميل'], الميل: ['ايميل'],
    // "please" ("لو سمحت", "من فضلك", "الرجاء"): politeness, no word to match (it met a question of the contacts)
    سمحت: [], سمحتي: [], فضلك: [], فضلكم: [], الرجاء: [], رجاء: [], رجاءً: [],
    // "of" in the spoken Arabics ("الايميل تبع المدير", "ديال"): the possessive, which carries nothing
    تبع: [], تبعت: [], ديال: [], بتاع: [], بتاعة: [], متاع: [],
  },
  fa: {
    // Spoken Persian as people type it: "what is", "how", "I want to know", "can I", "for"
    چیه: ['چه'], چی: ['چه'], چنده: ['چند'], کیا: ['چه', 'کسانی'], کجان: ['کجا'], کجاس: ['کجا'], شهرا: ['شهرها'], شهرای: ['شهرهای'], چیکار: ['چه', 'کار'], چکار: ['چه', 'کار'], چطوری: ['چطور'], چجوری: ['چطور'], واسه: ['برای'], اون: ['آن'], هستش: ['هست'],
    معرفی: [], بگو: [], بگید: [], بگین: [],
    // "email" in formal Persian and as "electronic mail"
    رایانامه: ['ایمیل'], الکترونیکی: ['ایمیل'], الکترونیک: ['ایمیل'],
    // "wants", "does" as spoken ("میخواد ... چیکار کنه"): the standard forms are stop words already
    میخواد: [], میخوان: [], کنه: ['کند'], کنن: ['کنند'],
    میخوام: [], میخواهم: [], میخواستم: [], میخوایم: [], بدونم: [], بدانم: [], بدونیم: [], میشه: [], میتونم: [], میتوانم: [], میتونیم: [], میتوانیم: [],
  },
});

/**
 * Chat words that stand for something else only when not after one of these words: French "tel" is
 * the phone ("tel icorn svp"), but "un tel programme" is "such a programme".
 */
const CHAT_WORDS_UNLESS_AFTER: Record<string, Record<string, ReadonlySet<string>>> = {
  fr: { tel: new Set(['un', 'le', 'de', 'd', 'comme', 'en', 'au', 'est']) },
};

/**
 * Chat words that stand for something else only after one of these words, and are no word to match
 * elsewhere: Persian "الکترونیکی" is the email after "post", "letter" or "address" ("پست الکترونیکی"),
 * and only "electronic" in "تذکره الکترونیکی" (an electronic identity card).
 */
const CHAT_WORDS_ONLY_AFTER: Record<string, Record<string, ReadonlySet<string>>> = {
  fa: Object.fromEntries(['الکترونیکی', 'الکترونیک'].map((word) => [foldOther(word), new Set(['پست', 'نامه', 'نشانی', 'آدرس', 'ادرس'].map(foldOther))])),
};

/** Each language's chat words and what they stand for, folded as `foldOther` folds a message. */
function foldedChatWords(languages: Record<string, Record<string, string[]>>): Record<string, Record<string, string[]>> {
  const fold = (words: Record<string, string[]>) => Object.fromEntries(Object.entries(words).map(([word, means]) => [foldOther(word), means.map(foldOther)]));
  return Object.fromEntries(Object.entries(languages).map(([language, words]) => [language, fold(words)]));
}

/**
 * Words that carry no meaning for matching: function words, the filler of chat questions ("can you
 * tell me", "I would like to know"), of asking for it simply or in sum ("in simple words", "briefly",
 * "in a few words", "sum up", "an overview"; the
 * vocabulary reads "own words" as a quotation first), of how exactly to answer ("explicitly",
 * "precisely", "purely") and of a fact-check ("I was told ...", "is that correct?", "on record").
 * Question words go too: the knowledge's own alternates carry the difference
 * between "who" and "what" where it matters.
 */
const STOP_WORDS = new Set(
  `a about above after again all also am an and any anyone anything are as at be been before being
  both but by can could dear did do does doing done during each either else even ever every for from
  further had has have having he her here hers him his however i if in into is it its itself just
  kindly let like likely me mine most much must my myself need needs no nor not now of off oh ok
  okay on once only or other our ours out over own perhaps please possible quite rather really same
  say shall she should so some someone something still such tell than that the their theirs them then
  there these they thing things this those through to too um uh under until up us very want wanted
  wants was we well were what whatever whether which while whom whose will wish
  with within would yes yet you your yours yourself know knew wondering wonder interested curious
  question questions ask asking id like give show find explain describe let us get got go going
  currently actually exactly kind sort bit way one ones
  correct told record purely explicitly accurately precisely specifically basically officially generally typically essentially simple simply briefly brief words plain nutshell few sum summarise summarize summary overview gist use`.split(/\s+/).filter(Boolean),
);

/** Normalises free text to plain lowercase words: accents off, apostrophes unified, punctuation out. */
export function foldText(text: string): string {
  // Plain ASCII (most text) has no accents to strip and no typographic apostrophes. Tags are taken
  // out as `<...>` with no `<` inside: `<[^>]*>` would rescan the rest of the text from every `<`.
  if (/^[\x20-\x7e\s]*$/.test(text)) {
    const lower = text.toLowerCase();
    const quoted = lower.includes('`') ? lower.replace(/`/g, "'") : lower;
    return quoted.includes('<') ? quoted.replace(/<[^<>]*>/g, ' ') : quoted;
  }
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/<[^<>]*>/g, ' ');
}

const CONTRACTION_WORDS = new Map(Object.entries(CONTRACTIONS).map(([from, to]) => [from, to.split(' ')]));

/** A vocabulary with no words: only the generic English machinery applies. */
export const EMPTY_VOCABULARY: Vocabulary = Object.freeze({ phrases: Object.freeze([]), synonyms: Object.freeze([]), owned: Object.freeze([]), names: Object.freeze([]), domain: Object.freeze([]) });

interface Phrase {
  from: string[];
  to: string[];
}

/**
 * The phrases of a vocabulary by their first word, longest first: a word that starts no phrase
 * costs one lookup. Phrases whose meaning is empty do nothing.
 */
function phrasesByFirstWord(vocabulary: Vocabulary): Map<string, Phrase[]> {
  const list = vocabulary.phrases
    .filter(([, to]) => to.trim() !== '')
    .map(([from, to]) => ({ from: from.split(' '), to: to.split(' ') }))
    .sort((a, b) => b.from.length - a.from.length);
  const byFirstWord = new Map<string, Phrase[]>();
  for (const phrase of list) {
    const first = phrase.from[0] as string;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), phrase]);
  }
  return byFirstWord;
}

/**
 * Replaces phrases in a list of tokens. `wordOf` reads a token's word and `make` builds the token of
 * a phrase's word from the tokens it replaces (so a typo's certainty carries through).
 */
function applyPhrases<T>(byFirstWord: ReadonlyMap<string, Phrase[]>, tokens: T[], wordOf: (token: T) => string, make: (word: string, from: T[]) => T): T[] {
  // Most texts hold no phrase at all: then the tokens are the answer, with nothing copied.
  if (!tokens.some((token) => byFirstWord.has(wordOf(token)))) return tokens;
  const out: T[] = [];
  for (let i = 0; i < tokens.length; ) {
    const candidates = byFirstWord.get(wordOf(tokens[i] as T));
    const phrase = candidates?.find((p) => p.from.every((w, k) => i + k < tokens.length && wordOf(tokens[i + k] as T) === w));
    if (phrase) {
      const from = tokens.slice(i, i + phrase.from.length);
      out.push(...phrase.to.map((word) => make(word, from)));
      i += phrase.from.length;
    } else {
      out.push(tokens[i] as T);
      i += 1;
    }
  }
  return out;
}

/** Stop words long enough to be mistyped ("tlel" for "tell"): a typo of filler is filler. */
export const LONG_STOP_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS].filter((w) => w.length >= 4));

/**
 * Question words stay in the index as light terms: they tell "Who can renew a permit?" from
 * "How do I renew a permit?", which share every content word.
 */
export const QUESTION_WORDS = new Set(['who', 'how', 'where', 'when', 'why']);

/** Which normalisation steps run: all by default; the evaluation switches them off one by one. */
export interface NormalizeOptions {
  /**
   * The language of the text (ISO 639-1, default "en"). English keeps its own contractions, stop
   * words and Porter stemmer; another language gets Unicode words (NFKC; Arabic and Persian letter
   * variants, diacritics and the zero-width non-joiner folded), the stop words of `stopwords-iso`
   * and a Snowball stemmer (`snowball-stemmers`) where one exists for it (not for Persian).
   */
  language: string;
  /** English contractions ("what's") and chat spellings ("wat"; French "koi", Spanish "xq") read as the words they stand for. */
  contractions: boolean;
  phrases: boolean;
  stopWords: boolean;
  stemming: boolean;
  synonyms: boolean;
}

/** The normalisation of one configuration and one vocabulary. */
export interface Normalizer {
  /** The vocabulary it reads the domain's phrases and synonyms from. */
  readonly vocabulary: Vocabulary;
  /** Every word that stands in one of the vocabulary's phrases ("touch" of "get in touch"): typo correction may aim at them. */
  readonly phraseWords: ReadonlySet<string>;
  /** Every word of the vocabulary's synonym groups. */
  readonly synonymWords: ReadonlySet<string>;
  /** Folded words with contractions expanded, before domain phrases: what typo correction works on. */
  rawWords(text: string): string[];
  /** Domain phrases of a list of raw words replaced (when phrases are on). */
  phrases<T>(tokens: T[], wordOf: (token: T) => string, make: (word: string, from: T[]) => T): T[];
  /** True for a word matching ignores. */
  isStopWord(word: string): boolean;
  /** Folded words, contractions and domain phrases expanded. */
  words(text: string): string[];
  /** Words without stop words, before stemming: what typo correction works on. */
  contentWords(text: string): string[];
  /** The index term of a content word: its synonym group's head, else its stem. */
  termOf(word: string): string;
  /** Index terms of a text. */
  terms(text: string): string[];
}

export const DEFAULT_NORMALIZE_OPTIONS: Readonly<NormalizeOptions> = Object.freeze({
  language: 'en',
  contractions: true,
  phrases: true,
  stopWords: true,
  stemming: true,
  synonyms: true,
});

/**
 * Builds a normaliser over a vocabulary (a knowledge base's `vocabulary`); `normalizerFor` gives the
 * same one again for the same vocabulary and options.
 */
export function createNormalizer(options: Partial<NormalizeOptions> = {}, vocabulary: Vocabulary = EMPTY_VOCABULARY): Normalizer {
  const o = { ...DEFAULT_NORMALIZE_OPTIONS, ...options };
  const english = o.language === 'en';
  const stem = !o.stemming ? (word: string) => word : english ? stemmer : stemmerOf(o.language);
  const stopWords = english ? STOP_WORDS : stopWordsOf(o.language);
  const byFirstWord = phrasesByFirstWord(vocabulary);
  const phraseWords: ReadonlySet<string> = new Set([...byFirstWord.values()].flat().flatMap((phrase) => phrase.from));
  const synonymWords: ReadonlySet<string> = new Set(vocabulary.synonyms.flat());
  const canonical = new Map<string, string>();
  if (o.synonyms) {
    for (const group of vocabulary.synonyms) {
      const head = stem(group[0] as string);
      for (const word of group) {
        canonical.set(word, head);
        canonical.set(stem(word), head);
      }
    }
  }
  const termCache = new Map<string, string>();

  const chat = o.contractions ? CHAT_WORDS[o.language] : undefined;
  function rawWords(text: string): string[] {
    if (!english) {
      const words = foldOther(text).match(/[\p{L}\p{N}]+/gu) ?? [];
      if (!chat) return words;
      const unlessAfter = CHAT_WORDS_UNLESS_AFTER[o.language];
      const onlyAfter = CHAT_WORDS_ONLY_AFTER[o.language];
      return words.flatMap((word, i) => {
        if (unlessAfter?.[word]?.has(words[i - 1] ?? '')) return [word];
        if (onlyAfter?.[word] && !onlyAfter[word]!.has(words[i - 1] ?? '')) return [];
        return chat[word] ?? [word];
      });
    }
    const raw = foldText(text).match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
    const expanded: string[] = [];
    for (const word of raw) {
      const full = o.contractions ? CONTRACTION_WORDS.get(word) : undefined;
      if (full) expanded.push(...full);
      else if (!word.includes("'")) expanded.push(word);
      else if (word.endsWith("'s")) expanded.push(word.slice(0, -2));
      else expanded.push(word.replace(/'/g, ''));
    }
    return expanded;
  }
  function phrases<T>(tokens: T[], wordOf: (token: T) => string, make: (word: string, from: T[]) => T): T[] {
    return o.phrases ? applyPhrases(byFirstWord, tokens, wordOf, make) : tokens;
  }
  const isStopWord = (word: string) => o.stopWords && stopWords.has(word);
  function words(text: string): string[] {
    return phrases(rawWords(text), (w) => w, (w) => w);
  }
  function contentWords(text: string): string[] {
    return words(text).filter((w) => !isStopWord(w));
  }
  function termOf(word: string): string {
    let term = termCache.get(word);
    if (term === undefined) {
      term = canonical.get(word) ?? canonical.get(stem(word)) ?? stem(word);
      if (termCache.size < 100_000) termCache.set(word, term);
    }
    return term;
  }
  return {
    vocabulary,
    phraseWords,
    synonymWords,
    rawWords,
    phrases,
    isStopWord,
    words,
    contentWords,
    termOf,
    terms: (text) => contentWords(text).map(termOf),
  };
}

/** Normalisers already built, per vocabulary and options: a matcher built again (live reload, the check) reuses its term cache. */
const normalizers = new WeakMap<Vocabulary, Map<string, Normalizer>>();

/** The normaliser of a vocabulary (a knowledge base's `vocabulary`; none: the empty one) and options, built once. */
export function normalizerFor(vocabulary: Vocabulary = EMPTY_VOCABULARY, options: Partial<NormalizeOptions> = {}): Normalizer {
  const o = { ...DEFAULT_NORMALIZE_OPTIONS, ...options };
  const key = [o.language, ...[o.contractions, o.phrases, o.stopWords, o.stemming, o.synonyms].map(Number)].join('');
  let byOptions = normalizers.get(vocabulary);
  if (!byOptions) normalizers.set(vocabulary, (byOptions = new Map()));
  let normalizer = byOptions.get(key);
  if (!normalizer) byOptions.set(key, (normalizer = createNormalizer(o, vocabulary)));
  return normalizer;
}

const require = createRequire(import.meta.url);

/** Snowball's algorithm names for the languages that have one. */
const SNOWBALL: Record<string, string> = { es: 'spanish', fr: 'french', ar: 'arabic', de: 'german', pt: 'portuguese', ru: 'russian', tr: 'turkish', nb: 'norwegian' };

/** The Snowball stemmer of a language, or none (the word as it is). */
function stemmerOf(language: string): (word: string) => string {
  const algorithm = SNOWBALL[language];
  if (!algorithm) return (word) => word;
  const { newStemmer } = require('snowball-stemmers') as { newStemmer(name: string): { stem(word: string): string } };
  const snowball = newStemmer(algorithm);
  return (word) => snowball.stem(word);
}

/**
 * Greetings in front of a question, which stopwords-iso does not list: "Bonjour, c'est quoi ICORN au
 * juste ?" is the question without them (the English engine reads its greetings as small talk).
 */
const GREETING_WORDS: Record<string, readonly string[]> = {
  es: ['hola', 'buenas', 'saludos'],
  fr: ['bonjour', 'bonsoir', 'salut', 'slt', 'coucou'],
  ar: ['مرحبا', 'اهلا'],
  fa: ['سلام', 'درود'],
};

/** The stop words of a language (stopwords-iso, and its greetings), folded as the text is. */
function stopWordsOf(language: string): ReadonlySet<string> {
  const lists = require('stopwords-iso') as Record<string, string[]>;
  const code = language === 'nb' ? 'no' : language;
  return new Set([...(lists[code] ?? []), ...(GREETING_WORDS[language] ?? [])].flatMap((word) => foldOther(word).match(/[\p{L}\p{N}]+/gu) ?? []));
}

/** Persian written with the Arabic keyboard's letters (ي, ى, ك) in the Persian ones (ی, ک): "كارم" as "کارم". */
export function persianLetters(text: string): string {
  return text.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک');
}

/** Persian and Arabic-Indic digits as ASCII ones: "۸۴" and "٨٤" as "84", which the answers write. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90));
}

/**
 * Text in another language than English, folded for matching: NFKC; lowercase; Latin accents off;
 * Persian and Arabic-Indic digits as ASCII ones;
 * Arabic and Persian written one way (ي/ی, ك/ک, the forms of alef, teh marbuta, diacritics and
 * tatweel off) and the zero-width non-joiner dropped ("می‌توانم" as "میتوانم"); the network's name
 * in those scripts read as "icorn".
 */
export function foldOther(text: string): string {
  return persianLetters(
    asciiDigits(text)
      .normalize('NFKC')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .replace(/[\u064b-\u065f\u0670\u0640]/g, ''),
  )
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/[\u200c\u200d]/g, '')
    // The network's name as people write it in Arabic or Persian script (آیکورن, ايكورن) is ICORN,
    // and so is its full name in the translated languages, as the English vocabulary reads "International
    // Cities of Refuge Network": "ما الهدف الرئيسي للشبكة الدولية لمدن اللجوء؟" asks ICORN's objective.
    .replace(/ایکورن/g, ' icorn ')
    .replace(FULL_NAMES, ' icorn ')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/<[^<>]*>/g, ' ');
}
