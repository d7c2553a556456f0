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
  ar: /^(?:مع السلامة|وداعا|وداعاً|إلى اللقاء|الى اللقاء|باي|باي باي)$/u,
  fa: /^(?:خداحافظ|خدانگهدار|بدرود)$/u,
};

/**
 * Questions about the bot itself, as CLINC150's intents are in English: its name, whether it is a
 * bot, who made it, how it is. Answered from the language's own words (`smallTalk` in
 * src/conversation/locales/); before, "¿Cuál es tu nombre?" got what ICORN is (its full name) and
 * "تو رباتی؟" where the page comes from.
 */
const ABOUT_THE_BOT: Record<string, { name: RegExp; areYouABot: RegExp; creator: RegExp; howAreYou: RegExp }> = {
  es: {
    name: /^(?:cu[aá]l es (?:tu|su) nombre|c[oó]mo te llamas|c[oó]mo se llama usted|tienes nombre|qui[eé]n eres|qui[eé]n es usted)$/u,
    areYouABot: /^(?:eres|es usted) (?:un |una )?(?:bot|robot|humano|persona|persona real|m[aá]quina|real)(?: o (?:un |una )?(?:bot|robot|humano|persona))?$|^(?:hablo|estoy hablando) con (?:un |una )?(?:bot|robot|humano|persona|m[aá]quina)$/u,
    creator: /^qui[eé]n te (?:cre[oó]|hizo|program[oó]|desarroll[oó]|ha (?:creado|hecho|programado))$/u,
    howAreYou: /^(?:c[oó]mo est[aá]s|c[oó]mo est[aá] usted|qu[eé] tal|qu[eé] tal est[aá]s|c[oó]mo te va|c[oó]mo andas)$/u,
  },
  fr: {
    name: /^(?:c'est quoi ton nom|quel est (?:ton|votre) nom|comment (?:tu t'appelles|t'appelles-tu|vous appelez-vous|vous vous appelez)|tu t'appelles comment|qui es-tu|qui [eê]tes-vous|t'es qui)$/u,
    areYouABot: /^(?:es-tu|t'es|tu es|[eê]tes-vous|vous [eê]tes) (?:un |une )?(?:bot|robot|humain|personne|vraie personne|machine|r[ée]el)(?: ou (?:un |une )?(?:bot|robot|humain|personne))?$|^je parle [àa] (?:un |une )?(?:bot|robot|humain|personne|machine)$|^c'est un (?:bot|robot)$/u,
    creator: /^qui (?:t'a|vous a) (?:cr[ée][ée]?|fait|programm[ée]|d[ée]velopp[ée])$/u,
    howAreYou: /^(?:comment (?:[çc]a va|vas-tu|allez-vous|tu vas)|[çc]a va|tu vas bien|vous allez bien)$/u,
  },
  ar: {
    name: /^(?:ما اسمك|ما هو اسمك|شو اسمك|ايش اسمك|إيش اسمك|اسمك ايه|اسمك إيه|شنو سميتك|من انت|من أنت|مين انت|مين إنت|شكون نتا|شكون انت)$/u,
    areYouABot: /^(?:هل )?(?:انت|أنت|إنت|انتا|نتا)(?: مجرد)? (?:بوت|روبوت|انسان|إنسان|آلي|الي|شخص حقيقي|حقيقي)$/u,
    creator: /^(?:من|مين|شكون) (?:صنعك|برمجك|عملك|طورك|صممك)$/u,
    howAreYou: /^(?:كيف حالك|كيفك|كيف الحال|شلونك|ازيك|إزيك|عامل ايه|لاباس عليك|كي داير)$/u,
  },
  fa: {
    name: /^(?:اسمت چیه|اسم تو چیه|اسمتون چیه|اسم شما چیست|اسمت چیست|تو کی هستی|شما کی هستید|کی هستی)$/u,
    areYouABot: /^(?:آیا )?(?:تو |شما )?(?:رباتی|ربات هستی|ربات هستید|رباتید|آدمی|آدم هستی|انسانی|انسان هستی|واقعی هستی)$/u,
    creator: /^(?:کی|چه کسی) (?:تو رو|تورو|تو را|شما را) (?:ساخته|ساخت|درست کرده)$|^سازنده(?:\u200c| )?(?:ات|ت) کیه$/u,
    howAreYou: /^(?:حالت چطوره|حالت خوبه|چطوری|خوبی|حال شما چطور است|حالتون چطوره|حالت چطور است)$/u,
  },
};

/** "What languages do you speak?" in the languages the knowledge is translated into. */
const LANGUAGES: Record<string, RegExp> = {
  es: /^(?:en )?qu[eé] idiomas? (?:hablas|habla|hablan|entiendes|entiende|usas|usa|respondes|responde)$|^habla(?:s)? (?:ingl[eé]s|franc[eé]s|[aá]rabe|persa|farsi|espa[nñ]ol|otros idiomas)$|^(?:otros )?idiomas$/u,
  fr: /^(?:en )?quelles? langues? (?:parlez-vous|parles-tu|comprenez-vous|comprends-tu|utilisez-vous)$|^(?:vous )?parlez-vous (?:anglais|espagnol|arabe|persan|farsi|fran[cç]ais|d'autres langues)$|^(?:d'autres |autres )?langues$/u,
  ar: /^(?:ب)?(?:أي|اي|ما هي|ما) (?:اللغات|لغة|لغات) (?:التي )?(?:تتحدث|تتكلم|تجيب|تفهم|تعرف)(?:ها)?$|^هل تتحدث (?:الإنجليزية|الانجليزية|الفرنسية|الإسبانية|الاسبانية|الفارسية)$/u,
  fa: /^(?:به )?(?:چه|کدام) زبان(?:\u200c)?(?:ها|هایی)? (?:صحبت|حرف) می(?:\u200c)?(?:کنی|کنید|زنی|زنید)$|^(?:آیا )?(?:انگلیسی|عربی|فرانسوی|اسپانیایی) (?:بلدی|بلدید|صحبت می(?:\u200c)?کنی|صحبت می(?:\u200c)?کنید)$/u,
};

export type LocalSmallTalk = 'greeting' | 'thanks' | 'goodbye' | 'help' | 'cancel' | 'languages' | 'name' | 'areYouABot' | 'creator' | 'howAreYou';

/** The small talk a message is in a language, if it is only that. */
export function smallTalkIn(language: string, text: string, commands: { help: string[]; startOver: string[] }): LocalSmallTalk | undefined {
  const said = text.trim().toLowerCase().replace(/’/gu, "'").replace(/[.!?¡¿؟،,]+/gu, '').replace(/\s+/g, ' ').trim();
  if (!said) return undefined;
  if (commands.help.some((c) => c.toLowerCase() === said)) return 'help';
  if (commands.startOver.some((c) => c.toLowerCase() === said)) return 'cancel';
  if (GREETINGS[language]?.test(said)) return 'greeting';
  if (THANKS[language]?.test(said)) return 'thanks';
  if (GOODBYES[language]?.test(said)) return 'goodbye';
  if (LANGUAGES[language]?.test(said)) return 'languages';
  const bot = ABOUT_THE_BOT[language];
  if (bot) for (const intent of ['name', 'areYouABot', 'creator', 'howAreYou'] as const) if (bot[intent].test(said)) return intent;
  return undefined;
}
