/**
 * The continuing-work reading of a question: "can I keep writing there?", "¿podré seguir
 * trabajando?", "pourrai-je continuer à dessiner ?", "في الاقامه نقدر نكمل خدمتي؟", "میتونم کارمو
 * ادامه بدم؟". Someone who had to stop working asks whether a residency lets them go on. Its answer
 * is an entry whose answer says that residents continue their work ("... can express themselves
 * freely and continue their professional activities"), even when the person's story comes nearer
 * another entry: the evidence is read from the answers, so an editor who words it otherwise moves it.
 */
import { latin } from './wordEdges.js';

interface Forms {
  /** The question asks whether one can go on working. */
  asks: RegExp;
  /** An answer says that residents go on working. */
  gives: RegExp;
  /** Going on with something else than one's work: "can I keep working on my application later?". */
  other?: RegExp;
}

/** Letters and the marks on them: what a word of Arabic script is made of. */
const LETTER = '[\\p{L}\\p{M}]';

const FORMS: Record<string, Forms> = {
  en: {
    asks: /\b(?:keep|continue|carry on|go on|still be able to)\s+(?:with\s+)?(?:(?:my|our|his|her|their) (?:work|writing|job|art|music|journalism|reporting|drawings?|painting|films?|activit\w+|career|profession)|(?:to )?(?:write|work|draw|paint|sing|publish|report|create|make art|make music|make films)|writing|working|drawing|painting|singing|publishing|reporting|creating|making (?:art|music|films))\b/,
    gives: /\bcontinue (?:their|his|her) (?:professional|work)\b/,
    other: /\b(?:applications?|forms?|request|proposal|dossier|paperwork|registration|conversation|chat)\b/,
  },
  es: {
    asks: latin(/\b(?:seguir|continuar|sigo|siga|pueda seguir)\s+(?:con\s+)?(?:(?:mi|mis|su|sus) (?:trabajo|obra|labor|actividad\w*|escritura|periodismo|arte|m[uú]sica|dibujos?|carrera|profesi[oó]n)|trabajando|escribiendo|dibujando|pintando|cantando|publicando|creando|informando|haciendo (?:arte|m[uú]sica|cine))\b/u),
    gives: latin(/\bcontinuar su actividad profesional\b/u),
  },
  fr: {
    asks: latin(/\b(?:continuer|poursuivre|reprendre)\s+(?:(?:[àa]|de)\s+(?:[ée]crire|travailler|dessiner|peindre|chanter|publier|cr[ée]er|faire (?:de la musique|du cin[ée]ma|de l['’]art))|(?:mon|ma|mes|son|sa|ses|leur|leurs) (?:travail|[ée]criture|activit[ée]s?|m[ée]tier|art|musique|dessins?|journalisme|carri[eè]re|profession))\b/u),
    gives: latin(/\bpoursuivre leurs activit[ée]s professionnelles\b/u),
  },
  ar: {
    asks: new RegExp(`(?<!${LETTER})(?:نكمل|أكمل|اكمل|نكمّل|اكمّل|نواصل|أواصل|اواصل|أستمر|استمر|نستمر|مواصلة|متابعة)\\s+(?:\\S+\\s+)?(?:في\\s+)?(?:خدمتي|شغلي|عملي|كتابتي|الكتابة|الكتابه|الرسم|رسمي|فني|نشاطي|عملي الصحفي|الغناء|الكتابة والنشر)(?!${LETTER})`, 'u'),
    gives: /مواصلة أنشطتهم المهنية/u,
  },
  fa: {
    // "کارمو ادامه بدم", "کار هنری ام را دوباره شروع کنم", "به نوشتن ادامه بدم".
    asks: new RegExp(`(?:کار|نوشتن|نوشتنم|فعالیت|هنر|نقاشی|موسیقی|روزنامه‌?نگاری)[\\p{L}\\p{M}\\u200c]*\\s+(?:\\S+\\s+){0,2}(?:ادامه\\s?(?:بدم|بدهم|دهم|بدیم|بدهیم|بده|بدن|داد|داده)|دوباره شروع کنم)`, 'u'),
    gives: /فعالیت‌های حرفه‌ای خود را[^.؛]*ادامه دهند/u,
  },
};

/** True when a question asks whether one can go on working (in a residency). */
export function asksToContinueWork(question: string, language = 'en'): boolean {
  const forms = FORMS[language];
  const lower = question.toLowerCase();
  return forms !== undefined && forms.asks.test(lower) && !(forms.other?.test(lower) ?? false);
}

/** True when an answer says that residents go on working. */
export function saysWorkContinues(answer: string, language = 'en'): boolean {
  return FORMS[language]?.gives.test(answer.toLowerCase()) ?? false;
}
