/**
 * Small talk in the languages the knowledge is translated into: greetings, thanks and goodbyes,
 * and each language's commands for help and starting over (from its words in
 * src/conversation/locales/). A short message only: "hola, ¿qué es ICORN?" is a question.
 */
const GREETINGS: Record<string, RegExp> = {
  es: /^(?:hola|buenas|buenos d[ií]as|buenas tardes|buenas noches|saludos)$/u,
  fr: /^(?:bonjour|salut|bonsoir|coucou)$/u,
  ar: /^(?:مرحبا|مرحباً|السلام عليكم|أهلا|اهلا|أهلاً|صباح الخير|مساء الخير)$/u,
  fa: /^(?:سلام|درود|وقت بخیر|صبح بخیر|عصر بخیر|سلام علیکم)$/u,
};
const THANKS: Record<string, RegExp> = {
  es: /^(?:gracias|muchas gracias|mil gracias|muchisimas gracias|muchísimas gracias)$/u,
  fr: /^(?:merci|merci beaucoup|merci bien)$/u,
  ar: /^(?:شكرا|شكراً|شكرًا|شكرا جزيلا|شكراً جزيلاً|مشكور)$/u,
  fa: /^(?:ممنون|مرسی|متشکرم|سپاس|سپاسگزارم|خیلی ممنون|تشکر)$/u,
};
const GOODBYES: Record<string, RegExp> = {
  es: /^(?:adi[oó]s|hasta luego|chao|chau|nos vemos)$/u,
  fr: /^(?:au revoir|[àa] bient[oô]t|bonne journ[ée]e)$/u,
  ar: /^(?:مع السلامة|وداعا|وداعاً|إلى اللقاء|الى اللقاء)$/u,
  fa: /^(?:خداحافظ|خدانگهدار|بدرود)$/u,
};

/** "What languages do you speak?" in the languages the knowledge is translated into. */
const LANGUAGES: Record<string, RegExp> = {
  es: /^(?:en )?qu[eé] idiomas? (?:hablas|habla|hablan|entiendes|entiende|usas|usa|respondes|responde)$|^habla(?:s)? (?:ingl[eé]s|franc[eé]s|[aá]rabe|persa|farsi|espa[nñ]ol|otros idiomas)$|^(?:otros )?idiomas$/u,
  fr: /^(?:en )?quelles? langues? (?:parlez-vous|parles-tu|comprenez-vous|comprends-tu|utilisez-vous)$|^(?:vous )?parlez-vous (?:anglais|espagnol|arabe|persan|farsi|fran[cç]ais|d'autres langues)$|^(?:d'autres |autres )?langues$/u,
  ar: /^(?:ب)?(?:أي|اي|ما هي|ما) (?:اللغات|لغة|لغات) (?:التي )?(?:تتحدث|تتكلم|تجيب|تفهم|تعرف)(?:ها)?$|^هل تتحدث (?:الإنجليزية|الانجليزية|الفرنسية|الإسبانية|الاسبانية|الفارسية)$/u,
  fa: /^(?:به )?(?:چه|کدام) زبان(?:\u200c)?(?:ها|هایی)? (?:صحبت|حرف) می(?:\u200c)?(?:کنی|کنید|زنی|زنید)$|^(?:آیا )?(?:انگلیسی|عربی|فرانسوی|اسپانیایی) (?:بلدی|بلدید|صحبت می(?:\u200c)?کنی|صحبت می(?:\u200c)?کنید)$/u,
};

export type LocalSmallTalk = 'greeting' | 'thanks' | 'goodbye' | 'help' | 'cancel' | 'languages';

/** The small talk a message is in a language, if it is only that. */
export function smallTalkIn(language: string, text: string, commands: { help: string[]; startOver: string[] }): LocalSmallTalk | undefined {
  const said = text.trim().toLowerCase().replace(/[.!?¡¿؟،,]+/gu, '').replace(/\s+/g, ' ').trim();
  if (!said) return undefined;
  if (commands.help.some((c) => c.toLowerCase() === said)) return 'help';
  if (commands.startOver.some((c) => c.toLowerCase() === said)) return 'cancel';
  if (GREETINGS[language]?.test(said)) return 'greeting';
  if (THANKS[language]?.test(said)) return 'thanks';
  if (GOODBYES[language]?.test(said)) return 'goodbye';
  if (LANGUAGES[language]?.test(said)) return 'languages';
  return undefined;
}
