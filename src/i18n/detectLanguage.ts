/**
 * The language a message is written in, for a message long enough to tell:
 * 1. its script: Arabic script is Persian or Arabic (by the letters only one of them uses),
 *    Cyrillic is Ukrainian or Russian (by і, ї, є, ґ), another non-Latin script is a language the
 *    bot has no words in;
 * 2. in Latin script, English when the message has an English function word; else the language
 *    whose translated knowledge has more of the message's words that English does not ("correo de
 *    contacto"); else English when most words are English, common ones or the knowledge's own, the
 *    names the translations share ("icorn", "helge") counting for no language (short questions such
 *    as "vision statement?" fool any statistical detector); else the Efficient Language Detector
 *    (npm `eld`, its "extrasmall" n-gram database: about 0.2 s at start), when its guess is
 *    reliable, which also settles a message of half English words, three or more ("Was ist ICORN?").
 * Undefined when the message does not tell (a word or two): the conversation then keeps its
 * language, or takes the client's locale, or English.
 */
import { eld } from 'eld/extrasmall';
import { isCommonEnglishWord } from '../faq/dictionary.js';
import { foldOther } from '../faq/normalize.js';
import type { KnowledgeBase } from '../faq/types.js';
import { isUiLanguage, OTHER_LANGUAGE, type Language } from './languages.js';

/** The words of an English knowledge base (titles, questions, answers), lowercased: `detectLanguage`'s `known`. */
export function wordsOfKnowledge(knowledge: KnowledgeBase): Set<string> {
  const text = knowledge.entries.flatMap((e) => [e.title, e.question, ...e.alternates, e.answer]).join(' ').toLowerCase();
  return new Set(text.split(/[^\p{L}]+/u));
}

/** A word without its accents, as people type on a phone: "misión" and "mision" are one word. */
function folded(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The words of the translated knowledge, with the languages that use each: `detectLanguage`'s
 * `knownIn`. Latin-script words without accents, which read short messages ("correo de contacto",
 * "plan strategique 2024-2028") that no statistical detector can; Arabic-script words folded as a
 * message is, which tell Persian from Arabic when the letters cannot ("شماره تلفن").
 */
export function wordsOfTranslations(knowledge: KnowledgeBase): Map<string, Language[]> {
  const words = new Map<string, Language[]>();
  for (const translation of knowledge.translations ?? []) {
    const language = translation.language;
    if (!isUiLanguage(language)) continue;
    const text = translation.entries.flatMap((e) => [e.title, e.question, ...e.alternates, e.answer]).join(' ').toLowerCase();
    for (const word of new Set(text.split(/[^\p{L}]+/u).filter((w) => /^\p{Script=Latin}+$/u.test(w)).map(folded))) {
      words.set(word, [...(words.get(word) ?? []), language]);
    }
    // Arabic script too, folded as a message is (ي as ی), for a message in the letters Arabic and Persian share.
    for (const word of new Set(foldOther(text).split(/[^\p{L}]+/u).filter((w) => /^\p{Script=Arabic}+$/u.test(w)))) {
      const languages = words.get(word) ?? [];
      if (!languages.includes(language)) words.set(word, [...languages, language]);
    }
  }
  return words;
}

/**
 * A message in the letters Arabic and Persian share ("شماره تلفن", "رقم الهاتف"): the language whose
 * knowledge has more of its words that the other's has not, if one has more.
 */
function byArabicScriptWords(text: string, knownIn: (word: string) => readonly Language[], least = 1): 'ar' | 'fa' | undefined {
  let fa = 0;
  let ar = 0;
  for (const word of foldOther(text).split(/[^\p{L}]+/u).filter(Boolean)) {
    const languages = knownIn(word);
    if (languages.includes('fa') && !languages.includes('ar')) fa += 1;
    if (languages.includes('ar') && !languages.includes('fa')) ar += 1;
  }
  return fa > ar && fa >= least ? 'fa' : ar > fa && ar >= least ? 'ar' : undefined;
}

/** At most this many words make a short message, which the knowledge's words may tell. */
const SHORT_MESSAGE_WORDS = 4;

/** Words that in a Latin-script message mean English (not "i", which is Norwegian for "in"). */
const ENGLISH_MARKERS = new Set(
  'the is are am were what whats how who where when why which does do did can could would should will have has had of for with about and my your this that there im you it to get please pls thanks thank hello hi'.split(
    ' ',
  ),
);

/** Persian letters that Arabic does not use, and the zero-width non-joiner of Persian spelling. */
const PERSIAN = /[پچژگیک\u200c]/u;
/** Arabic letters that Persian does not use. */
const ARABIC = /[يكةى]/u;
/** Arabic letters that a Persian keyboard layout does not type either. */
const ARABIC_ONLY = /[ةى]/u;
/** Ukrainian letters that Russian does not use. */
const UKRAINIAN = /[іїєґІЇЄҐ]/u;

/** What eld may answer, read as the bot's codes ("no" is bokmål here). */
const ELD_CODES: Record<string, Language> = { no: 'nb', nb: 'nb' };

/**
 * `known` tells the words of the bot's English knowledge ("helge", "lunde"), which count as English
 * like common English words do. `previous`, the conversation's language so far, settles a message
 * whose script two languages share and whose letters do not tell them apart ("باشه" after Persian).
 */
export function detectLanguage(
  text: string,
  known: (word: string) => boolean = () => false,
  previous?: Language,
  knownIn: (word: string) => readonly Language[] = () => [],
): Language | undefined {
  const letters = text.match(/\p{L}/gu);
  if (!letters || letters.length < 4) return undefined;
  const arabic = letters.filter((c) => /\p{Script=Arabic}/u.test(c)).length;
  const cyrillic = letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  const half = letters.length / 2;
  if (arabic > half) {
    if (PERSIAN.test(text)) return 'fa';
    // ي and ك are also what Persian typed on an Arabic keyboard has ("ايكورن ميخواد شهرهاي بيشتري"):
    // without ة or ى, which Persian does not write, two words of the Persian translation that the
    // Arabic one lacks make it Persian (one is not enough: "قولي نكته" is Gulf Arabic).
    if (ARABIC.test(text)) return !ARABIC_ONLY.test(text) && byArabicScriptWords(text, knownIn, 2) === 'fa' ? 'fa' : 'ar';
    return byArabicScriptWords(text, knownIn) ?? (previous === 'fa' ? 'fa' : 'ar');
  }
  if (cyrillic > half) {
    if (UKRAINIAN.test(text)) return 'uk';
    return previous === 'uk' && !/[ыэъё]/u.test(text) ? 'uk' : 'ru';
  }
  if (latin <= half) return OTHER_LANGUAGE;

  const words = text.toLowerCase().split(/[^\p{L}']+/u).filter(Boolean).map((w) => w.replace(/'.*$/, ''));
  if (words.some((w) => ENGLISH_MARKERS.has(w))) return 'en';
  const read = words.map((word) => readWord(word, known, knownIn));
  // A name the translations use too ("icorn", "helge", "lunde") is no evidence of English.
  const english = read.filter((w) => w.english && !w.name);
  // The detector's guess, made once and only when a rule below asks for it.
  let guessed: { code: string | undefined; reliable: boolean } | undefined;
  const guess = () => {
    if (!guessed) {
      const result = eld.detect(text);
      guessed = { code: result.language ? (ELD_CODES[result.language] ?? result.language) : undefined, reliable: result.isReliable() };
    }
    return guessed;
  };
  const told = toldByTranslations(read.filter((w) => w.word.length > 1 && !w.name));
  if (told === 'tie' && words.length >= 3) {
    // As many words of a translation as words it does not know ("¿Quién financia ICORN?"): the detector decides.
    const { code, reliable } = guess();
    if (code && reliable && isUiLanguage(code)) return code;
  }
  if ((told === 'unclear' || told === 'tie') && words.length <= SHORT_MESSAGE_WORDS) return undefined;
  if (told && told !== 'unclear' && told !== 'tie') return told;
  const telling = read.filter((w) => !w.name).length;
  // Names alone ("icorn", "helge lunde") tell no language.
  if (telling === 0) return undefined;
  if (english.length * 2 > telling) return 'en';
  // Half English: English, unless the message has three words or more and the detector is sure of
  // another language the bot speaks ("Was ist ICORN?"); a typo beside an English word
  // ("exectuive director", "stratgic plan") stays English.
  const halfEnglish = english.length * 2 === telling;
  if (words.length < 2) return halfEnglish ? 'en' : undefined;
  const { code, reliable } = guess();
  if (halfEnglish) return words.length >= 3 && code && code !== 'en' && isUiLanguage(code) && reliable ? code : 'en';
  if (!code || !reliable) return undefined;
  return isUiLanguage(code) ? code : OTHER_LANGUAGE;
}

/** A word of a message, as the language choice reads it. */
interface ReadWord {
  word: string;
  /** Common English, or a word of the English knowledge. */
  english: boolean;
  /** A word of the English knowledge that is no common English and that translations use too: a name. */
  name: boolean;
  /** The translated knowledge that has the word (without accents). */
  languages: readonly Language[];
}

/**
 * Abbreviations English writes as the translations do ("icorn tel", "tel icorn svp"): English words
 * too, so that alone they tell no language and the conversation's language or the locale settles it.
 */
const SHARED_ABBREVIATIONS: ReadonlySet<string> = new Set(['tel']);

function readWord(word: string, known: (word: string) => boolean, knownIn: (word: string) => readonly Language[]): ReadWord {
  const common = isCommonEnglishWord(word) || SHARED_ABBREVIATIONS.has(word);
  const ofKnowledge = known(word);
  const languages = knownIn(folded(word));
  return { word, english: common || ofKnowledge, name: BRANDS.has(word) || (!common && ofKnowledge && languages.length > 0), languages };
}

/**
 * Names of services people write the same in every language: "icorn twitter instagram" tells no
 * language (the detector read it as another one).
 */
const BRANDS: ReadonlySet<string> = new Set(['twitter', 'instagram', 'facebook', 'whatsapp', 'telegram', 'youtube', 'tiktok', 'linkedin', 'viber', 'skype', 'gmail']);

/**
 * A message read by the translated knowledge's words: the language whose knowledge has more of its
 * words that English does not ("correo de contacto", "strategique" typed without its accent) than
 * words it does not know; 'tie' when those weigh the same ("see ya", "¿Quién financia ICORN?"), and
 * 'unclear' when every word is one English shares with a translation ("vision", "site internet"):
 * for a short message, the conversation's language or the client's locale then settles it.
 */
function toldByTranslations(read: readonly ReadWord[]): Language | 'unclear' | 'tie' | undefined {
  if (read.length === 0) return undefined;
  let best: { language: Language; own: number; against: number } | undefined;
  for (const language of new Set(read.flatMap((w) => w.languages))) {
    const own = read.filter((w) => w.languages.includes(language) && !w.english).length;
    const against = read.filter((w) => !w.languages.includes(language)).length;
    if (own > 0 && (!best || own - against > best.own - best.against)) best = { language, own, against };
  }
  if (best && best.own > best.against) return best.language;
  if (best && best.own === best.against) return 'tie';
  return read.every((w) => w.english && w.languages.length > 0) ? 'unclear' : undefined;
}
