import { decide } from './decide.js';
import { createMatcher, type Matcher, type MatchResult, type QueryTerm } from './matcher.js';
import { DEFAULT_DECISION_CONFIG, DOMAIN_DECISION, PLAIN_DECISION, TRANSLATED_DECISION, TRANSLATED_PLAIN_DECISION, type DecisionConfig, type MatcherConfig } from './matcherConfig.js';
import { asciiDigits, persianLetters, type NormalizeOptions } from './normalize.js';
import { AT_RISK_ENTRY_ID, asksForHelp, readsAtRisk } from './atRisk.js';
import { ELIGIBILITY_ENTRY_ID, asksWhoIsIncluded } from './eligibility.js';
import { asksToContinueWork, saysWorkContinues } from './continuingWork.js';
import { asksWhatIsOffered, saysWhatIsOffered } from './offered.js';
import { asksAboutValues, namesValues } from './values.js';
import { ANSWER_FORMS, asksForm, givesForm, onlyInItsSentence, onlyWhereUnanswered, type AnswerForm } from './answerForms.js';
import { asksAboutRegions, saysRegionsAreMembers } from './regions.js';
import { aboutUnknownNames, describeDetail, detailAsked, givesDetail, saysWhatThePageLacks, selfDescribedOccupation, withoutDetailWords, type AskedDetail } from './notStated.js';
import { askingSentences, asksSomething, questionPart, questionWithAntecedent } from './questionPart.js';
import { escapeRegExp, latin } from './wordEdges.js';
import { isCommonEnglishWord, isCommonWordIn, isOccupation, isPlaceName } from './dictionary.js';
import { createSmallTalk, plain, type SmallTalkIntent, type SmallTalkRecogniser } from './smallTalk.js';
import { MAX_QUERY_LENGTH } from '../limits.js';
import type { Candidate, Decision, Entry, KnowledgeBase } from './types.js';

/** What the engine makes of one message. */
export type FaqReply =
  | { kind: 'empty' }
  | { kind: 'smallTalk'; intent: SmallTalkIntent }
  | (Decision & { match: MatchResult; greeting?: SmallTalkIntent; via?: Mechanism; atRisk?: Entry; lacking?: Lacking })
  | NotStated;

/**
 * On a fallback: a topic the page never speaks of that the question asks about ("can my wife come
 * with me?"), which the reply names instead of a plain "I don't have an answer".
 */
export interface Lacking {
  detail: AskedDetail;
  missing: string;
}

/**
 * The question asks for a kind of detail (a cost, a date, how many...) that the nearest entry does
 * not give: the reply says the page does not say it, then gives the closest fact (`candidate`).
 */
export interface NotStated {
  kind: 'notStated';
  detail: AskedDetail;
  /** "how many countries": what the page does not say, for the reply. */
  missing: string;
  candidate: Candidate;
  candidates: Candidate[];
  match: MatchResult;
  greeting?: SmallTalkIntent;
  via?: Mechanism;
}

/**
 * Which reading decided, when it was not the plain match of the whole message: the message read
 * with the last answer (a follow-up), its asking sentence alone (a long message), the at-risk
 * reading (someone in danger), the eligibility reading ("only writers?", `eligibility.ts`), the
 * continuing-work reading ("could I keep writing there?", `continuingWork.ts`), the what-is-offered
 * reading ("what does ICORN offer writers?", `offered.ts`), the values reading ("which values does
 * ICORN promote?", `values.ts`), the kinds of question one sentence of the page answers ("is the
 * danger growing?", "is it purely symbolic?", "only in Europe?": `answerForms.ts`), a number asked
 * for by someone who wants to call, what ICORN's head says ("according to the director..."), words
 * quoted from the page ("'ambassadors'"), the regions reading ("can regions be members?",
 * `regions.ts`), an entry named by its title ("sum up ICORN's vision"), two ways of reaching ICORN
 * asked together ("an email and a phone number?"), a count of members stated ("75 cities or 84?") or
 * who ICORN's head is, asked of a message about the head ("... the person heading ICORN. Who is he?").
 */
export type Mechanism = 'context' | 'question' | 'atRisk' | 'eligibility' | 'continuingWork' | 'offered' | 'values' | AnswerForm | 'phoneNumber' | 'headsView' | 'quoted' | 'pagePhrase' | 'regions' | 'named' | 'channels' | 'both' | 'statedCount' | 'whoHeads' | 'topicGiven';

/** A message, or part of one, as the matcher read it and the decision on it. */
interface Reading {
  match: MatchResult;
  decision: Decision;
}

/** What the engine may know of the conversation so far. */
export interface FaqContext {
  /** Id of the entry answered last, for follow-ups such as "and the phone?" or "tell me more". */
  lastEntryId?: string;
}

/** The FAQ engine the bot talks to: plain TypeScript, no Bot Framework. */
export interface FaqEngine {
  readonly knowledge: KnowledgeBase;
  /** Reads one message: small talk, or the match and the decision for a question. */
  ask(text: string, context?: FaqContext): FaqReply;
  /** The entry with this id in the current knowledge. */
  entry(id: string): Entry | undefined;
  /** Follow-up entries of an entry that exist in the current knowledge. */
  followUps(entry: Entry): Entry[];
  /** Replaces the whole knowledge base at once (live reload). */
  replaceKnowledge(knowledge: KnowledgeBase): void;
  /** The engine of the knowledge translated into a language (`translations/<code>.yaml`), if there is one. */
  inLanguage(language: string): FaqEngine | undefined;
}

/** Options of the engine: tuning for the matcher and the decision. */
export interface FaqEngineOptions {
  matcher?: Partial<MatcherConfig>;
  /** Normalisation steps (all on by default); for the evaluation's ablations. */
  normalize?: Partial<NormalizeOptions>;
  decision?: Partial<DecisionConfig>;
  /** Match the asking sentence of a long message too (default on); for the ablations. */
  questionPart?: boolean;
  /** Match the asking sentence with the sentence it points back to, when neither reading answers (default on); for the ablations. */
  antecedent?: boolean;
  /** Answer a question whether a kind of person is included ("only writers?") with who the residencies are for (default on). */
  eligibility?: boolean;
  /** Answer "could I keep writing there?" with an entry whose answer says residents go on working (default on). */
  continuingWork?: boolean;
  /** Answer "is the danger for journalists growing?" with an entry whose answer says it grows (default on). */
  growingNeed?: boolean;
  /** Answer "what does ICORN offer writers?" with an entry whose answer says what it offers (default on). */
  offered?: boolean;
  /** Answer "which values does ICORN promote?" with the entry naming values whose answer holds most of the question's words (default on). */
  values?: boolean;
  /** Answer "is ICORN's work purely symbolic?" with the entry that says "symbolic and practical" (default on). */
  symbolic?: boolean;
  /** Answer "is it run only by governments, with no NGOs?" with an entry that says "local authorities and civil society" (default on). */
  civilSociety?: boolean;
  /** Answer "icorn's stance on free expression?" with the entry that says "a fundamental human right" (default on). */
  freeExpression?: boolean;
  /** Answer "why should our city join?" with an entry that says ICORN engages or mobilises cities (default on). */
  whyJoin?: boolean;
  /** Answer "is ICORN only in Europe?" with an entry that says "across Europe and the Americas" (default on). */
  whereMembers?: boolean;
  /** Answer "what role should member cities take on?" with an entry that says "ambassadors for human rights" (default on). */
  citiesRole?: boolean;
  /** Answer "are the residencies only temporary?" with an entry that says "temporary protective residencies" (default on). */
  temporary?: boolean;
  /** Answer "what about the cities already in the network?" with an entry that says "retention of existing" cities (default on). */
  existingCities?: boolean;
  /** Answer "who does ICORN act together with?" with the entry that says "we act together with" (default on). */
  actsTogether?: boolean;
  /** Answer "what are we signing up to?" with an entry that says what each member commits to (default on). */
  commitment?: boolean;
  /** Answer "what is ICORN ultimately trying to achieve?" with the entry that states its principal objective (default on). */
  purpose?: boolean;
  /** Answer "does ICORN need partners, or work alone?" with the entries that quote its words on depending on partners (default on). */
  dependsOnPartners?: boolean;
  /** Answer "describing what ICORN does ... Could you summarise it?" with the entry that says what ICORN is (default on). */
  whatItDoes?: boolean;
  /** Answer "why is expanding the network a priority?" with the entries that give the expansion project's reason (default on). */
  whyExpand?: boolean;
  /** Answer "why would a city care about someone like me?" with the entry that says they take risks for all of us (default on). */
  whyProtect?: boolean;
  /** Answer "does ICORN work with other organisations?" with the entries on its partners and its cooperation (default on). */
  worksWithOthers?: boolean;
  /** Answer "is making their work visible something ICORN cares about?" with the entries that say residencies reinforce the impact of their work (default on). */
  visibility?: boolean;
  /** Answer "is ICORN working on the legal obstacles of moving someone to another country?" with the entries on its relocation project (default on). */
  relocationHurdles?: boolean;
  /** Answer "are they taking more cities?" with the entries on the network's expansion (default on). */
  moreCities?: boolean;
  /** Answer "how would membership shape our city's policy?" with the director's words on each city's policy (default on). */
  cityPolicy?: boolean;
  /** Answer "who is he and what is his position?" in a message about ICORN's head with the entry that says who heads it (default on). */
  whoHeads?: boolean;
  /** Give the last answer again for a short question why after it ("why they let me?"), which asks the reason it gives (default on). */
  whyFollowUp?: boolean;
  /** Read a question without what it is asked for (", so I can check it directly") where the words found no answer (default on). */
  purposeClause?: boolean;
  /** Answer "they have number?", in a message that speaks of calling, with an entry that gives the phone number (default on). */
  phoneNumber?: boolean;
  /** Answer a question that quotes the page with the entry whose answer says it (default on). */
  quoted?: boolean;
  /** Answer with the entries that alone hold two words in a row of the question ("democratic values"), where the words found no answer (default on); for the ablations. */
  pagePhrase?: boolean;
  /** Answer "what does the director think?" with what the head says (default on). */
  headsView?: boolean;
  /** Answer "can regions be members?" with an entry whose answer names regions among the members (default on). */
  regions?: boolean;
  /** Answer messages that read as coming from someone at risk with the `at-risk` entry (default on). */
  atRisk?: boolean;
  /** Read a message that asks beside its thanks or apology as a question, not as small talk (default on). */
  questionBesideSmallTalk?: boolean;
  /** Answer a message that states a count of members ("75 member cities") with the entry that states the count (default on). */
  statedCount?: boolean;
  /** Answer a question about a topic the page's text never speaks of with an entry about that topic (default on); for the ablations. */
  topicGiven?: boolean;
  /** Answer a question for two ways of reaching ICORN or more with an entry that gives them all (default on). */
  channels?: boolean;
  /** Answer a question two entries come equally near with the entry whose answer holds both of theirs (default on). */
  both?: boolean;
  /** Answer an entry the message names by its title ("ICORN's vision") where the words found no answer (default on). */
  namedTitle?: boolean;
  /** Read the kinds of question (who is included, the answer forms, danger) with the typos the matcher corrected put right (default on). */
  typosInReadings?: boolean;
  /** Answer the clear question of such a message too, after the at-risk entry (default on); for the ablations. */
  atRiskQuestion?: boolean;
  /** Answer an earlier question of a message where its last question found no answer (default on). */
  earlierQuestion?: boolean;
  /** Say first what the page does not give when someone in danger asks for such a detail, then the at-risk answer as the closest fact (default on). */
  atRiskLacking?: boolean;
  /** Say "the page does not say" for a detail no near entry gives (default on). */
  notStated?: boolean;
  /** Read a yes-or-no question about a name the knowledge does not know as such a detail (default on); for the ablations. */
  unknownNames?: boolean;
  /** Read a question about a topic the page never speaks of (visas, family...) as such a detail (default on); for the ablations. */
  topics?: boolean;
  /** Answer "what did he say?" after an answer with what someone of it said (default on); for the ablations. */
  whatWasSaid?: boolean;
  /** Go on with the last topic for a follow-up that is only a phrase ("and towns?") (default on); for the ablations. */
  ellipsis?: boolean;
  /** Give the last answer as the closest fact to a short follow-up that asks such a detail (default on); for the ablations. */
  followUpDetails?: boolean;
  /** The decision for a question with a word of the vocabulary's `domain` (default: a clearer lead answers). */
  domainDecision?: Partial<DecisionConfig>;
  /** The decision for a question without one (default: a menu needs a surer best entry). */
  plainDecision?: Partial<DecisionConfig>;
  /** The decision of the engines of translated knowledge (default `TRANSLATED_DECISION`). */
  translatedDecision?: Partial<DecisionConfig>;
}

/** Words that point back to the last answer: "his email", "who said it", "that one". */
const ANAPHORA = /\b(?:he|him|his|she|her|hers|it|its|they|them|their|that|this|those|these)\b/i;

/** Possessives of the translated languages, which ask for something of the last answer's: "¿y su correo?". */
const POSSESSIVE_IN: Record<string, RegExp> = {
  es: latin(/\b(?:su|sus)\b/iu),
  fr: latin(/\b(?:son|sa|ses|leur|leurs)\b/iu),
  // Arabic and Persian write "his" as an ending: "بريده" (his email), "ایمیلش".
  ar: /(?:بريده|هاتفه|رقمه|عنوانه|[اإ]يميله|بريدها|هاتفها|[اإ]يميلها)(?![\p{L}\p{M}])/u,
  fa: /(?:ایمیلش|تلفنش|شماره‌اش|شمارش|آدرسش)(?![\p{L}\p{M}])/u,
};

/** The same in the translated languages that write them as words: "¿y su correo?", "et son email ?". */
const ANAPHORA_IN: Record<string, RegExp> = {
  es: latin(/\b(?:su|sus|él|ella|ellos|ellas)\b/iu),
  fr: latin(/\b(?:son|sa|ses|lui|il|elle|ils|elles|leur|leurs)\b/iu),
  ar: POSSESSIVE_IN.ar!,
  fa: POSSESSIVE_IN.fa!,
};

/** A contact detail of someone: "phone number of the police" (the someone is the captured word). */
const CONTACT_OF = /\b(?:phone(?: number)?|telephone(?: number)?|number|e-?mail(?: address)?|address|website|web ?site|contact(?: details)?)\s+(?:of|for)\s+(?:the |a |an |your |our )?([a-z]+)/;

/** Pronouns: the someone of a contact detail that points back ("is there an email for him?"). */
const POINTS_BACK = /^(?:him|her|them|it|this|that|these|those|they|he|she|me|us|you)$/;

/**
 * Words after "for" or "of" that name what the contact is for, or the organisation itself, not
 * someone else: "the email address for enquiries", "a telephone number for the organisation".
 */
const NO_ONE_ELSE = /^(?:enquiries|enquiry|inquiries|inquiry|questions?|information|info|general|organi[sz]ation|network|office|secretariat|team|staff|press|media|contact|contacting|applications?|applying|members?|membership|cities|partners?|partnerships?|cooperation|collaboration|funding|donations?|donors?|residenc(?:y|ies)|interviews?|writers|artists|journalists)$/;

/**
 * The same in Spanish and French: "el número de la policía", "el correo de atención al cliente de mi
 * banco", "l'adresse courriel de ma banque" ask for someone else's contact; "el correo de ICORN", "le
 * téléphone du réseau" for ICORN's own.
 */
const CONTACT_OF_IN: Record<string, { of: RegExp; pointsBack: RegExp; noOneElse: RegExp; purpose?: RegExp; someone?: RegExp }> = {
  en: { of: CONTACT_OF, pointsBack: POINTS_BACK, noOneElse: NO_ONE_ELSE },
  es: {
    of: latin(/\b(?:n[uú]mero(?: de tel[eé]fono)?|tel[eé]fono|email|e-mail|correo(?: electr[oó]nico)?|mail|direcci[oó]n|p[aá]gina web|sitio web|web|contacto)(?: de atenci[oó]n al cliente)?\s+(?:de|del|para)\s+(?:la |el |los |las |mi |mis |tu |tus |su |sus |una |un )?(\p{L}+)/u),
    pointsBack: /^(?:él|el|ella|ellos|ellas|usted|ustedes|ti|mí)$/u,
    noOneElse: /^(?:icorn|red|organizaci[oó]n|oficina|secretar[ií]a|equipo|prensa|contacto|informaci[oó]n|consultas|preguntas|solicitudes|miembros|ciudades|socios|ustedes)$/u,
    // A purpose, not someone: "correo para contactar a ICORN".
    purpose: latin(/\bpara (?:\p{L}+(?:ar|er|ir)(?:me|nos|le|les|los)?)\b/u),
  },
  fr: {
    of: latin(/\b(?:num[ée]ro(?: de t[ée]l[ée]phone)?|t[ée]l[ée]phone|t[ée]l|courriel|e-?mail|mail|adresse(?: courriel| mail| e-mail| [ée]lectronique)?|site(?: web| internet)?|contact)(?:\s+(?:de|du|des|pour)\s+|\s+d['’])(?:la |le |l['’]|les |ma |mon |mes |ta |ton |tes |votre |vos |sa |son |ses |une |un )?(\p{L}+)/u),
    pointsBack: /^(?:lui|elle|eux|elles|vous|moi)$/u,
    noOneElse: /^(?:icorn|r[ée]seau|organisation|bureau|secr[ée]tariat|[ée]quipe|presse|contact|information|informations|renseignements|questions|demandes|membres|villes|partenaires|vous)$/u,
    // A purpose, not someone: "adresse courriel pour joindre icorn".
    purpose: latin(/\b(?:pour|afin de) (?:\p{L}+(?:er|ir|re))\b/u),
  },
  // Persian names whose contact after the word for it (ezafe), a word that may be anything: only one
  // that ends in "my" or "our" and has a word after it counts as someone ("شماره صاحبخونمو داری؟",
  // "ایمیل وکیلم رو دارید؟"); not a verb that ends the sentence ("به مدیر ایمیل بزنم") nor a question
  // word ("ایمیل دارید؟", "شماره تماس چیه؟").
  fa: {
    of: /(?:^|[\s،؟?!.:])(?:شماره|تلفن|ایمیل|ايميل|آدرس|ادرس|سایت|سايت|وبسایت|وبسايت)(?:\u200c?(?:ی|ي|ٔ))?(?:\s+(?:تماس|تلفن|موبایل|موبايل|همراه))?\s+([^\s،؟?!.:]+)(?=\s+[^\s،؟?!.:])/u,
    pointsBack: /^(?:او|اون|ایشان|ايشان|وی)$/u,
    noOneElse: /^(?:icorn|آیکورن|ايكورن|ایکورن|شبکه|سازمان|دفتر|دبیرخانه|دبيرخانه|تیم|تيم|تماس|شما)$/u,
    // Or a body or person of everyday life, who is never ICORN: "شماره تلفن سفارت آلمان", "شماره وکیل".
    someone: /\p{L}{2,}(?:م|مو|مون|مونو)$|^(?:سفارت|سفارتخانه|کنسولگری|اداره|پلیس|بیمارستان|وکیل|دکتر|داکتر|پزشک|دندانپزشک|دندونپزشک|بانک|شرکت|مدرسه|هتل)$/u,
  },
};

/**
 * Applying for something the page never offers: a credit card, a loan, a scholarship, a passport
 * ("how do i apply for a credit card", "¿cómo solicito una beca?", "كيف اقدم على بطاقة ائتمان"), or
 * a tourist visa ("il faut quoi comme papiers pour un visa touriste ?"). It is not how to apply for a
 * residency, nor how a city joins. Any other visa, a job or a permit is not here: the page's silence
 * on those is said by the reading of what it lacks.
 */
const APPLIES_FOR_ELSE: Record<string, RegExp> = {
  en: /\b(?:apply|applying|application|request|get|obtain)\b[^.?!,]{0,20}\b(?:credit cards?|debit cards?|bank cards?|loans?|mortgages?|scholarships?|passports?|bank accounts?|insurance|driv(?:er'?s|ing) licen[cs]es?|refunds?|american express|amex|w-?2)\b|\btouris[tm]\w* visas?\b|\bvisas? for (?:touris\w*|a holiday|holidays|vacation)\b/,
  es: latin(/\b(?:solicit\w*|pedir|pido|tramitar|tramito|sacar|saco|obtener|postular\w*)\b[^.?!,]{0,20}\b(?:tarjetas? de (?:cr[eé]dito|d[eé]bito)|pr[eé]stamos?|hipotecas?|becas?|pasaportes?|cuentas? bancarias?|seguros?|licencias? de conducir|reembolsos?)\b|\bvisa(?:do)?s? (?:de turista|tur[ií]stic[oa]s?)\b/u),
  fr: latin(/\b(?:demande[rsz]?|postuler|obtenir|faire une demande)\b[^.?!,]{0,25}\b(?:cartes? (?:de cr[ée]dit|bancaires?|bleues?)|pr[eê]ts?|cr[ée]dits? (?:immobiliers?|bancaires?)|hypoth[eè]ques?|bourses?(?: d['’][ée]tudes)?|passeports?|comptes? bancaires?|assurances?|permis de conduire|remboursements?)\b|\bvisas? (?:de )?touris\w*/u),
  ar: /(?:اقدم|أقدم|تقديم|اطلب|أطلب|طلب|احصل|أحصل|استخرج|أستخرج)[^.?!؟،]{0,20}(?:بطاقة ائتمان|بطاقه ائتمان|بطاقة بنكية|البطاقة الائتمانية|قرض|منحة دراسية|منحه دراسيه|جواز سفر|جواز السفر|حساب بنكي|تأمين|رخصة قيادة|رخصة سياقة)|(?:تأشيرة|تاشيرة|فيزا) (?:سياحية|سياحيه|سياحة|السياحة)/u,
  fa: /(?:کارت اعتباری|کارت بانکی|وام|بورسیه|پاسپورت|گذرنامه|حساب بانکی|بیمه|گواهینامه)[^.?!؟،]{0,20}(?:درخواست|بگیرم|تقاضا|اقدام|بگیریم)|(?:درخواست|تقاضای)\s+(?:کارت اعتباری|کارت بانکی|وام|بورسیه|پاسپورت|گذرنامه|حساب بانکی|بیمه|گواهینامه)|(?:ویزای|ویزا|روادید) (?:توریستی|گردشگری)/u,
};

/** An answer that gives a way to reach ICORN: an email address. */
const GIVES_AN_ADDRESS = /\S@[\w-]+\.\w/;

/** A contact detail of "him" or "her": "what is his mail?" after "I want to write to the chief of icorn", "a direct way to reach him?". */
const THEIR_CONTACT = /\b(?:his|her)\s+(?:(?:correct|right|direct|personal|own|exact|real|official|current|work|private)\s+)?(?:e-?mail|mail|phone|number|address|contact|contacts)\b|\b(?:e-?mail|mail|phone number|number|address|contact)\s+(?:for|of|to reach)\s+(?:him|her)\b|\b(?:reach|contact|write to|e-?mail|call|phone|ring|get in touch with|get hold of)\s+(?:him|her)\b/;

/** Who someone is, asked of a message that named them: "Who is it?" after "the director's full name and title". */
const WHO_IT_IS = /\bwho is it\b|\bwho (?:is|'s) (?:the )?(?:person|one)\b|\b(?:full |exact |official )?name and (?:job )?(?:title|position)\b/;

/** An asking sentence that asks who someone is or how to reach them, not what they say. */
const ASKS_WHO_OR_HOW_TO_REACH = /\bwho (?:heads|leads|runs|is|are|directs)\b|\b(?:e-?mail|email address|phone|telephone|number|contact)\b/;

/** A short follow-up that asks who said what the last answer quotes: "says who?", "who said that?", "whose words are these?". */
const WHO_SAID = /^(?:and |so |but |ok,? |okay,? )?(?:says who|who said (?:that|this|it|those words|these words)|who (?:is|was) (?:the )?(?:speaker|author)|whose (?:words|quote|quotation) (?:is|are|was|were) (?:that|this|these|those|it)|who is (?:being )?quoted)\s*\??$/;

/** An answer that quotes someone: a quotation in curly quotes or a Markdown blockquote. */
const QUOTES_SOMEONE = /“[^”]{20,}”|^>\s/m;

/** A short follow-up that asks who someone of the last answer is: "what's his exact title?", "his name?", "who is he?". */
const WHO_THEY_ARE = /\b(?:his|her|(?:helge )?lunde's|helge's)\s+(?:exact\s+|full\s+|official\s+)?(?:name|title|job title|position|job|role)\b|\b(?:title|job title|position|job|role) of (?:mr\.? )?(?:helge|lunde)\b|\bwho is (?:he|she)\b/;

/**
 * "number" asked as a thing to have or be given, not a count ("they have number?", "What number does
 * ICORN give?"), or a phone number named so ("ICORN phone number for the fact box"; not "my phone
 * number"), in a message that speaks of calling: the phone number. "The number of cities" and "how
 * many" are counts.
 */
const ASKS_A_NUMBER = /\b(?:what|which|the|their|its|your|a|have|has|give|gives|any)\s+number\b(?!\s+of\b)|(?<!\bmy )\b(?:phone|telephone) number\b(?!\s+of\b)/;
const SPEAKS_OF_CALLING = /\b(?:phone|telephone|call|calling|ring|dial|phone line|main line|whatsapp|by voice)\b/;
const HOW_MANY = /\bhow many\b|\bnumber of\b/;

/**
 * A count of members that a message states ("75 member cities", "84 cities and regions", "80 villes"):
 * a question about how many members there are, whatever else the message is about; the entry whose
 * answer states such a count answers it.
 */
const STATED_COUNT: Record<string, { asks: RegExp; gives: RegExp }> = {
  en: { asks: /\b\d{2,3}\s+(?:member\s+)?(?:cities|city|citys|towns|municipalities|members|member cities)\b/, gives: /\b\d{2,3} cities\b/ },
  es: { asks: latin(/\b\d{2,3}\s+(?:ciudades|municipios|miembros)\b/u), gives: /\b\d{2,3} ciudades\b/ },
  fr: { asks: latin(/\b\d{2,3}\s+(?:villes|communes|membres)\b/u), gives: /\b\d{2,3} villes\b/ },
  // Read with Persian and Arabic-Indic digits as ASCII ones ("۷۵ تا شهر").
  fa: { asks: /(?<!\d)\d{2,3}\s*(?:تا\s*)?(?:شهر|عضو)/u, gives: /(?<!\d)\d{2,3} شهر/u },
  ar: { asks: /(?<!\d)\d{2,3}\s*(?:مدينة|مدينه|مدن|عضو|أعضاء|اعضاء)/u, gives: /(?<!\d)\d{2,3} مدينة/u },
};

/** A count of countries that a message states, in any language of the knowledge: "18 countries", "18 pays", "۱۸ کشور". */
const COUNTRIES_STATED = /(?<![\d.,])(\d{1,3})\s+(?:countries|countrys|pa[ií]ses|pays|کشور|دولة|دول|بلدان|بلد)/u;

/** A phone number as the answers write it: "+47 51507125". */
const PHONE_NUMBER = /\+\d[\d ]{6,}\d/;
/**
 * ICORN's number asked about: a number written beside it may be its own ("is this really the icorn
 * number?"); not someone else's ("my lawyer's number is +33 ...") nor one's own ("... or call +47 900 12 345").
 */
const ICORN_NUMBER_ASKED = /\b(?:icorn'?s?|their|your|the (?:right|real|correct|official)|official|this|that) (?:phone |telephone )?number\b|\bnumber (?:of|for) icorn\b/;
/** A phone number written out in a message: "+47 51507125", "0047 515 07 125". */
const WRITTEN_PHONE_NUMBER = /(?:\+|\b00)\d[\d .()-]{6,}\d/;

/**
 * Ways of reaching ICORN, as a question asks for them and as an answer gives them: two or more asked
 * together ("a general email and a phone number", "their official site and a phone number") are
 * answered by an entry that gives them all.
 */
const CHANNELS: ReadonlyArray<{ asks: RegExp; gives: RegExp }> = [
  { asks: /\be-?mails?\b|\bmail address\b/, gives: GIVES_AN_ADDRESS },
  { asks: /\b(?:phone|telephone|call|ring)\b|\bnumber\b(?!\s+of\b)/, gives: PHONE_NUMBER },
  { asks: /\b(?:website|web ?site|site|url|homepage|web page)\b/, gives: /\bwww\.|https?:\/\// },
];

/** ICORN's head named in so many words, not only "the boss" or "the chief". */
const HEAD_NAMED = /\bexecutive director\b|\bhelge\b|\blunde\b/;
/** The one person of the page a message may name before asking for his contact: its head. */
const THE_HEAD = /\b(?:director|chief|head|boss|leader|ceo|manager|helge|lunde)\b/;

/**
 * The same in Persian: "his email" is the word with "his" (ش) on it or on the word after it ("ایمیلش",
 * "email شخصیش"), of a message that names the head ("مدیر اجرایی", "هلگه لونده").
 */
const THEIR_CONTACT_IN: Record<string, { theirs: RegExp; head: RegExp; word: string }> = {
  en: { theirs: THEIR_CONTACT, head: THE_HEAD, word: 'director' },
  // "¿Quién es y a qué correo podemos escribirle?" after "la persona que dirige ICORN".
  es: {
    theirs: latin(/\bsu (?:correo(?: electr[oó]nico)?|e-?mail|mail|tel[eé]fono|n[uú]mero|contacto)\b|\b(?:escribirle|contactarle|contactarlo|llamarle|llamarlo|escribirlo)\b/u),
    head: latin(/\b(?:director|directora|dirige|dirigen|jefe|responsable|helge|lunde)\b/u),
    word: 'director',
  },
  fr: {
    theirs: latin(/\bson (?:adresse|courriel|e-?mail|mail|num[ée]ro|t[ée]l[ée]phone|contact)\b|\b(?:lui [ée]crire|le contacter|le joindre|l['’]appeler)\b/u),
    head: latin(/\b(?:directeur|directrice|dirige|patron|responsable|helge|lunde)\b/u),
    word: 'directeur',
  },
  fa: {
    theirs: /(?:ایمیل|e-?mail|میل|شماره|تلفن|آدرس)(?:ش|\s+[^\s،؟?!.:]+ش)(?=$|[\s،؟?!.:])/u,
    head: /مدیر|رئیس|رییس|هلگه|لونده|helge|lunde/u,
    word: 'مدیر',
  },
};

/** Questions about the present moment, never about the last answer: "what time is it?", "what's the date today?". */
const HERE_AND_NOW = /\bwhat time is it\b|\bwhat(?:'s| is) the (?:time|date|weather)\b|\b(?:today'?s|the current) (?:date|time|weather)\b|\bwhat day is (?:it|today)\b/;

/**
 * A short follow-up that asks for something besides the last answer: "any other quote?", "another
 * project?", "what else?"; not "What other organisations does ICORN work with?", which asks about them.
 */
const ANOTHER = /\b(?:any ?other|another|anything else|something else|what else|other ones?|others)\b/i;
const ANOTHER_WORDS = 6;

/**
 * A follow-up that is only a phrase after "and" or "what about" (the phrase is captured): no question
 * word, no verb of its own. English only: the translated knowledge's lower bars already answer "¿y las
 * regiones?" or "et les collectivités locales ?" with the entry the phrase names.
 */
const ELLIPSIS: Record<string, RegExp> = {
  en: /^(?:and|what about|how about)\s+(?!(?:what|who|whom|whose|which|how|where|when|why|is|are|was|were|do|does|did|can|could|will|would|should|may|might|has|have|had|i|you|he|she|it|we|they)\b)([^?.!]*?)\s*\?*$/i,
};
/** Most words of that phrase. */
const ELLIPSIS_WORDS = 4;
/** Least confidence of the last entry for such a phrase to go on with it. */
const ELLIPSIS_CONFIDENCE = 0.25;

/** How many words a text has (runs of letters between spaces; none for an empty text). */
function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** An asking sentence that asks whom to contact ("qui faut-il contacter ?", "¿a quién le escribimos?"). */
const WHOM_TO_CONTACT: Record<string, RegExp> = {
  // And "Where should a city turn to start the conversation?".
  en: /\b(?:who|whom) (?:should|do|can|could|must|shall) (?:i|we) (?:contact|write to|get in touch with|talk to|speak (?:to|with)|reach)\b|\bwho to (?:contact|write to)\b|\bwhere (?:should|do|can|could|must) (?:i|we|a city|our city|a town|one|an? (?:organi[sz]ation|ngo|foundation)) turn\b/,
  fr: latin(/\bqui (?:faut-il |dois-je |devons-nous |puis-je |peut-on |on doit )?(?:contacter|joindre)\b|\b[àa] qui (?:[ée]crire|s['’]adresser|faut-il [ée]crire|dois-je [ée]crire|devons-nous [ée]crire)\b/u),
  es: latin(/\ba qui[ée]n (?:le |les )?(?:escrib\w*|contact\w*|llam\w*)\b|\bcon qui[ée]n (?:hablo|hablamos|me pongo en contacto|nos ponemos en contacto|contacto)\b/u),
};

/**
 * A follow-up that asks what someone of the last answer said: "what did he say?" after the director,
 * "what did they say?" after the partners, "¿y qué dijo?", "qu'a-t-il dit ?".
 */
const ASKS_WHAT_WAS_SAID: Record<string, RegExp> = {
  en: /\bwhat (?:did|does|do|has|have|would) (?:he|she|they|it) (?:say|said|says|write|wrote|think|thinks|mean)\b|\bwhat (?:is|are|were|was) (?:his|her|their|its) (?:words|quotes?|statement|message|view|views|opinion)\b|\b(?:his|her|their) (?:words|quotes?|statement)\b|\bquotes? (?:from|by) (?:him|her|them)\b/,
  es: latin(/\bqu[eé] (?:dijo|dice|dijeron|dicen|ha dicho|han dicho|opina|opinan|piensa|piensan)\b|\bsus palabras\b/u),
  fr: latin(/\bqu['’]\s*(?:a-t-il|a-t-elle|ont-ils|ont-elles|est-ce qu['’]\s*(?:il|elle|ils|elles) (?:a|ont)) dit\b|\bqu['’]\s*est-ce qu['’]\s*(?:il|elle|ils|elles) (?:dit|disent|pense|pensent)\b|\bque (?:dit|disent|pense|pensent)-(?:il|elle|ils|elles)\b|\bses (?:mots|paroles)\b/u),
};
/** Most words of such a follow-up. */
const SAID_WORDS = 7;

/** An entry whose question asks what someone says: "What did the executive director say about ICORN?". */
const GIVES_WHAT_WAS_SAID: Record<string, RegExp> = {
  en: /\b(?:say|says|said|quote|quotes)\b/,
  es: latin(/\b(?:dice|dijo|dicho|cita)\b/u),
  fr: latin(/\b(?:dit|dire|citation)\b/u),
};

/**
 * A question about what ICORN's head says or thinks: "According to its executive director, what is
 * ICORN's job?", "Does ICORN's leadership share that assessment?", "¿Qué opina el director?", "selon
 * le directeur". The first pattern names the head, the second asks for a view or words.
 */
const ASKS_HEADS_VIEW: Record<string, [RegExp, RegExp]> = {
  en: [
    /\b(?:executive director|director|head|leader|leadership|chief)\b|\bhelge\b|\blunde\b/,
    // "say" and "think" after a question's verb ("what does the director think"), not "I want to say thanks to the director".
    /\baccording to\b|\b(?:says|said|thinks|thought|view|views|opinion|assessment|words|quote|quoted|quotes|statement|believes|stance)\b|\b(?:does|did|do|would|has|have) (?:\S+ ){0,4}(?:say|think|believe)\b/,
  ],
  es: [latin(/\b(?:director|directora|jefe|responsable)\b|\bhelge\b|\blunde\b/u), latin(/\bseg[uú]n\b|\b(?:dice|dijo|piensa|opina|opini[oó]n|palabras|cita|declar\w*)\b/u)],
  fr: [latin(/\b(?:directeur|directrice|dirigeant|dirigeants)\b|\bhelge\b|\blunde\b/u), latin(/\bselon\b|\b(?:dit|dire|pense|avis|mots|citation|propos|d[ée]clar\w*)\b/u)],
};

/**
 * A head who is someone else's: "our finance director", "my festival's artistic director", "el director
 * de mi periódico", "le directeur de notre théâtre". Not ICORN's head, whose view the reading above looks for.
 */
const ANOTHER_HEAD: Record<string, RegExp> = {
  en: /\b(?:our|my|the city's|the festival's|finance|financial|artistic|festival|programme|program|communications|museum|theatre|theater|film|cultural|culture|department|school|hospital|managing|creative|editorial)(?:'s)? (?:executive |artistic |managing |finance )?(?:director|head|leader|chief)\b/g,
  es: latin(/\b(?:el |la )?(?:director|directora|jefe|jefa|responsable) (?:de|del) (?:mi|mis|nuestro|nuestra|nuestros|nuestras|tu|su) \p{L}+/gu),
  fr: latin(/\b(?:le |la )?(?:directeur|directrice|dirigeant) (?:de|du) (?:mon|ma|mes|notre|nos|ton|ta|son|sa) \p{L}+|\b(?:notre|mon|ma) (?:directeur|directrice)\b/gu),
};

/**
 * Words a question quotes from the page: in quotation marks ("cities to become 'committed actors for
 * human rights'", « villes refuges »), or after "mean by" ("what does icorn mean by safe havens?").
 * Apostrophes inside words ("ICORN's") are no quotation marks.
 */
const QUOTED = /(?<![\p{L}\p{N}])["“”«‘'](?! )([^"“”«»‘’'\n]{3,80}?)(?<! )["”“»’'](?![\p{L}\p{N}])/gu;
const MEANT_BY = /\b(?:mean|means|meant) by (?:a |an |the |its |their )?([^?.!,;:]{3,60})/i;
/** The same asked as typed on a phone: "what is mean safe haven in icorn?", "what mean safe haven". */
const MEANING_OF = /\bwhat (?:is |are )?(?:mean|means) (?:a |an |the )?([^?.!,;:]{3,60})/i;
/** What ICORN says, reported: "What does ICORN mean when it says these writers take risks for all of us?", "why they say writers take risks for all of us?". */
const WHEN_IT_SAYS = /\b(?:when|where|why (?:do |does |did )?) ?(?:it|they|icorn|the page|the network) (?:says?|said|writes?|wrote|talks? about|speaks? of) (?:that )?([^?.!;:]{8,80})/i;
/** A phrase the question asks whether ICORN uses: "does icorn mention human rights violations", "Does ICORN explicitly use the word hospitality anywhere?". */
const MENTIONS = /\b(?:icorn|it|they|the page|the network)(?: \w+)? (?:mention|mentions|use the words?|uses the words?|talk about|talks about|say anything about|says anything about|refer to|refers to) (?:the )?([^?.!,;:]{3,60})/i;
/** Fewest words in a row of a reported saying that an answer must hold. */
const SAYING_WORDS = 3;
/** Most entries whose answers hold a quoted phrase, for it to point at one of them. */
const QUOTED_IN_AT_MOST = 3;
/** Most quotations of a question that are read. */
const MOST_QUOTED = 3;

/** A follow-up this short ("which ones?", "is it paid?") is read as asking about the last answer. */
const FOLLOW_UP_WORDS = 4;
/** How far a follow-up's own answer must lead the last entry, as the follow-up alone reads them, to stand against the last question's pull. */
const CLEAR_OF_LAST = 0.3;

/**
 * What a question is asked for, after it: ", so I can check it directly", ", so that we can cite it".
 * It starts right after a word (the look-behind), so a long run of spaces is tried from one place
 * only, not from each of its spaces in turn.
 */
const PURPOSE_CLAUSE: Record<string, RegExp> = {
  en: /(?<=[^\s,]),?\s+(?:so (?:that )?|in order (?:for|that) )(?:i|we|they|readers|people|our \w+)\b[^.?!]*/i,
  // "adresse mail pour contacter icorn ?", "un numéro pour joindre le réseau": the way asked for, not whom to contact.
  fr: latin(/(?<=[^\s,]),?\s+(?:pour|afin de) (?:contacter|joindre|[ée]crire [àa]|appeler|les contacter|les joindre|vous contacter|vous joindre|vous [ée]crire)\b[^.?!]*/iu),
};

/** A question why, or what for, in a follow-up: "why they let me?", "Why cities, in his view?", "to what end?". */
const ASKS_WHY = '^(?:and |but |so )?(?:why|how come|to what end|what for|(?:for|with|to) what (?:purpose|reason|aim|goal|end))';
const WHY_FOLLOW_UP = new RegExp(`${ASKS_WHY}\\b`, 'i');
/** A follow-up that is nothing but a question why or what for: "why?", "with what aim?", "to what end?". */
const WHY_ALONE = new RegExp(`${ASKS_WHY}\\s*\\?*$`, 'i');
/** A follow-up that is nothing but "how?": "how so?", "but how?", "in what way?". */
const HOW_ALONE = /^(?:and |but |so |ok,? )?(?:how|how so|how exactly|in what way|how come that)\s*\?*$/i;
/** A short follow-up asking when or for how long: "until when it goes?", "for which years?". */
const WHEN_FOLLOW_UP = /^(?:and |but |so |ok,? )?(?:until when|till when|up to when|since when|for how long|how long|what period|which period|which years|for which years|what years|when (?:does|will) it (?:end|start|run|finish))\b/i;
/** A year or a period of years that an answer states: "2024-2028". */
const STATES_A_YEAR = /\b(?:19|20)\d{2}\b/;

/** Confidence at which an asking sentence reads as one of the knowledge's questions, near word for word. */
const NEAR_VERBATIM = 0.9;

/** How far below the answer a near entry may be and still answer instead, when it gives the detail asked and the answer does not. */
const DETAIL_WINDOW = 0.1;

/** Least confidence of a fact given as the closest to a detail the page lacks, beside an entry that says what the page lacks. */
const NEAR_FACT_CONFIDENCE = 0.35;

/** After a greeting, at most this many unrecognised words are still read as small talk ("hi, how goes"). */
const MAX_SMALL_TALK_REST_WORDS = 4;

/**
 * The rest of a message after a greeting, as typed: "Good afternoon. I work for a city. What are the
 * obligations of a member?" keeps its sentences, which the asking sentence is read from (the small
 * talk reading gives the rest without punctuation).
 */
function asTyped(query: string, rest: string): string {
  const words = query.split(/\s+/);
  for (let dropped = 1; dropped < Math.min(words.length, MAX_GREETING_WORDS + 1); dropped++) {
    const candidate = words.slice(dropped).join(' ');
    if (plain(candidate) === rest) return candidate;
  }
  return rest;
}

/** How near the second entry must come to the first, for a question asked of both (`both`). */
const BOTH_NEAR = 0.85;

/** The word that asks between two things ("grow or keep the cities it has"), as `eitherSide` splits on it. */
const OR_IN: Record<string, RegExp> = {
  en: /\bor\b/iu,
  es: latin(/\b[ou]\b/iu),
  fr: latin(/\bou(?: bien)?\b/iu),
  ar: /(?<![\p{L}])أو(?![\p{L}])|(?<![\p{L}])أم(?![\p{L}])/u,
  fa: /(?<![\p{L}])یا(?![\p{L}])/u,
};

/** Most words a greeting in front of a question takes ("good afternoon there"). */
const MAX_GREETING_WORDS = 6;

/** Creates the engine over a knowledge base. */
export function createFaqEngine(knowledge: KnowledgeBase, options: FaqEngineOptions = {}): FaqEngine {
  let matcher: Matcher = createMatcher(knowledge, options.matcher, options.normalize);
  /** The language of the knowledge this engine reads (its question forms and danger signs). */
  const language = options.normalize?.language ?? 'en';
  let recogniseSmallTalk: SmallTalkRecogniser = createSmallTalk(knowledge.vocabulary?.names);
  let translated: { version: string; engines: Map<string, FaqEngine> } | undefined;

  /**
   * A question with a word of the domain is about the organisation: one entry that clearly leads
   * answers it, where a question without one would get a "Did you mean" first (CLINC150's everyday
   * questions share the knowledge's plain words, never its domain words).
   */
  let domainTerms = termsOfDomain();
  /** Each entry's answer as words, as typed (folded): for words a question quotes. */
  let answerWordLists = wordListsOfAnswers();
  /** Each two words in a row of the answers, and the entries whose answers hold them; each word, and how many answers hold it. */
  let answerPairs = pairsOfAnswers();
  /** Every word of the answers: what the page names. */
  let answerWords = wordsOfAnswers();
  /** The entry that speaks of each topic the page's text never speaks of, if the knowledge has one (see `entriesOnTopics`). */
  let onTopic = entriesOnTopics();
  /** Each answer, and the entries whose answers it holds word for word (the key projects hold each project's): see `answersHeld`. */
  let held = answersHeld();
  /**
   * The answers that hold another's, word for word: the key projects list each project in the words of
   * that project's own answer. An entry whose every sentence of six words or more (what follows a colon
   * in it) is found in another answer is held by it. An editor who rewords one of them unlinks the two.
   */
  function answersHeld(): Map<Entry, Set<Entry>> {
    const words = (text: string) => matcher.normalizer.rawWords(text).join(' ');
    // What follows a colon, not the words that introduce it ("One of ICORN's key projects:", "L'un des projets clés d'ICORN :").
    const clausesOf = (entry: Entry) => entry.answer.split(/[.;!?\n]+/).map((sentence) => words(sentence.split(':').at(-1)!)).filter((clause) => clause.split(' ').length >= 6);
    const found = new Map<Entry, Set<Entry>>();
    for (const holder of matcher.knowledge.entries) {
      const text = ` ${words(holder.answer)} `;
      const holds = matcher.knowledge.entries.filter((entry) => {
        const clauses = entry !== holder ? clausesOf(entry) : [];
        return clauses.length > 0 && clauses.every((clause) => text.includes(` ${clause} `));
      });
      if (holds.length >= 2) found.set(holder, new Set(holds));
    }
    return found;
  }
  /**
   * Topics the page's text never speaks of ("is ICORN a government agency?") that an entry is about:
   * one of its own questions asks about the topic and its answer speaks of it (the page's summary
   * calls ICORN "independent"). An editor who adds an entry on visas or families makes those answered so.
   */
  function entriesOnTopics(): Map<string, Entry> {
    const found = new Map<string, Entry>();
    for (const entry of matcher.knowledge.entries) {
      if (saysWhatThePageLacks(entry.answer)) continue;
      for (const text of [entry.question, ...entry.alternates]) {
        const detail = detailAsked(text, language);
        if (detail?.kind === 'topic' && detail.topic && !found.has(detail.topic) && givesDetail(detail, entry, matcher.normalizer.termOf)) found.set(detail.topic, entry);
      }
    }
    return found;
  }
  /** The entry that says who heads ICORN: a question "who ..." whose title names the head. */
  function headEntry(): Entry | undefined {
    return matcher.knowledge.entries.find((entry) => /^who\b/i.test(entry.question) && THE_HEAD.test(entry.title.toLowerCase()));
  }
  /** The entry about the topic a question asks, when it asks one the page's text never speaks of and an entry is about it. */
  function entryOnTopic(detail: AskedDetail | undefined): Entry | undefined {
    return detail?.kind === 'topic' && detail.topic && options.topicGiven !== false ? onTopic.get(detail.topic) : undefined;
  }
  function wordListsOfAnswers(): Map<Entry, string[]> {
    return new Map(matcher.knowledge.entries.map((entry) => [entry, matcher.normalizer.rawWords(entry.answer)]));
  }
  function pairsOfAnswers(): { pairs: Map<string, Entry[]>; answersWith: Map<string, number> } {
    const pairs = new Map<string, Entry[]>();
    const answersWith = new Map<string, number>();
    for (const [entry, words] of answerWordLists) {
      for (const word of new Set(words)) answersWith.set(word, (answersWith.get(word) ?? 0) + 1);
      for (const pair of new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`))) pairs.set(pair, [...(pairs.get(pair) ?? []), entry]);
    }
    return { pairs, answersWith };
  }
  function wordsOfAnswers(): Set<string> {
    return new Set([...answerWordLists.values()].flat());
  }
  function termsOfDomain(): Set<string> {
    // Folded as a message is ("expresión" as "expresion"), then read as a term.
    return new Set((matcher.knowledge.vocabulary?.domain ?? []).flatMap((word) => matcher.normalizer.rawWords(word)).map((word) => matcher.normalizer.termOf(word)));
  }
  function inDomain(match: MatchResult): boolean {
    return match.terms.some((term) => term.certainty > 0 && domainTerms.has(term.term));
  }
  function decisionFor(match: MatchResult): Partial<DecisionConfig> | undefined {
    return inDomain(match) ? { ...DOMAIN_DECISION, ...options.decision, ...options.domainDecision } : { ...PLAIN_DECISION, ...options.decision, ...options.plainDecision };
  }

  /** A text read on its own: its match, and the decision on that match. */
  function read(text: string): Reading {
    const match = matcher.match(text);
    return { match, decision: decide(match.candidates, decisionFor(match)) };
  }

  /** Entry titles as words to find in a message: those that are no question, longest first. */
  const titled = matcher.knowledge.entries
    .filter((entry) => !entry.title.includes('?'))
    .map((entry) => ({ entry, title: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(entry.title.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u') }))
    .sort((a, b) => b.entry.title.length - a.entry.title.length);

  /** The entry a message names by its title, the first in the message when it names two (a longer title before a shorter one inside it). */
  function namedEntry(text: string): Entry | undefined {
    let lower = text.toLowerCase();
    let first: { entry: Entry; at: number } | undefined;
    for (const { entry, title } of titled) {
      const found = title.exec(lower);
      if (!found) continue;
      if (!first || found.index < first.at) first = { entry, at: found.index };
      // "Cities of Refuge mission" is no mention of "Mission" too.
      lower = lower.slice(0, found.index) + ' '.repeat(found[0].length) + lower.slice(found.index + found[0].length);
    }
    return first?.entry;
  }

  /**
   * The two entries a question asks between, one on each side of its "or", each the clear first of
   * its side ("is icorn trying to grow or to keep the cities it has?"); undefined for one entry on
   * both sides ("only for writers or for artists too?") or no "or".
   */
  function eitherSide(question: string): [Entry, Entry] | undefined {
    const sides = question.split(OR_IN[language] ?? /(?!)/u);
    if (sides.length !== 2 || sides.some((side) => wordCount(side) < 2)) return undefined;
    const [left, right] = sides.map((side) => read(side).decision);
    if (left?.kind !== 'answer' || right?.kind !== 'answer' || left.candidate.entry === right.candidate.entry) return undefined;
    return [left.candidate.entry, right.candidate.entry];
  }

  /** True when a question has a word that points back to the last answer, in the engine's language. */
  function pointsBackIn(question: string): boolean {
    return (ANAPHORA_IN[language] ?? ANAPHORA).test(question);
  }

  function ask(text: string, context: FaqContext = {}): FaqReply {
    // Persian typed on an Arabic keyboard ("كارم", "نويسنده") is read with Persian letters, as the
    // readings' words are written; the matcher folds them anyway.
    const typed = text.slice(0, MAX_QUERY_LENGTH).trim();
    const query = language === 'fa' ? persianLetters(typed) : typed;
    if (!query) return { kind: 'empty' };
    const smallTalk = recogniseSmallTalk(query);
    if (smallTalk && !smallTalk.rest) return { kind: 'smallTalk', intent: smallTalk.intent };
    const question = smallTalk?.rest ? asTyped(query, smallTalk.rest) : query;
    let { match, decision } = read(question);
    // The whole message as the matcher read it, before any reading of part of it replaces `match`.
    const wholeMatch = match;
    // The readings of what kind of question this is look for words as written: with the typos the
    // matcher corrected put right ("is icorn for jurnalist?" asks whether journalists are included),
    // where the correction is a common word of the language: the knowledge's own alternates keep
    // people's typos ("goverments"), which no reading looks for.
    const typos = options.typosInReadings === false ? [] : match.terms.filter((t) => t.correctedFrom && t.certainty > 0 && !t.correctedFrom.includes(' ') && isCommonWordIn(language, t.word.toLowerCase()));
    const asWritten = (text: string) => typos.reduce((fixed, t) => fixed.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t.correctedFrom!)}(?![\\p{L}\\p{N}])`, 'giu'), t.word), text);
    let via: Mechanism | undefined;
    /** An entry given outright, as a reading decides it, beside the candidates the words found. */
    const answering = (entry: Entry): Decision => ({ kind: 'answer', candidate: { entry, confidence: 1, matchedQuestion: entry.question }, candidates: decision.candidates });
    const last = context.lastEntryId ? matcher.knowledge.byId.get(context.lastEntryId) : undefined;
    if (last && (decision.kind !== 'answer' || pointsBackIn(question))) {
      const followUp = inContext(question, last, decision);
      if (followUp) [decision, via] = [followUp, 'context'];
    }
    // "what did he say?" after the director: what he said, read with the last answer.
    if (last && options.whatWasSaid !== false) {
      const said = whatWasSaid(question, last);
      if (said) [decision, via] = [said, 'context'];
    }
    // "says who?", "who said that?" after a quotation: the answer that quoted it says who said it (or
    // that the page does not say), not another quotation its words come near.
    if (last && options.whatWasSaid !== false && language === 'en' && WHO_SAID.test(question.trim().toLowerCase()) && QUOTES_SOMEONE.test(last.answer)) {
      [decision, via] = [answering(last), 'context'];
    }
    // "what's his exact title?" after the director's words: the entry that says who the head is.
    if (last && options.whatWasSaid !== false && language === 'en' && decision.kind !== 'answer' && wordCount(question) <= FOLLOW_UP_WORDS + 2 && WHO_THEY_ARE.test(question.toLowerCase()) && THE_HEAD.test(last.answer.toLowerCase())) {
      const head = headEntry();
      if (head) [decision, via] = [answering(head), 'context'];
    }
    // "any other quote?" after a quote asks for another entry than the last, of the same topic when
    // one is near ("Quote on partners" after "What the director says").
    if (last && decision.kind === 'answer' && decision.candidate.entry.id === last.id && ANOTHER.test(question) && wordCount(question) <= ANOTHER_WORDS) {
      const rest = decision.candidates.filter((c) => c.entry.id !== last.id);
      const sameTopic = rest.filter((c) => c.entry.topic === last.topic && c.confidence >= DEFAULT_DECISION_CONFIG.suggestThreshold);
      const others = sameTopic.length > 0 ? sameTopic : rest;
      const other = sameTopic.length === 1 ? { kind: 'answer' as const, candidate: sameTopic[0]!, candidates: rest } : decide(others, decisionFor(match));
      decision = other.kind === 'answer' ? other : { kind: 'didYouMean', candidates: others.filter((c) => c.confidence >= DEFAULT_DECISION_CONFIG.suggestThreshold).slice(0, DEFAULT_DECISION_CONFIG.maxSuggestions) };
      if (decision.candidates.length === 0) decision = { kind: 'fallback', candidates: others };
    }
    // "how?", "how so?" alone after an answer asks how what it says is done: that answer, which is all the page says of it.
    if (last && decision.kind !== 'answer' && options.whyFollowUp !== false && language === 'en' && HOW_ALONE.test(question.trim()) && !saysWhatThePageLacks(last.answer)) {
      [decision, via] = [answering(last), 'context'];
    }
    // "why they let me?" after whether residents go on working, "Why cities, in his view?" after the
    // director's words, "to what end?": a short question why that points back to the last answer, or
    // is nothing else, asks the reason that answer gives, which is given again rather than nothing
    // ("why is the sky blue?" points back to nothing; a name the language does not know is another subject).
    // "with what aim?" alone asks so too, though "aim" is a word of the objectives.
    const onlyWhy = WHY_ALONE.test(question.trim());
    if (last && (decision.kind !== 'answer' || onlyWhy) && options.whyFollowUp !== false && language === 'en' && WHY_FOLLOW_UP.test(question.trim()) && wordCount(question) <= FOLLOW_UP_WORDS + 1 && (wordCount(question) <= 3 || pointsBackIn(question)) && !saysWhatThePageLacks(last.answer) && match.terms.every((term) => term.certainty > 0 || isCommonEnglishWord(term.word.toLowerCase()))) {
      // A bare "why?" after the mission or the vision asks why that work matters: the one entry of the
      // same topic (knowledge file) whose own question asks why, where there is one ("Why is
      // protecting writers and artists important?"); else the last answer's own reason.
      const whyOfTopic = wordCount(question) <= 2 ? matcher.knowledge.entries.filter((entry) => entry.topic === last.topic && /^why\b/i.test(entry.question)) : [];
      const reason = whyOfTopic.length === 1 && whyOfTopic[0] !== last ? whyOfTopic[0]! : last;
      [decision, via] = [answering(reason), 'context'];
    }
    // "until when it goes?" after the strategic plan: a short question when or how long, after an answer
    // that states a year or a period, asks that answer again, where the words found no answer and name
    // nothing of the domain ("how long does a residency last?" asks of residencies).
    if (last && decision.kind !== 'answer' && options.whyFollowUp !== false && language === 'en' && WHEN_FOLLOW_UP.test(question.trim()) && wordCount(question) <= FOLLOW_UP_WORDS + 1 && STATES_A_YEAR.test(last.answer) && !match.terms.some((term) => term.certainty > 0 && domainTerms.has(term.term))) {
      [decision, via] = [answering(last), 'context'];
    }
    // "and local government?" after the partners, "and towns?" after the count of members: a phrase
    // that only names something else goes on with the last topic, when the phrase is near it.
    if (last && decision.kind !== 'answer' && options.ellipsis !== false) {
      // Or a message that starts with such a phrase and goes on with a story: "and reporters? my brother is reporter, same problem".
      const first = /^[^?]{1,60}\?/.exec(question.trim())?.[0];
      const continued = continuing(question, last, match.candidates) ?? (first && first !== question.trim() ? continuing(first, last, matcher.match(first).candidates) : undefined);
      if (continued) [decision, via] = [continued, 'context'];
    }
    // A story before the question: the asking sentence alone may say what is wanted.
    const part = options.questionPart === false ? undefined : questionPart(question);
    // Every sentence of the message that asks, and its asking sentence with the sentence before it when
    // it points back to that one: segmented once, by whichever readings below look at them.
    let asks: string[] | undefined;
    const askingInQuestion = () => (asks ??= askingSentences(question));
    let pointedBack: { text: string | undefined } | undefined;
    const withSentenceBefore = () => (options.antecedent === false ? undefined : (pointedBack ??= { text: questionWithAntecedent(question) }).text);
    // "... We'd like to become a partner. Who should we contact?": whom to contact is the question,
    // whatever the story is about, and the asking sentence alone decides when it is answered; after
    // a colon, the clause that asks ("On aimerait devenir partenaire : qui faut-il contacter ?").
    const clause = (part ?? question).split(/:\s+/).at(-1);
    const whom = clause && WHOM_TO_CONTACT[language]?.test(clause.toLowerCase()) ? clause : undefined;
    if (whom) {
      const alone = read(whom);
      const nearest = alone.match.candidates[0];
      if (decision.kind === 'answer') {
        if (alone.decision.kind === 'answer' && alone.decision.candidate.entry.id !== decision.candidate.entry.id) [match, decision, via] = [alone.match, alone.decision, 'question'];
      } else if (nearest && nearest.confidence >= DEFAULT_DECISION_CONFIG.suggestThreshold && GIVES_AN_ADDRESS.test(nearest.entry.answer)) {
        // Where the whole message found no answer ("... We would like to feature a writer. Who should we
        // get in touch with to discuss this?"), whom to contact is asked all the same: the entry the
        // asking sentence comes nearest, when its answer gives a way to reach ICORN (an address).
        [match, decision, via] = [alone.match, { kind: 'answer', candidate: nearest, candidates: alone.match.candidates }, 'question'];
      }
    }
    // A reading of part of the message takes over when it answers, or offers a menu where the whole found nothing.
    const readsBetter = (reading: Reading) => reading.decision.kind === 'answer' || (decision.kind === 'fallback' && reading.decision.kind === 'didYouMean');
    if (decision.kind === 'answer' && part && !whom && options.questionPart !== false) {
      // "what is icorn? i am writer": an asking sentence that is itself, near word for word, a question
      // of the knowledge says what is wanted, whatever the story's words come nearest.
      const alone = read(part);
      if (alone.decision.kind === 'answer' && alone.decision.candidate.confidence >= NEAR_VERBATIM && alone.decision.candidate.entry.id !== decision.candidate.entry.id) [match, decision, via] = [alone.match, alone.decision, 'question'];
    }
    if (decision.kind !== 'answer') {
      if (part) {
        const alone = read(whom ?? part);
        if (readsBetter(alone)) [match, decision, via] = [alone.match, alone.decision, 'question'];
      }
      // "Is this something ICORN is trying to tackle?" asks about the sentence before it.
      const antecedent = decision.kind === 'answer' ? undefined : withSentenceBefore();
      if (antecedent) {
        const withIt = read(antecedent);
        if (readsBetter(withIt)) [match, decision, via] = [withIt.match, withIt.decision, 'question'];
      }
      // "what mean city of refuge? is like refugee camp?": where the last question found no answer, an
      // earlier one of the message the knowledge answers outright, of an entry the whole message's
      // words came near too. Not the at-risk entry, which only the at-risk reading gives.
      if (decision.kind !== 'answer' && part && options.earlierQuestion !== false) {
        for (const sentence of askingInQuestion()) {
          if (sentence === part) break;
          const alone = read(sentence);
          const found = alone.decision.kind === 'answer' ? alone.decision.candidate.entry : undefined;
          if (found && found.id !== AT_RISK_ENTRY_ID && wholeMatch.candidates.some((c) => c.entry.id === found.id)) {
            [match, decision, via] = [alone.match, alone.decision, 'question'];
            break;
          }
        }
      }
    }
    // "What is their official website, so I can check it directly?", "adresse mail pour contacter
    // icorn ?": the question without what it is for, where the words found no answer.
    if (decision.kind !== 'answer' && options.purposeClause !== false && PURPOSE_CLAUSE[language]) {
      const asked = part ?? question;
      const core = asked.replace(PURPOSE_CLAUSE[language]!, '').trim();
      if (core !== asked.trim() && wordCount(core) >= 2) {
        const alone = read(core);
        if (alone.decision.kind === 'answer') [match, decision, via] = [alone.match, alone.decision, 'question'];
      }
    }
    // "I need the exact name and job title of the person heading ICORN. ... Who is he and what is his
    // position?": who ICORN's head is, asked of a message that speaks of the head, is the entry that
    // says who heads it, where the words found no answer.
    if (decision.kind !== 'answer' && options.whoHeads !== false && language === 'en' && (WHO_THEY_ARE.test((part ?? question).toLowerCase()) || WHO_IT_IS.test(question.toLowerCase())) && (match.terms.some((term) => term.certainty > 0 && term.term === matcher.normalizer.termOf('director')) || HEAD_NAMED.test(question.toLowerCase()))) {
      const head = headEntry();
      if (head) [decision, via] = [answering(head), 'whoHeads'];
    }
    // "sum up ICORN's vision in a single sentence", "the difference between its vision and its
    // mission": an entry named by its title, where the words found no answer, is what is asked for
    // (the first named, when two are). In every language, by the titles of its knowledge ("citar la misión
    // de ICORN como la formula la red. ¿Cuál es?").
    if (decision.kind !== 'answer' && options.namedTitle !== false) {
      const found = namedEntry(question);
      // A word of the domain besides the title's own: "the mission of a space agency" names no entry.
      const titleTerms = found ? new Set(matcher.normalizer.terms(found.title)) : undefined;
      const named = found && match.terms.some((term) => term.certainty > 0 && domainTerms.has(term.term) && !titleTerms!.has(term.term)) ? found : undefined;
      // ...and the words came near it: "icorn website have arabic or farsi language?" names the website and asks something else.
      const bar = { ...DEFAULT_DECISION_CONFIG, ...decisionFor(match) }.suggestThreshold;
      const near = named && wholeMatch.candidates.some((c) => c.entry.id === named.id && c.confidence >= bar);
      if (named && near) [decision, via] = [{ kind: 'answer', candidate: { entry: named, confidence: 1, matchedQuestion: named.title }, candidates: decision.candidates }, 'named'];
    }
    // The sentence that asks, and the kind of detail it asks for: read once, used by every step below.
    const asking = part ?? question;
    const askingLower = asking.toLowerCase();
    const readable = asWritten(asking);
    const questionLower = question.toLowerCase();
    const askedHere = detailAsked(asking, language);
    if (askedHere && options.notStated !== false) decision = withDetailGiven(askedHere, decision);
    // Readings of what kind of question this is, each pointing at the entries that answer such a
    // question: the first of them among the entries the words came near answers, whatever entry the
    // person's story comes nearest ("is this chat only for journalists?" comes near none of them),
    // unless the decision already is one of them.
    // Every entry the whole message's words came near, ranked: read once, by whichever readings look past the nearest few.
    let everyCandidate: Candidate[] | undefined;
    const allCandidates = () => (everyCandidate ??= matcher.match(question, matcher.knowledge.entries.length).candidates);
    const pointAt = (points: (entry: Entry) => boolean, mechanism: Mechanism, further?: () => Candidate[]) => {
      if (decision.kind === 'answer' && points(decision.candidate.entry)) return;
      const found = match.candidates.find((c) => points(c.entry)) ?? further?.().find((c) => points(c.entry));
      if (found) [decision, via] = [{ kind: 'answer', candidate: found, candidates: decision.candidates }, mechanism];
    };
    // "Is it only for writers, or for artists too?": who the residencies are for. A short follow-up
    // ("for whom exactly?" after what members commit to) is read with the last answer too.
    if (options.eligibility !== false && asksWhoIsIncluded(readable, language)) {
      const withLast = last && wordCount(question) <= FOLLOW_UP_WORDS ? () => matcher.match(`${question} ${last.question}`, matcher.knowledge.entries.length).candidates : undefined;
      pointAt((entry) => entry.id === ELIGIBILITY_ENTRY_ID, 'eligibility', withLast ?? allCandidates);
    }
    // "Could I keep writing there?": an entry whose answer says residents go on working.
    // In any sentence that asks: "in ICORN city will I be free to make my drawings about politics? or they will ask me to stop it?".
    if (options.continuingWork !== false && (asksToContinueWork(readable, language) || askingInQuestion().some((sentence) => asksToContinueWork(asWritten(sentence), language)))) pointAt((entry) => saysWorkContinues(entry.answer, language), 'continuingWork', allCandidates);
    // "What does a city offer a persecuted writer?": an entry whose answer says what ICORN offers.
    if (options.offered !== false && asksWhatIsOffered(readable, language)) pointAt((entry) => saysWhatIsOffered(entry.answer, language), 'offered');
    // "Is the danger for journalists growing?", "Is ICORN's work purely symbolic?", "no NGOs involved?":
    // the entries whose answers say the sentence that answers it, wherever the words ranked them among
    // the entries they came near.
    // A form's question may share no word with the entries that answer it ("is that need growing?":
    // "need" is no word to match): then the first of them in the knowledge answers.
    const everyEntry = () => [...allCandidates(), ...matcher.knowledge.entries.map((entry): Candidate => ({ entry, confidence: 0, matchedQuestion: entry.question }))];
    // The first kind a question is of decides ("Is the cities' role mostly symbolic?" is the symbolic one).
    // Read in the asking sentence, or with the sentence before when it points back to it ("... a lively
    // civil society, with several literary associations. If we joined, would they have a role to play,
    // or is this purely a matter for the town administration?").
    const formIn = (text: string) => ANSWER_FORMS.find((kind) => options[kind] !== false && asksForm(kind, text, language));
    const withBefore = decision.kind !== 'answer' || pointsBackIn(asking) ? withSentenceBefore() : undefined;
    // Or in the whole message, when the asking sentence only points back ("I'm reporting on the relocation of
    // journalists and the bureaucratic hurdles involved. I'd like to know whether the network tackles these
    // hurdles itself. Is that part of ICORN's work?": the relocation is two sentences back). Not a kind
    // asked only in its own sentence (where the members are: a story's places do not ask it).
    const inWhole = part && options.antecedent !== false && pointsBackIn(asking) ? formIn(asWritten(question)) : undefined;
    const form = formIn(readable) ?? (withBefore ? formIn(asWritten(withBefore)) : undefined) ?? (inWhole && !onlyInItsSentence(inWhole, language) ? inWhole : undefined);
    // A form read only where the words found no answer stands aside for an answer (`whatItDoes`).
    if (form && (decision.kind !== 'answer' || !onlyWhereUnanswered(form, language))) pointAt((entry) => givesForm(form, entry.answer, language), form, everyEntry);
    // "Is 'committed actors for human rights' ICORN's own wording?": the entry whose answer says it.
    const quoted = options.quoted === false ? undefined : quotedIn(question);
    if (quoted) {
      // The match may be of the asking sentence alone ("Is that ICORN's own wording?"): the whole
      // message's too, and all entries' for words that one answer alone holds, however far down its score.
      const further = () => [...(match.query === question ? [] : matcher.match(question).candidates), ...(quoted.alone ? allCandidates() : [])];
      pointAt((entry) => quoted.holding.includes(entry), 'quoted', further);
    }
    // "Our donors want alignment with democratic values and international solidarity. Does ICORN frame
    // its work in those terms?": two words in a row that one or two answers alone hold, word for word,
    // are the page's own phrase, and those answers what is asked about, where the words found no answer.
    // Not where the message asks for a detail or of a topic the page may lack, in any sentence ("who does the
    // visa application ... ?", "What are its actual priorities and targets?"), which the readings below own.
    if (decision.kind !== 'answer' && !askedHere && options.pagePhrase !== false && language === 'en' && !detailAsked(question, language) && !askingInQuestion().some((sentence) => detailAsked(sentence, language))) {
      const holding = pagePhraseHolders(question);
      if (holding) pointAt((entry) => holding.includes(entry), 'pagePhrase');
    }
    // "Which values does ICORN promote?": of the entries whose answers name values, wherever the words
    // ranked them among those they came near, the one whose answer holds most of the question's words
    // (after the quoted reading: "Is 'hospitality' one of the values?" names its entry).
    if (options.values !== false && asksAboutValues(asking, language) && !(decision.kind === 'answer' && namesValues(decision.candidate.entry.answer, language))) {
      const naming = [...match.candidates, ...allCandidates()].filter((c) => namesValues(c.entry.answer, language));
      const asked = new Set(matcher.normalizer.terms(asking));
      const held = naming.map((c) => new Set(matcher.normalizer.terms(c.entry.answer).filter((term) => asked.has(term))).size);
      // The first that holds most, each answer read once.
      const best = naming[held.indexOf(Math.max(...held))];
      if (best) [decision, via] = [{ kind: 'answer', candidate: best, candidates: decision.candidates }, 'values'];
    }
    // "According to its executive director, what is ICORN's job?": what the head says.
    // Among every entry the message came near ("I want to read the director's statement about
    // shrinking spaces on air. Could you give me the exact wording?"); not when the asking sentence
    // asks who the head is or how to reach him ("... from one leader to another. Who heads the
    // organisation, and what's his email address?").
    if (options.headsView !== false && asksHeadsView(question) && !ASKS_WHO_OR_HOW_TO_REACH.test(askingLower)) pointAt(givesHeadsView, 'headsView', allCandidates);
    // "Can regions be members, or only cities?": an entry whose answer names regions among the members.
    // In a sentence that asks: "We are a small regional authority ... so I want to understand what member
    // cities commit to provide" tells who is asking, not whether regions can be members.
    if (options.regions !== false && [asking, ...askingInQuestion()].some((sentence) => asksAboutRegions(sentence, language))) pointAt((entry) => saysRegionsAreMembers(entry.answer, language), 'regions');
    // "i need talk with someone by phone, not email. they have number?": the phone number, not the count of members.
    // Or one that writes a phone number out: "+47 51507125 this is icorn number yes?", "i found a number +47 ... is this really the icorn number?".
    if (options.phoneNumber !== false && ((language === 'en' && ASKS_A_NUMBER.test(askingLower) && !HOW_MANY.test(askingLower) && SPEAKS_OF_CALLING.test(questionLower)) || (WRITTEN_PHONE_NUMBER.test(question) && ICORN_NUMBER_ASKED.test(questionLower)))) {
      pointAt((entry) => PHONE_NUMBER.test(entry.answer), 'phoneNumber', everyEntry);
    }
    // "Is there a general email and a phone number I can use?": the entry that gives every way of
    // reaching ICORN asked for, not the one that gives one of them.
    // Or in the sentence before an asking sentence that names none and points back to it: "I want to
    // list their official site and a phone number people can call. What are they?" (not "I'd rather
    // ring than email. Is there a phone number?", which asks for the phone).
    if (options.channels !== false && language === 'en') {
      const namedIn = (text: string) => CHANNELS.filter((channel) => channel.asks.test(text));
      const pointedTo = namedIn(askingLower).length === 0 ? withSentenceBefore() : undefined;
      const asked = namedIn(pointedTo?.toLowerCase() ?? askingLower);
      if (asked.length >= 2 && !HOW_MANY.test(askingLower)) pointAt((entry) => asked.every((channel) => channel.gives.test(entry.answer)), 'channels', everyEntry);
    }
    // "I've seen 75 member cities quoted in one place and 84 in another. Which number is right?": a count
    // of members stated is a question about the count, answered by the entry that states one.
    const counted = options.statedCount === false ? undefined : STATED_COUNT[language];
    // The message with Persian and Arabic-Indic digits as ASCII ones, as the answers write them.
    const inDigits = counted ? asciiDigits(questionLower) : '';
    const statesCount = counted?.asks.test(inDigits) ?? false;
    // An entry that states a count, and that very number when one is given ("75 cities in 18 countries").
    const stating = (number?: string) => (entry: Entry) => counted!.gives.test(entry.answer.toLowerCase()) && (!number || new RegExp(`(?<![\\d.,])${number}(?![\\d.,])`).test(entry.answer));
    if (statesCount) pointAt(stating(), 'statedCount', everyEntry);
    // "icorn 18 countries?": a count of countries stated, and no count of members, answered by the entry that states that very number.
    // Not "which 18 countries?", which asks them named.
    const countries = counted && !statesCount && !/\b(?:which|what|name|names|list)\b/.test(questionLower) ? COUNTRIES_STATED.exec(inDigits)?.[1] : undefined;
    if (countries) pointAt(stating(countries), 'statedCount', everyEntry);
    // "really? i read somewhere 75 only" after a count: a number alone in a short follow-up is a count
    // stated too, answered by the entry that states that very number.
    const number = counted && last && wordCount(question) <= FOLLOW_UP_WORDS + 2 && counted.gives.test(last.answer.toLowerCase()) ? /(?<![\d.,])\d{2,3}(?![\d.,])/.exec(inDigits)?.[0] : undefined;
    if (number) pointAt(stating(number), 'statedCount', everyEntry);
    // "est ce que le reseau veut s'agrandir avec plus de villes ou bien garder celles qui y sont deja ?":
    // two entries the words came as near, whose answers one answer holds both of (growing the network and
    // keeping its cities, in the key projects), ask what that answer says. Not a reading's own answer
    // besides those two, nor one far below the first.
    // Or one entry on each side of an "or" ("is icorn trying to grow or to keep the cities it has?").
    if (options.both !== false && via !== 'context' && decision.kind !== 'fallback' && !askedHere) {
      const [first, second] = match.candidates;
      const chosen = decision.kind === 'answer' ? [decision.candidate.entry] : decision.candidates.map((c) => c.entry);
      const near = first && second && second.confidence >= BOTH_NEAR * first.confidence ? [first.entry, second.entry] : eitherSide(asking);
      if (near && chosen.every((entry) => near.includes(entry))) {
        const holder = [...held].find(([, holds]) => near.every((entry) => holds.has(entry)))?.[0];
        if (holder) [decision, via] = [{ kind: 'answer', candidate: match.candidates.find((c) => c.entry === holder) ?? { entry: holder, confidence: 1, matchedQuestion: holder.question }, candidates: decision.candidates }, 'both'];
      }
    }
    // "... to the chief of icorn. what is his mail?": his contact, not the general one. Before the
    // at-risk reading, which answers such a question of someone in danger too.
    // "I'd like to interview the head of ICORN. Is there a direct email for him?" got a menu of his entry alone: answered.
    const theirContact = THEIR_CONTACT_IN[language];
    // Or of a follow-up to the answer that named him ("who runs icorn?", then "what is his mail?").
    if (theirContact && decision.kind !== 'fallback' && theirContact.theirs.test(askingLower) && (theirContact.head.test(questionLower) || (last !== undefined && theirContact.head.test(`${last.title} ${last.answer}`.toLowerCase())))) {
      const head = matcher.normalizer.termOf(theirContact.word);
      const namesHead = (c: Candidate) => matcher.normalizer.terms(`${c.entry.title} ${c.entry.answer}`).includes(head) || (language === 'en' && /\bdirector\b/i.test(c.entry.answer));
      // Near enough to offer, by this language's bars.
      const bar = { ...DEFAULT_DECISION_CONFIG, ...decisionFor(match) }.suggestThreshold;
      // Or, the head named in so many words ("ICORN's executive director ... a direct way to reach him?"), his entry among the nearest few, however far below the bar.
      const near = decision.candidates.find((c) => c.confidence >= bar && namesHead(c)) ?? (HEAD_NAMED.test(questionLower) ? match.candidates.slice(0, 4).find(namesHead) : undefined);
      const his = decision.kind === 'answer' && namesHead(decision.candidate) ? undefined : near;
      if (his) decision = { kind: 'answer', candidate: his, candidates: decision.candidates };
    }
    // "is it a government agency or something else?": a topic the page's text never speaks of, that an
    // entry is about, is answered by that entry, wherever the words came.
    const onThisTopic = entryOnTopic(askedHere);
    if (onThisTopic && !(decision.kind === 'answer' && givesDetail(askedHere!, decision.candidate.entry, matcher.normalizer.termOf))) {
      [decision, via] = [{ kind: 'answer', candidate: decision.candidates.find((c) => c.entry === onThisTopic) ?? { entry: onThisTopic, confidence: 1, matchedQuestion: onThisTopic.question }, candidates: decision.candidates }, 'topicGiven'];
    }
    const atRisk = matcher.knowledge.byId.get(AT_RISK_ENTRY_ID);
    if (atRisk && options.atRisk !== false && (readsAtRisk(query, language) || (typos.length > 0 && readsAtRisk(asWritten(query), language)))) {
      // Someone in danger gets who the residencies are for, how to reach ICORN and what the page says
      // about relocation, first time: never a menu, nor a narrower answer that leaves those out.
      // A clear question of their own ("could I keep writing there?") is answered too, after that.
      const asked = options.atRiskQuestion === false ? undefined : askedBesides(atRisk, asking, decision, () => notStatedOf(asking, askedHere, question, decision, match, via) !== undefined);
      if (asked) return { kind: 'answer', candidate: asked, candidates: decision.candidates, match, via: 'atRisk', atRisk };
      const candidate: Candidate = { entry: atRisk, confidence: 1, matchedQuestion: atRisk.question };
      // "we are all in danger. if i go to ICORN city my family can come with me?": a topic the page
      // never speaks of, asked by someone in danger, in any sentence that asks. The reply says so
      // first, then the at-risk answer as the closest fact (who the residencies are for, the contacts,
      // relocation), rather than the at-risk answer as if it answered. Only topics: "where is safe?"
      // or "how many cities?" keep the at-risk answer, which another entry may complete.
      if (options.atRiskLacking !== false && options.notStated !== false) {
        const detail = options.topics === false ? undefined : [askedHere, ...askingInQuestion().map((sentence) => detailAsked(sentence, language))].find((found) => found?.kind === 'topic');
        // A topic an entry is about ("is icorn from goverment?" beside the danger) gets that entry after the at-risk answer.
        const onIt = entryOnTopic(detail);
        if (onIt && onIt.id !== atRisk.id) return { ...answering(onIt), match, via: 'atRisk', atRisk };
        if (detail && !givesDetail(detail, atRisk, matcher.normalizer.termOf)) return { kind: 'notStated', detail, missing: describeDetail(detail, language), candidate, candidates: [candidate, ...decision.candidates], match, via: 'atRisk' };
      }
      return { kind: 'answer', candidate, candidates: [candidate, ...decision.candidates], match, via: 'atRisk' };
    }
    if (decision.kind !== 'fallback') {
      // "how do i apply for a credit card?" is no question about applying to ICORN (unless it names ICORN's world:
      // "a scholarship during the residency?" asks what the page may not say, which is read below).
      if (options.notStated !== false && APPLIES_FOR_ELSE[language]?.test(askingLower) && !inDomain(match)) return smallTalk ? { kind: 'smallTalk', intent: smallTalk.intent } : { kind: 'fallback', candidates: decision.candidates, match };
      // The asking sentence first; the whole message when it names no one there and is only a word or
      // three (the segmenter ends a sentence at "M." in "le numéro de téléphone de mon propriétaire, M.
      // Dupuis ?"). A story's "Dirección de Asuntos Internacionales" is no address asked for.
      const whose = forWhoseContact(CONTACT_OF_IN[language]?.of.test(askingLower) || asking === query || wordCount(asking) > 3 ? asking : query, decision);
      // "What's the phone number of the police?" asks for someone else's contact, not ICORN's.
      if (!whose) return smallTalk ? { kind: 'smallTalk', intent: smallTalk.intent } : { kind: 'fallback', candidates: decision.candidates, match };
      decision = whose;
    }
    const lacking = options.notStated === false ? undefined : notStatedOf(asking, askedHere, question, decision, match, via, last);
    if (lacking) return smallTalk ? { ...lacking, greeting: smallTalk.intent } : lacking;
    if (decision.kind !== 'answer' && !smallTalk && options.notStated !== false && options.topics !== false) {
      // Nothing near enough to give, but a topic the page never speaks of: say so, rather than offer
      // a menu of entries that only share a word ("can the writer bring a partner?" is no question
      // about ICORN's partners).
      if (askedHere?.kind === 'topic') return { kind: 'fallback', candidates: decision.candidates, match, lacking: { detail: askedHere, missing: describeDetail(askedHere, language) } };
    }
    if (!smallTalk) return { ...decision, match, via };
    // "thanks, that helps" or "hi, blah": small talk unless the rest is a question the knowledge
    // answers ("hi, what is the fee?"), or, after a greeting, one it may answer.
    const afterGreeting = smallTalk.intent === 'greeting' && smallTalk.rest !== plain(query);
    // A message that asks beside its thanks or its apology ("... Is it actually trying to grow?
    // Thanks in advance for any pointers.", "my english not so good sorry. ... this is right?") is a
    // question, as one after a greeting is.
    const restWords = smallTalk.rest.split(' ').length;
    const asksBeside = options.questionBesideSmallTalk !== false && restWords > MAX_SMALL_TALK_REST_WORDS && askingInQuestion().length > 0;
    if (decision.kind === 'answer' || ((afterGreeting || asksBeside) && decision.kind === 'didYouMean')) {
      return { ...decision, match, via, greeting: smallTalk.intent };
    }
    // A long message after a greeting, or a question of three words or more ("hi, what is the
    // fee?", not "hi, how goes"), is a question the bot could not answer, not small talk.
    if (asksBeside || (afterGreeting && (restWords > MAX_SMALL_TALK_REST_WORDS || (restWords >= 3 && asksSomething(question))))) return { ...decision, match, via };
    return { kind: 'smallTalk', intent: smallTalk.intent };
  }

  /**
   * The question a message from someone in danger asks besides help, when the knowledge answers it
   * outright (the whole message, or its asking sentence when the whole is not answered: the same
   * reading as any other message). A menu, an unclear match, the at-risk entry itself, a question
   * that only asks for help, or one for a detail the page does not give ("how long would I stay?"),
   * is no such question: the at-risk answer alone then says what matters.
   */
  function askedBesides(atRisk: Entry, asking: string, decision: Decision, lacksDetail: () => boolean): Candidate | undefined {
    if (decision.kind !== 'answer' || decision.candidate.entry.id === atRisk.id) return undefined;
    // "Can you do anything for me?" is the cry for help itself, which the at-risk answer answers.
    if (asksForHelp(asking, language)) return undefined;
    return lacksDetail() ? undefined : decision.candidate;
  }

  /**
   * A contact detail "of" or "for" someone ("the email of the executive director", "the phone number
   * of the police") is that someone's: the decision stands when an entry it gives mentions them, a
   * near entry that does answers instead ("... by email. What is the email address of the executive
   * director?" is not the general address), and none does (undefined) when it is someone else's.
   */
  function forWhoseContact(question: string, decision: Decision): Decision | undefined {
    const forms = CONTACT_OF_IN[language];
    const lower = question.toLowerCase();
    const found = forms?.of.exec(lower);
    const whose = found?.[1];
    // "an email for him" points back to someone the message named ("the head of ICORN"); "ICORN phone
    // number for the fact box" is ICORN's own, whatever it is for.
    if (!forms || !found || !whose || forms.pointsBack.test(whose) || forms.noOneElse.test(whose) || forms.purpose?.test(lower) || /\bicorn(?:'s|s)?\s*$/.test(lower.slice(0, found.index))) return decision;
    if (forms.someone && !forms.someone.test(whose)) return decision;
    const term = matcher.normalizer.termOf(whose);
    // As typed too: a phrase of the vocabulary reads "executive director" as one word ("director").
    const typed = latin(new RegExp(`\\b${whose}\\b`, 'iu'));
    const mentions = (c: Candidate) => [c.entry.title, c.entry.question, ...c.entry.alternates, c.entry.answer].some((text) => typed.test(text) || matcher.normalizer.terms(text).includes(term));
    const offered = decision.kind === 'answer' ? [decision.candidate] : decision.candidates;
    if (offered.some(mentions)) return decision;
    // The someone's contact is in an answer that names them, not in a question that does ("the police took me").
    const named = decision.candidates.find((c) => c.confidence >= DEFAULT_DECISION_CONFIG.suggestThreshold && [c.entry.title, c.entry.answer].some((text) => typed.test(text)));
    return named ? { kind: 'answer', candidate: named, candidates: decision.candidates } : undefined;
  }

  /**
   * A question for a kind of detail that neither the chosen entry nor any other it would offer
   * gives: "the page does not say", with the nearest entry as the closest fact. An entry that
   * already says what the page lacks ("The page does not describe how a city joins...") stands.
   */
  function notStatedOf(question: string, askedInQuestion: AskedDetail | undefined, whole: string, decision: Decision, match: MatchResult, via: Mechanism | undefined, last?: Entry): NotStated | undefined {
    if (decision.kind === 'fallback' && !last) return undefined;
    // The asking sentence says what is asked for; another sentence that asks may too ("Which cities
    // are members? Is Geneva one of them?"), while the story around them does not.
    const names = ['en', 'es', 'fr'].includes(language) && options.unknownNames !== false;
    // The question's own detail was read by the caller; the other asking sentences are read here.
    const asked = (text: string) => {
      const found = text === question ? askedInQuestion : detailAsked(text, language);
      return found?.kind === 'topic' && options.topics === false ? undefined : found;
    };
    const detailOf = (text: string) => asked(text) ?? (names ? aboutUnknownNames(text, () => unknownNames(text, match), nameInLowerCase, language) : undefined);
    const detail = detailOf(question) ?? (whole !== question ? askingSentences(whole).map(detailOf).find((found) => found !== undefined) : undefined);
    // A topic an entry is about is no topic the page never speaks of: the reply says nothing of the kind.
    if (entryOnTopic(detail)) return undefined;
    if (!detail) {
      // "i am university researcher, not writer. can i apply?": work the page does not name. Whoever
      // the nearest entry is, the closest fact is whom the residencies are for.
      const occupation = names && language === 'en' && decision.kind !== 'fallback' ? selfDescribedOccupation(whole, question, isOccupation) : undefined;
      const eligibility = occupation && matcher.knowledge.byId.get(ELIGIBILITY_ENTRY_ID);
      if (!occupation || !eligibility) return undefined;
      const candidate = { entry: eligibility, confidence: 1, matchedQuestion: eligibility.question };
      return { kind: 'notStated', detail: occupation, missing: describeDetail(occupation, language), candidate, candidates: match.candidates, match, ...(via ? { via } : {}) };
    }
    // A short follow-up that points back ("how long does it last?", "which ones?", "is it paid?")
    // asks about the last answer: that is the closest fact, when it states one.
    // Not a question about the here and now ("what time is it?"), nor one that names something else ("... in Oslo?").
    const pointsBack =
      last !== undefined &&
      options.followUpDetails !== false &&
      !saysWhatThePageLacks(last.answer) &&
      (pointsBackIn(question) || wordCount(question) <= FOLLOW_UP_WORDS) &&
      !HERE_AND_NOW.test(question.toLowerCase()) &&
      (language !== 'en' || unknownNames(question, match).length === 0);
    const lastCandidate = pointsBack ? { entry: last, confidence: 1, matchedQuestion: last.question } : undefined;
    if (decision.kind === 'fallback' && !lastCandidate) return undefined;
    // A topic the page never speaks of, offered on a weak match: the reply names the topic, with no closest fact.
    if (detail.kind === 'topic' && decision.kind === 'didYouMean' && !lastCandidate) return undefined;
    // An entry that says what the page lacks stands ("The page does not describe how a city joins..."),
    // unless a fact near the question gives something to say: "how many new cities joined this
    // year?" is nearer the count of members than the joining the page does not describe.
    const honestAnswer = decision.kind === 'answer' && saysWhatThePageLacks(decision.candidate.entry.answer);
    const nearFact = honestAnswer ? decision.candidates.find((c) => !saysWhatThePageLacks(c.entry.answer) && c.confidence >= NEAR_FACT_CONFIDENCE) : undefined;
    if (honestAnswer && !nearFact) return undefined;
    const offered = nearFact ? [nearFact] : decision.kind === 'answer' ? [decision.candidate] : decision.candidates;
    if (lastCandidate && decision.kind !== 'answer' && givesDetail(detail, lastCandidate.entry, matcher.normalizer.termOf)) return undefined;
    if ((offered.length === 0 && !lastCandidate) || offered.some((c) => givesDetail(detail, c.entry, matcher.normalizer.termOf))) return undefined;
    // The closest fact: the last answer a follow-up points back to, else the first entry that states
    // something, rather than one that says what is missing.
    const top = lastCandidate ?? offered.find((c) => !saysWhatThePageLacks(c.entry.answer)) ?? offered[0]!;
    // Offered on a weak match, the rest of the question must still be about something the knowledge
    // knows: "what time is it in Oslo?" asks for a time, but about nothing of ICORN's. ICORN named is
    // enough, where the detail's words took the rest ("what is the address of the ICORN office").
    if (language === 'en' && decision.kind === 'didYouMean' && !lastCandidate && !/\bicorn\b/i.test(whole) && !matcher.match(withoutDetailWords(whole)).terms.some((term) => term.certainty > 0)) return undefined;
    return { kind: 'notStated', detail, missing: describeDetail(detail, language), candidate: top, candidates: match.candidates, match, ...(via ? { via } : {}) };
  }

  /**
   * An answer that does not give the kind of detail asked, when a near entry does: "¿Dónde están las
   * ciudades miembro?" is answered by the members' count, which names Europe and the Americas, not by
   * the project that keeps members, whose words come a little nearer.
   */
  function withDetailGiven(detail: AskedDetail, decision: Decision): Decision {
    if (decision.kind !== 'answer' || detail.kind === 'topic' || givesDetail(detail, decision.candidate.entry, matcher.normalizer.termOf)) return decision;
    const floor = decision.candidate.confidence - DETAIL_WINDOW;
    const giving = decision.candidates.find(
      (c) => c !== decision.candidate && c.confidence >= floor && !saysWhatThePageLacks(c.entry.answer) && givesDetail(detail, c.entry, matcher.normalizer.termOf),
    );
    return giving ? { kind: 'answer', candidate: giving, candidates: decision.candidates } : decision;
  }

  /**
   * What a question names in lower case that the page does not: a place ("is paris a city of
   * refuge?") or an occupation other than the three it names ("can researchers apply?").
   */
  function nameInLowerCase(word: string): boolean {
    return language === 'en' && (isPlaceName(word) || isOccupation(word));
  }

  /**
   * Words of a question the knowledge does not know and that are names: of places, bodies, people.
   * A name is a word common English does not know either ("Geneva"), or an acronym typed in capitals
   * ("PEN", "UN"). A place no answer names is one too, even when the vocabulary reads it as a word it
   * knows ("Asia" as a continent, like the page's Europe). `match` is reused when it is the match of
   * this very text.
   */
  function unknownNames(question: string, match: MatchResult): string[] {
    const acronyms = new Set(question.match(/\b\p{Lu}{2,}\b/gu)?.map((word) => word.toLowerCase()));
    const unknown = (term: QueryTerm) => term.certainty === 0 || (nameInLowerCase(term.word) && !answerWords.has(term.word));
    return (match.query === question ? match : matcher.match(question))
      .terms.filter((term) => unknown(term) && term.word.length > 1 && !/\d/.test(term.word) && (language !== 'en' || !isCommonEnglishWord(term.word) || acronyms.has(term.word) || nameInLowerCase(term.word)))
      .map((term) => term.word);
  }

  /**
   * A short follow-up that asks what someone of the last answer said ("what did he say?" after the
   * director): read with the last answer's title and question, the nearest entry whose question asks what
   * someone says, when it comes near enough to be offered.
   */
  function whatWasSaid(question: string, last: Entry): Decision | undefined {
    const asks = ASKS_WHAT_WAS_SAID[language];
    const gives = GIVES_WHAT_WAS_SAID[language];
    if (!asks || !gives || wordCount(question) > SAID_WORDS || !asks.test(question.toLowerCase())) return undefined;
    // With the title too: the partners' question ("Who does ICORN work with?") never says "partners".
    const match = matcher.match(`${question} ${last.title} ${last.question}`);
    // Near enough to be offered, by this engine's bar (the translated knowledge's is lower).
    const bar = { ...DEFAULT_DECISION_CONFIG, ...decisionFor(match) }.suggestThreshold;
    const candidates = match.candidates;
    const said = candidates.find((c) => c.confidence >= bar && gives.test(c.entry.question.toLowerCase()));
    return said ? { kind: 'answer', candidate: said, candidates } : undefined;
  }

  /**
   * The entries whose answers hold, word for word, a phrase the question quotes from the page
   * ("'ambassadors'", "mean by safe havens"), when at most a few answers hold it; `alone` when one
   * answer alone holds two words or more of it, which point at it wherever it ranks.
   */
  function quotedIn(question: string): { holding: Entry[]; alone: boolean } | undefined {
    // A question quotes a thing or two; a message of a hundred quotations costs no more than that.
    const phrases = [...question.matchAll(QUOTED)].slice(0, MOST_QUOTED).map((m) => matcher.normalizer.rawWords(m[1]!)).filter((words) => words.length > 0);
    const meantBy = language === 'en' ? MEANT_BY.exec(question)?.[1] : undefined;
    // As typed on a phone ("what is mean safe haven?"), only a phrase of two words or more that one answer alone holds.
    const meaning = language === 'en' && !meantBy ? MEANING_OF.exec(question)?.[1] : undefined;
    const mentioned = language === 'en' && !meantBy && !meaning ? MENTIONS.exec(question)?.[1] : undefined;
    const meant = meantBy ?? meaning ?? mentioned;
    const saying = language === 'en' ? WHEN_IT_SAYS.exec(question)?.[1] : undefined;
    // Most questions quote nothing: they cost the three patterns above, no more.
    if (phrases.length === 0 && !meant && !saying) return undefined;
    // A word as the answer has it, or its plural or singular: "'safe haven'" quotes "safe havens".
    const same = (said: string | undefined, word: string) => said === word || said === `${word}s` || `${said}s` === word;
    const holds = (entry: Entry, phrase: string[]) => {
      const words = answerWordLists.get(entry) ?? [];
      return words.some((_, i) => phrase.every((word, k) => same(words[i + k], word)));
    };
    // After "mean by", the longest start of the rest that an answer holds: "safe havens for writers" as "safe havens".
    if (meant) {
      const words = matcher.normalizer.rawWords(meant);
      const start = words.map((_, n) => words.slice(0, words.length - n)).find((phrase) => matcher.knowledge.entries.some((entry) => holds(entry, phrase)));
      const aloneIn = (phrase: string[], least = 2) => phrase.length >= least && matcher.knowledge.entries.filter((entry) => holds(entry, phrase)).length === 1;
      // A phrase asked whether ICORN mentions it: two words or more of it, or one that one answer alone holds.
      if (start && (meaning ? aloneIn(start) : mentioned ? start.length >= 2 || aloneIn(start, 1) : true)) phrases.push(start);
    }
    // A saying reported in the question's own words ("these writers take risks for all of us"): the
    // longest run of words, three or more, that an answer holds ("take risks for all of us").
    if (saying) {
      const words = matcher.normalizer.rawWords(saying);
      const runs = words.flatMap((_, from) => words.slice(from).map((__, n) => words.slice(from, words.length - n))).filter((run) => run.length >= SAYING_WORDS);
      const longest = runs.sort((a, b) => b.length - a.length).find((run) => matcher.knowledge.entries.some((entry) => holds(entry, run)));
      if (longest) phrases.push(longest);
    }
    const holding = matcher.knowledge.entries.filter((entry) => phrases.some((phrase) => holds(entry, phrase)));
    if (holding.length === 0 || holding.length > QUOTED_IN_AT_MOST) return undefined;
    return { holding, alone: holding.length === 1 && phrases.some((phrase) => phrase.length >= 2 && holds(holding[0]!, phrase)) };
  }

  /**
   * The entries that hold, word for word, the page's own phrases of two words that a question uses
   * ("democratic values", "international solidarity", "civil society"): the phrases at most two
   * answers hold (a phrase every answer holds, "freedom of expression", tells nothing), and of them
   * the entries that hold the most; undefined when there is none.
   */
  function pagePhraseHolders(question: string): Entry[] | undefined {
    const words = matcher.normalizer.rawWords(question);
    const content = (word: string | undefined) => word !== undefined && word.length > 2 && !matcher.normalizer.isStopWord(word) && word !== 'icorn';
    const held = new Map<Entry, number>();
    for (let i = 0; i + 1 < words.length; i++) {
      const [first, second] = [words[i], words[i + 1]];
      if (!content(first) || !content(second)) continue;
      const holders = answerPairs.pairs.get(`${first} ${second}`) ?? [];
      // And a word of it that few answers hold: "member cities" is everywhere, "democratic" is not.
      const rare = [first!, second!].some((word) => (answerPairs.answersWith.get(word) ?? 0) <= 2);
      if (holders.length === 0 || holders.length > 2 || !rare) continue;
      for (const entry of holders) held.set(entry, (held.get(entry) ?? 0) + 1);
    }
    const most = Math.max(0, ...held.values());
    return most > 0 ? [...held].filter(([, count]) => count === most).map(([entry]) => entry) : undefined;
  }

  /** A question about what ICORN's head says or thinks: it names the head and asks for a view or words. */
  function asksHeadsView(question: string): boolean {
    const forms = ASKS_HEADS_VIEW[language];
    // "Our finance director keeps asking me ...": someone else's director is not ICORN's head.
    const lower = question.toLowerCase().replace(ANOTHER_HEAD[language] ?? /$^/, ' ');
    return forms !== undefined && GIVES_WHAT_WAS_SAID[language] !== undefined && forms[0].test(lower) && forms[1].test(lower);
  }

  /** An entry whose question asks what the head says ("What did the executive director say about ICORN?"). */
  function givesHeadsView(entry: Entry): boolean {
    const question = entry.question.toLowerCase();
    return (GIVES_WHAT_WAS_SAID[language]?.test(question) ?? false) && (ASKS_HEADS_VIEW[language]?.[0].test(question) ?? false);
  }

  /**
   * An elliptical follow-up ("and local government?", "what about towns?"): no question of its
   * own, only a phrase. It goes on with the last answer's topic when the phrase is
   * near the last entry ("what about towns?" after the count of members, which counts cities).
   */
  function continuing(question: string, last: Entry, candidates: Candidate[]): Decision | undefined {
    const pattern = ELLIPSIS[language];
    // "what about" and at most ELLIPSIS_WORDS more: longer messages are no such phrase, and are not read.
    if (!pattern || wordCount(question) > ELLIPSIS_WORDS + 2) return undefined;
    const phrase = pattern.exec(question.trim())?.[1];
    if (phrase === undefined || wordCount(phrase) > ELLIPSIS_WORDS) return undefined;
    const next = candidates.find((c) => c.entry.id === last.id && c.confidence >= ELLIPSIS_CONFIDENCE);
    return next ? { kind: 'answer', candidate: next, candidates } : undefined;
  }

  /**
   * A follow-up too vague on its own ("what about the email?", "who said it?") or pointing back
   * ("what is his email?") is read again together with the last answer's question; the new reading
   * wins when it is an answer.
   */
  function inContext(question: string, last: Entry, decision: Decision): Decision | undefined {
    const combined = decide(matcher.match(`${question} ${last.question}`).candidates, options.decision);
    // The last question's words pull towards the last entry: take it again only if the follow-up alone
    // pointed there too, or, in Spanish or French, asks for something of theirs ("¿y su correo?" after
    // the director; English "his email" finds the director's entry alone, while "and what do they
    // commit to?" after the count of members asks something new).
    const repeatsLast = combined.kind === 'answer' && combined.candidate.entry.id === last.id;
    if (repeatsLast && !decision.candidates.some((c) => c.entry.id === last.id) && !POSSESSIVE_IN[language]?.test(question)) return undefined;
    // Nor when the follow-up alone answers another entry well clear of the last ("ok. where i write them
    // email" after what a residency is: "write" is in the last question, the email is what is asked).
    const lastAlone = decision.candidates.find((c) => c.entry.id === last.id)?.confidence ?? 0;
    // Not one that asks for something of theirs ("what is his email?" after the director, "¿y su correo?").
    const theirs = POSSESSIVE_IN[language]?.test(question) || (language === 'en' && /\b(?:his|her|its|their)\b/i.test(question));
    if (repeatsLast && !theirs && decision.kind === 'answer' && decision.candidate.entry.id !== last.id && decision.candidate.confidence - lastAlone >= CLEAR_OF_LAST) return undefined;
    // Only a confident reading counts: a question off the topic after an answer ("what time is it in
    // Oslo?") stays unanswered, instead of turning into a menu of the last topic.
    return combined.kind === 'answer' ? combined : undefined;
  }

  return {
    get knowledge() {
      return matcher.knowledge;
    },
    ask,
    entry: (id) => matcher.knowledge.byId.get(id),
    followUps: (entry) =>
      entry.followUps.map((id) => matcher.knowledge.byId.get(id)).filter((e): e is Entry => e !== undefined),
    inLanguage(language) {
      const knowledge = matcher.knowledge;
      if (translated?.version !== knowledge.version) translated = { version: knowledge.version, engines: new Map() };
      let found = translated.engines.get(language);
      if (!found) {
        const translation = knowledge.translations?.find((t) => t.language === language);
        if (!translation) return undefined;
        // A message reaches another language's knowledge once it is told to be in that language. Its
        // bars are lower than English's; a translation with words of its domain asks a question
        // without one for a surer best entry before a menu, as English does.
        const bars = { ...TRANSLATED_DECISION, ...options.translatedDecision };
        const hasDomain = (translation.vocabulary?.domain?.length ?? 0) > 0;
        found = createFaqEngine(translation, {
          ...options,
          normalize: { ...options.normalize, language },
          domainDecision: bars,
          plainDecision: hasDomain ? { ...TRANSLATED_DECISION, ...TRANSLATED_PLAIN_DECISION, ...options.translatedDecision } : bars,
        });
        translated.engines.set(language, found);
      }
      return found;
    },
    replaceKnowledge(next) {
      // The vocabulary comes with the knowledge: a reloaded folder brings its new words too.
      matcher = createMatcher(next, options.matcher, options.normalize);
      domainTerms = termsOfDomain();
      answerWordLists = wordListsOfAnswers();
      answerPairs = pairsOfAnswers();
      answerWords = wordsOfAnswers();
      onTopic = entriesOnTopics();
      held = answersHeld();
      recogniseSmallTalk = createSmallTalk(next.vocabulary?.names);
    },
  };
}

export type { Candidate, Decision, Entry, KnowledgeBase };
