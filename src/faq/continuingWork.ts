/**
 * The continuing-work reading of a question: "can I keep writing there?", "¿podré seguir
 * trabajando?", "pourrai-je continuer à dessiner ?", "في الاقامه نقدر نكمل خدمتي؟", "میتونم کارمو
 * ادامه بدم؟"; or, the same wish in other words, "in icorn city i can write free?", "¿me dejaría
 * denunciar sin miedo?", "je pourrai parler librement ?", "اقدر اعبر عن رايي بحريه؟", "میتونم
 * آزادانه حرفمو بزنم؟". Someone who had to stop working, or to fall silent, asks whether a residency
 * lets them go on. Its answer is an entry whose answer says that residents go on ("... can express
 * themselves freely and continue their professional activities"), even when the person's story
 * comes nearer another entry: the evidence is read from the answers, so an editor who words it
 * otherwise moves it.
 */
import { latin } from './wordEdges.js';

interface Forms {
  /** The question asks whether one can go on working. */
  asks: RegExp;
  /** The question asks whether one can speak, write or work freely there. */
  freely: RegExp;
  /** An answer says that residents go on working. */
  gives: RegExp;
  /** Going on with something else than one's work: "can I keep working on my application later?". */
  other?: RegExp;
}

/** Letters and the marks on them: what a word of Arabic script is made of. */
const LETTER = '[\\p{L}\\p{M}]';

const FORMS: Record<string, Forms> = {
  en: {
    asks: /\b(?:keep|continue|carry on|go on|still be able to)\s+(?:with\s+)?(?:(?:my|our|his|her|their) (?:professional |artistic |creative )?(?:work|writing|job|art|music|journalism|reporting|drawings?|painting|films?|activit\w+|career|profession|practice)|(?:to )?(?:write|work|draw|paint|sing|publish|report|create|make art|make music|make films)|writing|working|drawing|painting|singing|publishing|reporting|creating|making (?:art|music|films))\b/,
    freely: /\b(?:write|writing|speak|speaking|talk|work|working|create|publish|express (?:myself|ourselves|themselves)|say what i (?:think|want))\s+(?:\w+\s+){0,2}?(?:freely|free|without fear)\b|\bfreely (?:write|speak|express|publish|work)\b|\b(?:i|we) (?:will |would |'ll )?be free to (?:write|make|draw|paint|publish|speak|work|create|express|say|sing|report)\b|\b(?:allowed|permitted) to (?:write|work|draw|paint|sing|publish|report|create|perform|exhibit|show (?:my|our|his|her|their) (?:art|work)|make (?:art|music|films))\b/,
    gives: /\bcontinue (?:their|his|her) (?:professional|work)\b/,
    other: /\b(?:applications?|forms?|request|proposal|dossier|paperwork|registration|conversation|chat)\b/,
  },
  es: {
    asks: latin(/\b(?:seguir|continuar|sigo|siga|pueda seguir)\s+(?:con\s+)?(?:(?:mi|mis|su|sus) (?:trabajo|obra|labor|actividad\w*|escritura|periodismo|arte|m[uú]sica|dibujos?|carrera|profesi[oó]n)|trabajando|escribiendo|dibujando|pintando|cantando|publicando|creando|informando|haciendo (?:arte|m[uú]sica|cine))\b/u),
    freely: latin(/\b(?:escribir|hablar|expresarme|trabajar|publicar|denunciar|decir lo que pienso|crear)\s+(?:\p{L}+\s+){0,6}?(?:libremente|con libertad|sin miedo|en libertad)\b/u),
    gives: latin(/\bcontinuar su actividad profesional\b/u),
  },
  fr: {
    asks: latin(/\b(?:continuer|poursuivre|reprendre)\s+(?:(?:[àa]|de)\s+(?:[ée]crire|travailler|dessiner|peindre|chanter|publier|cr[ée]er|faire (?:de la musique|du cin[ée]ma|de l['’]art))|(?:mon|ma|mes|son|sa|ses|leur|leurs) (?:travail|[ée]criture|activit[ée]s?|m[ée]tier|art|musique|dessins?|journalisme|carri[eè]re|profession))\b/u),
    freely: latin(/\b(?:[ée]crire|parler|m['’]exprimer|travailler|publier|dessiner|cr[ée]er|dire ce que je pense)\s+(?:\p{L}+\s+){0,6}?(?:librement|en libert[ée]|sans peur|sans crainte)\b/u),
    gives: latin(/\bpoursuivre leurs activit[ée]s professionnelles\b/u),
  },
  ar: {
    asks: new RegExp(`(?<!${LETTER})(?:نكمل|أكمل|اكمل|نكمّل|اكمّل|نواصل|أواصل|اواصل|أستمر|استمر|نستمر|مواصلة|متابعة)\\s+(?:\\S+\\s+)?(?:في\\s+)?(?:خدمتي|شغلي|عملي|كتابتي|الكتابة|الكتابه|الرسم|رسمي|فني|نشاطي|عملي الصحفي|الغناء|الكتابة والنشر)(?!${LETTER})`, 'u'),
    freely: /(?:اعبر|أعبر|نعبر|اكتب|أكتب|نكتب|اتكلم|أتكلم|نتكلم|اشتغل|أعمل|اعمل|ارسم|أرسم|انشر|أنشر)\s+(?:\S+\s+){0,3}?(?:بحري[ةه]|بحرّي[ةه]|بدون خوف|بلا خوف|من غير خوف)/u,
    gives: /مواصلة أنشطتهم المهنية/u,
  },
  fa: {
    // "کارمو ادامه بدم", "کار هنری ام را دوباره شروع کنم", "به نوشتن ادامه بدم".
    asks: new RegExp(`(?:کار|نوشتن|نوشتنم|فعالیت|هنر|نقاشی|موسیقی|روزنامه‌?نگاری)[\\p{L}\\p{M}\\u200c]*\\s+(?:\\S+\\s+){0,2}(?:ادامه\\s?(?:بدم|بدهم|دهم|بدیم|بدهیم|بده|بدن|داد|داده)|دوباره شروع کنم)`, 'u'),
    freely: /آزادانه|بدون ترس|بی‌ترس|با آزادی/u,
    gives: /فعالیت‌های حرفه‌ای خود را[^.؛]*ادامه دهند/u,
  },
};

/** True when a question asks whether one can go on working, or work or speak freely (in a residency). */
export function asksToContinueWork(question: string, language = 'en'): boolean {
  const forms = FORMS[language];
  const lower = question.toLowerCase();
  return forms !== undefined && (forms.asks.test(lower) || forms.freely.test(lower)) && !(forms.other?.test(lower) ?? false);
}

/** True when an answer says that residents go on working. */
export function saysWorkContinues(answer: string, language = 'en'): boolean {
  return FORMS[language]?.gives.test(answer.toLowerCase()) ?? false;
}
