/**
 * The what-is-offered reading of a question: "What does the organisation offer writers, artists and
 * journalists at risk?", "what does a city actually offer a persecuted writer?", "¿qué ofrece ICORN a
 * los periodistas?", "qu'est-ce que la ville offre à un écrivain ?", "شو بتقدم الشبكة للكتاب؟", "ایکورن
 * به نویسنده‌ها چی میده؟". Its answer is an entry whose answer says what ICORN offers them ("ICORN
 * offers spaces where writers, artists, and journalists at risk can express themselves freely ..."),
 * even when the words come nearer the project that keeps residencies going ("Does ICORN still offer
 * residencies?"). A question whether it still or will go on offering them is that project's.
 */
import { latin } from './wordEdges.js';

interface Forms {
  /** The question asks what is offered, given or provided. */
  asks: RegExp;
  /** To whom, or what: the people of the page or a residency (the question must name one; "what role does ICORN give civil society?" asks something else). */
  about: RegExp;
  /** Whether it still, or in future, offers them: the residencies project. */
  goingOn?: RegExp;
  /** An answer says what ICORN offers. */
  gives: RegExp;
}

const FORMS: Record<string, Forms> = {
  en: {
    // And what it lets them do: "What does ICORN say a residency allows the writer to do?".
    // And what it does for them: "what icorn do for people like him?".
    // And what it is beyond safety, or whether it is only a house: "... a residency, apart from
    // protection?", "icorn give only house and nothing else?".
    asks: /\bwhat\b[^.?!]{0,30}?\b(?:offer|offers|offered|give|gives|provide|provides|allow|allows|let|lets|enable|enables|do for|does for)\b|\b(?:beyond|apart from|other than|besides|more than) (?:just |mere |only )?(?:physical |personal |their |the )?(?:keeping (?:them |people |writers |artists )?safe|safety|protection|security|shelter|a (?:safe )?place|a roof|housing|a house)\b|\bonly (?:give |gives |a |offer )*(?:a )?(?:house|place to (?:sleep|live|stay)|roof|shelter|apartment|flat)\b/,
    about: /\b(?:writers?|authors?|poets?|artists?|musicians?|journalists?|bloggers?|cartoonists?|residents?|residenc(?:y|ies)|people like|someone like)\b/,
    goingOn: /\b(?:still|continue\w*|keep|future|anymore|any more|carry on|going forward|will)\b/,
    gives: /\boffers spaces where\b/,
  },
  es: {
    asks: latin(/\bqu[eé]\b[^.?!]{0,30}?\b(?:ofrece|ofrecen|da|dan|brinda|brindan|proporciona|proporcionan)\b|\bm[aá]s all[aá] de (?:la |su )?(?:seguridad|protecci[oó]n|ponerl[oa] a salvo)\b|\bsolo (?:un |una )?(?:casa|techo|lugar para (?:dormir|vivir))\b/u),
    about: latin(/\b(?:escritor\w*|autor\w*|poetas?|artistas?|m[uú]sic\w*|periodistas?|residencias?)\b/u),
    goingOn: latin(/\b(?:todav[ií]a|a[uú]n|sigue|seguir[aá]|continu\w*|futuro)\b/u),
    gives: latin(/\bofrece espacios donde\b/u),
  },
  fr: {
    asks: latin(/\b(?:qu['’]est-ce qu|que|quoi|qu['’])\b[^.?!]{0,30}?\b(?:offre|offrent|propose|proposent|donne|donnent|apporte|apportent)\b|\bau-del[àa] de (?:la |sa )?(?:s[ée]curit[ée]|protection|mise [àa] l['’]abri)\b|\bjuste (?:un |une )?(?:logement|toit|maison|endroit o[uù] dormir)\b/u),
    about: latin(/\b(?:[ée]crivain\w*|auteur\w*|po[eè]tes?|artistes?|musicien\w*|journalistes?|r[ée]sidences?)\b/u),
    goingOn: latin(/\b(?:toujours|encore|continu\w*|avenir)\b/u),
    gives: latin(/\boffre des espaces o[uù]\b/u),
  },
  ar: {
    asks: /(?:ماذا|شو|ايش|إيش|شنو|وش|ايه|إيه)\s+(?:\S+\s+){0,3}?(?:تقدم|يقدم|تقدّم|يقدّم|توفر|يوفر|توفّر|يوفّر|تعطي|يعطي|بتقدم|بيقدم|كتقدم)|(?:غير|بعد|إلى جانب|الى جانب|أبعد من|ابعد من)\s+(?:ال)?(?:حماي[ةه]|أمان|امان)|(?:بس|فقط)\s+(?:بيت|سكن|مكان للنوم)/u,
    about: /(?:كاتب|كتاب|كتّاب|الكتاب|فنان|صحفي|صحافي|الاقام|الإقام|إقام|اقام)/u,
    gives: /فضاءات يستطيع/u,
  },
  fa: {
    asks: /(?:چه|چی)\s*(?:\S+\s+){0,4}?(?:ارائه|فراهم|میده|می‌ده|میدن|می‌دن|می‌دهد|میدهد|می‌دهند|میدهند)|(?:جدا از|علاوه بر|غیر از|به‌جز|بجز)\s+(?:امنیت|حمایت|محافظت)|فقط\s+(?:یه\s+)?(?:خونه|خانه|جای خواب|سرپناه)/u,
    about: /(?:نویسنده|هنرمند|روزنامه|خبرنگار|اقامت)/u,
    gives: /فضاهایی فراهم/u,
  },
};

/** True when a question asks what ICORN, a city or a residency offers (and not whether it still will). */
export function asksWhatIsOffered(question: string, language = 'en'): boolean {
  const forms = FORMS[language];
  if (!forms) return false;
  const lower = question.toLowerCase();
  return forms.asks.test(lower) && forms.about.test(lower) && !(forms.goingOn?.test(lower) ?? false);
}

/** True when an answer says what ICORN offers. */
export function saysWhatIsOffered(answer: string, language = 'en'): boolean {
  return FORMS[language]?.gives.test(answer.toLowerCase()) ?? false;
}
