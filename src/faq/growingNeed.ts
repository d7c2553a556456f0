/**
 * The growing-need reading of a question: "is the danger for journalists growing?", "Is demand for
 * this kind of programme increasing?", "¿el peligro para los periodistas está aumentando?", "les
 * menaces augmentent-elles ?", "هل الخطر على الصحفيين يزداد؟", "خطر برای روزنامه‌نگارها بیشتر شده؟".
 * Someone asks whether the danger, or the need to protect, grows. Its answer is an entry whose answer
 * says that the world is becoming more threatening and protection more needed (why it matters), or
 * that the spaces for freedom of expression are shrinking (the director's words), even when the words
 * come nearer the network's own growth ("Is ICORN expanding?"): the evidence is read from the
 * answers, so an editor who words it otherwise moves it.
 */
import { latin } from './wordEdges.js';

interface Forms {
  /** The question asks whether the danger or the need grows. */
  asks: RegExp[];
  /** The network's own growth, which the expansion project answers: "Is demand for membership increasing?". */
  other?: RegExp;
  /** An answer says the danger and the need grow. */
  gives: RegExp;
}

const FORMS: Record<string, Forms> = {
  en: {
    asks: [
      // The need as a noun ("the need for protection"), not "I need to know whether ICORN plans to grow".
      /(?:\b(?:the|a|this|that|more|greater|bigger|growing) (?:need|needs|demand|necessity)|\b(?:dangers?|threats?|risks?|persecution|repression|attacks?|pressure|censorship|situation|conditions))\b[^.?!]{0,40}?\b(?:grow|grows|growing|grown|increas\w*|ris(?:e|es|ing|en)|worse|worsening|deteriorat\w*)\b/,
      /\b(?:more|less) (?:needed|necessary|important|urgent|dangerous|threatening|need|threats|danger|attacks)\b[^.?!]{0,40}?\b(?:now|today|than before|than ever|nowadays|these days|recent years|than in the past)\b/,
      /\b(?:getting|becoming|become|became|gets|grown) (?:better|worse|more dangerous|more threatening|harder|more difficult)\b/,
    ],
    other: /\b(?:membership|new members|member cities|more cities|the network|icorn) (?:is |are )?(?:grow|increas|expand)/,
    gives: /\bever more needed\b|\bbecoming more threatening\b|\bare shrinking\b/,
  },
  es: {
    asks: [
      latin(/\b(?:necesidad|demanda|peligros?|amenazas?|riesgos?|persecuci[oó]n|represi[oó]n|situaci[oó]n|censura|ataques)\b[^.?!]{0,40}?\b(?:crece|crecen|creciendo|aumenta|aumentan|aumentando|empeora|empeorando|peor|mayor)\b/u),
      latin(/\bm[aá]s (?:necesari[oa]|importante|urgente|peligros[oa]|amenazas|peligro)\b[^.?!]{0,40}?\b(?:ahora|hoy|que antes|que nunca|estos d[ií]as)\b/u),
    ],
    gives: latin(/\bm[aá]s necesario que nunca\b|\bcada vez m[aá]s amenazante\b|\bse est[aá]n reduciendo\b/u),
  },
  fr: {
    asks: [
      latin(/\b(?:besoins?|demande|dangers?|menaces?|risques?|pers[ée]cutions?|r[ée]pression|situation|censure|attaques)\b[^.?!]{0,40}?\b(?:augment\w*|grandi\w*|cro[iî]t|croissant\w*|s['’]aggrav\w*|empire|pire)\b/u),
      latin(/\bplus (?:n[ée]cessaire|important|urgent|dangereu(?:x|se)|de menaces|de danger)\b[^.?!]{0,40}?\b(?:maintenant|aujourd['’]hui|qu['’]avant|que jamais|ces temps)\b/u),
    ],
    gives: latin(/\bplus n[ée]cessaire que jamais\b|\bde plus en plus mena[cç]ant\b|\bse r[ée]duisent\b/u),
  },
  ar: {
    asks: [
      /(?:الحاجة|الحاجه|الطلب|الخطر|الخطورة|التهديد|التهديدات|المخاطر|القمع|الاضطهاد|الوضع|الرقابة)[^.?!؟]{0,40}?(?:تزداد|يزداد|زادت|زاد|تتزايد|يتزايد|متزايد|أسوأ|اسوأ|تسوء|يسوء|بيزيد|بتزيد|عم يزيد)/u,
      /أكثر من (?:قبل|أي وقت|اي وقت|السابق)/u,
    ],
    gives: /يزداد تهديد|أكثر من أي وقت مضى|تتقل/u,
  },
  fa: {
    asks: [
      /(?:نیاز|خطر|خطرات|تهدید|تهدیدها|تهدیدات|سرکوب|وضعیت|اوضاع|سانسور|فشار)[^.?!؟]{0,40}?(?:بیشتر|زیادتر|بدتر|افزایش|رو به افزایش)/u,
      /بیشتر از (?:قبل|همیشه|گذشته)/u,
    ],
    gives: /روزبه‌روز تهدیدآمیزتر|بیش از هر زمان|در حال کوچک شدن/u,
  },
};

/** True when a question asks whether the danger, or the need to protect, grows. */
export function asksWhetherNeedGrows(question: string, language = 'en'): boolean {
  const forms = FORMS[language];
  if (!forms) return false;
  const lower = question.toLowerCase();
  return forms.asks.some((pattern) => pattern.test(lower)) && !(forms.other?.test(lower) ?? false);
}

/** True when an answer says that the danger and the need to protect grow. */
export function saysNeedGrows(answer: string, language = 'en'): boolean {
  return FORMS[language]?.gives.test(answer.toLowerCase()) ?? false;
}
