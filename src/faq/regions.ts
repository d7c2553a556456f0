/**
 * The regions reading of a question: "Can regions be members, or only cities?", "¿Pueden ser miembros
 * las regiones?", "Les régions peuvent-elles adhérer ?", "هل تشمل العضوية الأقاليم؟", "استان‌ها هم
 * می‌تونن عضو بشن؟". The page names "cities and regions" as ICORN's members; a question whether a
 * region can be one is answered by an entry whose answer says so, not by how a city joins, whose
 * questions speak of joining. The evidence is read from the answers, so an editor who words them
 * otherwise moves it.
 */
import { latin } from './wordEdges.js';

interface Forms {
  /** The question names regions (or provinces)... */
  region: RegExp;
  /** ... and asks about membership. */
  member: RegExp;
  /** An answer says that regions are members: "84 cities and regions". */
  gives: RegExp;
  /** "How does a region join?" asks how to join, which the entry on joining answers. */
  how: RegExp;
  /**
   * Or the question asks whether the members are only cities ("Les membres, ce sont uniquement des
   * villes ?"), naming no other kind of body ("Can a university become a member, or only cities?"
   * asks what the page does not say).
   */
  onlyCities?: RegExp;
  otherBody?: RegExp;
}

const FORMS: Record<string, Forms> = {
  en: {
    region: /\b(?:regions?|regional|provinces?|provincial|counties|county)\b/,
    member: /\b(?:members?|membership|join|joining|belong|part of|only (?:for )?cities|open to|among)\b/,
    gives: /\bcities and regions\b/,
    how: /\bhow\b|\b(?:procedure|process|steps|apply)\b/,
    onlyCities: /\b(?:only|just|solely) (?:the )?cities\b/,
    otherBody: /\b(?:universit(?:y|ies)|ngos?|organi[sz]ations?|associations?|compan(?:y|ies)|foundations?|individuals?|persons?|people|groups?|countries|states|institutions?)\b/,
  },
  es: {
    region: latin(/\b(?:regi[oó]n|regiones|regional|regionales|provincias?|provincial)\b/u),
    member: latin(/\b(?:miembros?|membres[ií]a|unirse|sumarse|adherirse|formar parte|pertenecer|s[oó]lo (?:para )?ciudades)\b/u),
    gives: latin(/\bciudades y regiones\b/u),
    how: latin(/\bc[oó]mo\b|\b(?:procedimiento|proceso|pasos|solicitar)\b/u),
    onlyCities: latin(/\b(?:s[oó]lo|solamente|[uú]nicamente) (?:las |de )?ciudades\b/u),
    otherBody: latin(/\b(?:universidad(?:es)?|ong|organizaci[oó]n(?:es)?|asociaci[oó]n(?:es)?|empresas?|fundaci[oó]n(?:es)?|personas?|individuos?|pa[ií]ses|estados|instituciones?)\b/u),
  },
  fr: {
    region: latin(/\b(?:r[ée]gions?|r[ée]gional\w*|provinces?|d[ée]partements?)\b/u),
    member: latin(/\b(?:membres?|adh[ée]r\w*|adh[ée]sion|rejoindre|faire partie|seulement (?:des |les |aux )?villes|uniquement (?:des |les |aux )?villes)\b/u),
    gives: latin(/\bvilles et r[ée]gions\b/u),
    how: latin(/\bcomment\b|\b(?:proc[ée]dure|d[ée]marches?|[ée]tapes)\b/u),
    onlyCities: latin(/\b(?:seulement|uniquement) (?:des |les |de )?villes\b/u),
    otherBody: latin(/\b(?:universit[ée]s?|ong|organisations?|associations?|entreprises?|fondations?|personnes?|individus?|pays|[ée]tats|institutions?)\b/u),
  },
  ar: {
    region: /(?:الأقاليم|الاقاليم|إقليم|اقليم|المناطق|منطقة|منطقه|المحافظات|محافظة|محافظه)/u,
    member: /(?:عضو|أعضاء|اعضاء|العضوية|العضويه|تنضم|ينضم|الانضمام|تشمل)/u,
    gives: /مدينة ومنطقة/u,
    how: /(?:كيف|ازاي|إزاي|شلون|كيفاش|اشلون|إجراءات|اجراءات|خطوات)/u,
  },
  fa: {
    region: /(?:استان|منطقه|مناطق)/u,
    member: /(?:عضو|عضویت|بپیوند|ملحق)/u,
    gives: /شهر و منطقه/u,
    how: /(?:چطور|چگونه|چجوری|چه جوری|مراحل|روند)/u,
  },
};

/** True when a question asks whether regions can be, or are, members. */
export function asksAboutRegions(question: string, language = 'en'): boolean {
  const forms = FORMS[language];
  const lower = question.toLowerCase();
  if (!forms || forms.how.test(lower)) return false;
  if (forms.region.test(lower)) return forms.member.test(lower);
  return (forms.onlyCities?.test(lower) ?? false) && forms.member.test(lower) && !forms.otherBody?.test(lower);
}

/** True when an answer says that regions are members. */
export function saysRegionsAreMembers(answer: string, language = 'en'): boolean {
  return FORMS[language]?.gives.test(answer.toLowerCase()) ?? false;
}
