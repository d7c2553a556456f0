/**
 * The bot's own words in each UI language. English's are in `../messages.ts` (the bot answers in
 * English); the others' come from `<code>.ts`, drafted by a translator and not yet reviewed by
 * ICORN. A language whose knowledge is translated (`knowledge/translations/`) speaks with all of
 * them; any other gets the reply that says which languages the bot answers in.
 */
import type { UiLanguage } from '../../i18n/languages.js';
import type { Words } from '../conversation.js';
import { messages } from '../messages.js';
import ar from './ar.js';
import de from './de.js';
import es from './es.js';
import fa from './fa.js';
import fr from './fr.js';
import nb from './nb.js';
import pt from './pt.js';
import ru from './ru.js';
import tr from './tr.js';
import uk from './uk.js';

/** What every language has: its names, the words the conversation says, and the commands it knows. */
export interface LocaleWords {
  /** The language's name in itself ("español"): typed alone, it switches to the language. */
  nativeName: string;
  /** Its name in English ("Spanish"). */
  englishName: string;
  /** "I answer questions about ICORN in English. To ask in {language}, please write to ICORN directly:" */
  languagesOffered: string;
  /** "OK, I will answer in <the language> from now on." */
  switchedLanguage: string;
  commands: { help: string[]; startOver: string[]; english: string[]; privacy: string[] };
  /** The button that shows the English original of an answer ICORN has not reviewed in this language. */
  englishOriginal?: string;
  /** The other words of the bot in this language, keyed as in `messages.ts`. */
  [key: string]: unknown;
}

const en: LocaleWords = {
  nativeName: 'English',
  englishName: 'English',
  languagesOffered: 'I answer questions about ICORN in English. To ask in {language}, please write to ICORN directly:',
  switchedLanguage: 'OK, I will answer in English from now on.',
  commands: { help: ['help'], startOver: ['start over'], english: ['english', 'in english', 'answer in english'], privacy: ['privacy', 'privacy policy', 'data protection', 'what do you keep'] },
  ...messages,
};

const LOCALES: Record<UiLanguage, LocaleWords> = { en, es, fr, ar, fa, ru, uk, tr, de, nb, pt };

export function localeWords(language: UiLanguage): LocaleWords {
  return LOCALES[language];
}

/** The bot's words in a language, in the form the conversation uses them (English: `messages`). */
export function wordsOf(language: UiLanguage): Words {
  if (language === 'en') return messages;
  const words = LOCALES[language] as unknown as Record<string, unknown> & { more: string; notStated: string; privacy: string };
  const template = (text: string, name: string) => (value: string) => text.replaceAll(`{${name}}`, value);
  return { ...(words as unknown as Words), more: template(words.more, 'title'), notStated: template(words.notStated, 'missing'), privacy: template(words.privacy, 'days') };
}
