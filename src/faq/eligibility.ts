/**
 * The eligibility reading of a question: "is it only for writers, or for artists too?", "¿también
 * para periodistas?", "seulement les écrivains ?", "الاقامة للرسامين كمان ولا بس للكتاب", "نقاش هم
 * میتونه درخواست بده یا فقط نویسنده ها؟". Such a question names one of the kinds of people the
 * residencies are for and asks whether it is included, or names none and asks whom they are for
 * ("c'est pour qui ?"). Its answer is who the residencies are for, even when the person's own
 * story, or the word for their art, comes nearer another entry.
 *
 * The forms are written per language the knowledge speaks; the people are the page's three
 * (writers, artists, journalists) and the words people use for them (poets, painters, rappers...).
 * An occupation the page does not name ("translators", "lawyers") is no such word: the engine says
 * the page does not speak of it (`dictionary.ts`).
 */
import { latin } from './wordEdges.js';

/** The knowledge entry the eligibility reading answers with, when the knowledge has it. */
export const ELIGIBILITY_ENTRY_ID = 'who-can-get-a-residency';

interface Forms {
  /** "is this chat only for journalists?": a question about something else than the residencies. */
  aboutSomethingElse?: RegExp;
  /** "only writers", "artists too", "not only journalists": included or only some, of the people named. */
  included: RegExp[];
  /** "who is it for?", "c'est pour qui ?", "لمين؟": whom the residencies are for, no one named. */
  whoFor?: RegExp;
}

/** The people of the page and their arts, as English writes them. */
const PEOPLE_EN =
  '(?:writers?|authors?|poets?|novelists?|bloggers?|artists?|musicians?|painters?|filmmakers?|cartoonists?|performers?|photographers?|singers?|songwriters?|actors?|actress(?:es)?|dancers?|rappers?|illustrators?|sculptors?|playwrights?|comedians?|journalists?|reporters?|columnists?|broadcasters?|podcasters?|photojournalists?)';

const ENGLISH: Forms = {
  // "for whom exactly?" after what members commit to; "who is it for?".
  // And who can benefit from them: "Who can benefit from an ICORN residency?", "who qualifies?"; "is it for people like me??".
  whoFor: /\bfor whom\b|\b(?:is|are) (?:it|icorn|this|they|the network|the residenc(?:y|ies)|residencies) (?:\w+ )?(?:for|open to) (?:people|someone|somebody|a person|persons|writers|artists|journalists) like (?:me|us|mine)\b|\bwho (?:is|are) (?:it|they|these|those|the residencies|residencies|the residency|this) (?:\w+ )?for\b|\bwho (?:can|could|may) (?:benefit|be hosted|be protected|get (?:a |an |one )?(?:\w+ )?residenc\w*|receive (?:a |an |one )?(?:\w+ )?residenc\w*)\b|\bwho (?:benefits|qualifies|is eligible)\b|\bwho (?:exactly |actually )?(?:gets|get) (?:hosted|protected|sheltered|taken in|a residency)\b|\bwhat (?:sort|sorts|kind|kinds|type|types) of (?:people|persons|individuals|guests)\b/,
  aboutSomethingElse: /\b(?:this|the|your) (?:chat|chatbot|bot|service|website|site|newsletter|event|conference|page)\b/,
  included: [
    // "only for writers", "or also for musicians like me", "not only writers", "just the journalists";
    // not "protecting writers matters for everyone, not just the writers themselves".
    new RegExp(`\\b(?:only|just|solely|also|even)\\s+(?:for\\s+|to\\s+)?(?:the\\s+|a\\s+|an\\s+)?(?:\\w+\\s+)?${PEOPLE_EN}\\b(?!\\s+themselves)`),
    // "artists too", "journalists as well", "journalist can also apply".
    new RegExp(`\\b${PEOPLE_EN}\\s+(?:\\w+\\s+)?(?:too|as well|(?:can|could|may) also|also)\\b`),
    // "do the residencies include musicians?", "are cartoonists accepted?", "are poets eligible?".
    new RegExp(`\\b(?:include|includes|including|cover|covers|accept|accepts|admit|admits|open to|extend to|extends to)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\w+\\s+)?${PEOPLE_EN}\\b`),
    new RegExp(`\\b${PEOPLE_EN}\\s+(?:\\w+\\s+)?(?:included|accepted|admitted|eligible|covered|welcome)\\b`),
    // "or is it strictly a literary thing?": only the writers, asked of the residencies.
    // "or is it strictly a writers' thing?".
    /\b(?:strictly|only|just|purely|exclusively) (?:a |for )?(?:literary|literature|writers'?|writer's|authors'?)(?: thing| affair| matter| programme| program)?\b/,
    // "do they protect journalists?", "icorn protect artist or only give house": asked yes or no, from
    // the message's start; not "How does ICORN help journalists?" or "Why should cities protect them?".
    new RegExp(`^(?:and |so |but )?(?:(?:do|does|can|could|will|would)\\s+)?(?:they|you|icorn|the network|the cities|cities|it|the residencies|residencies)\\s+(?:also\\s+|really\\s+)?(?:protect|help|support|host|shelter|accept|welcome|take in)s?\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\w+\\s+)?${PEOPLE_EN}\\b`),
    // "icorn cities is safe place for artists like me?": the residencies for someone of that work, the one asking.
    new RegExp(`\\bfor\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\w+\\s+)?${PEOPLE_EN}\\s+like\\s+(?:me|us|myself)\\b`),
    // "is icorn for journalist?", "icorn is for writers, yes?", "is the residency for a cartoonist like me?",
    // "icorn is safe place for writter?".
    new RegExp(`^(?:and |so |but )?(?:(?:is|are)\\s+(?:icorn|it|this|the network|the residency|the residencies|residencies|a residency|the programme|the program)|(?:icorn|it|this|the residency|the residencies|residencies)\\s+(?:is|are))\\s+(?:also\\s+|really\\s+)?(?:(?:a\\s+)?(?:safe\\s+)?(?:place|haven|refuge|home)\\s+)?(?:for|open to)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\w+\\s+)?${PEOPLE_EN}\\b`),
  ],
};

/** Spanish, accents optional. */
const PEOPLE_ES =
  '(?:escritor(?:a|es|as)?|autor(?:a|es|as)?|poetas?|poetisas?|novelistas?|bloguer[oa]s?|artistas?|m[uú]sic[oa]s?|pintor(?:a|es|as)?|caricaturistas?|dibujantes?|ilustrador(?:a|es|as)?|cineastas?|fot[oó]graf[oa]s?|cantantes?|rapper[oa]s?|raper[oa]s?|actor(?:es)?|actriz|actrices|periodistas?|reporter[oa]s?|columnistas?|comunicador(?:a|es|as)?)';

const SPANISH: Forms = {
  included: [
    latin(new RegExp(`\\b(?:s[oó]lo|solamente|[uú]nicamente|tambi[eé]n|incluso|hasta)\\s+(?:para\\s+|a\\s+)?(?:los\\s+|las\\s+|el\\s+|la\\s+|un\\s+|una\\s+)?(?:\\p{L}+\\s+)?${PEOPLE_ES}\\b`, 'u')),
    latin(new RegExp(`\\b${PEOPLE_ES}\\s+(?:\\p{L}+\\s+)?(?:tambi[eé]n|igual)\\b`, 'u')),
    latin(new RegExp(`\\b(?:incluyen?|aceptan?|admiten?|cubren?|abiert[oa]s? a)\\s+(?:a\\s+)?(?:los\\s+|las\\s+|el\\s+|la\\s+)?(?:\\p{L}+\\s+)?${PEOPLE_ES}\\b`, 'u')),
    latin(new RegExp(`\\b${PEOPLE_ES}\\s+(?:\\p{L}+\\s+)?(?:incluid|aceptad|admitid|elegibles?\\b)`, 'u')),
    latin(new RegExp(`^¿?\\s*(?:y |pero )?(?:icorn |ustedes |la red |las ciudades )?(?:protegen|protege|acogen|acoge|ayudan|ayuda|reciben|recibe|apoyan|apoya)\\s+(?:tambi[eé]n\\s+)?(?:a\\s+)?(?:los\\s+|las\\s+|un\\s+|una\\s+)?(?:\\p{L}+\\s+)?${PEOPLE_ES}\\b`, 'u')),
  ],
  whoFor: latin(/\bpara qui[eé]n(?:es)? (?:es|son|est[aá]n|sirve[n]?)\b|\ba qui[eé]n(?:es)? (?:va[n]? dirigid[oa]s?|est[aá]n? (?:dirigid|destinad)[oa]s?)\b|\bqui[eé]n(?:es)? (?:puede[n]? )?(?:beneficiarse|se beneficia[n]?|tiene[n]? derecho)\b/u),
};

/** French, accents optional. */
const PEOPLE_FR =
  '(?:[ée]crivain(?:e)?s?|auteur(?:e)?s?|autrices?|po[eè]tes?|po[ée]tesses?|romanci(?:er|[eè]re)s?|blogueu(?:r|se)s?|artistes?|musicien(?:ne)?s?|peintres?|dessinat(?:eur|rice)s?|caricaturistes?|illustrat(?:eur|rice)s?|cin[ée]astes?|photographes?|chanteu(?:r|se)s?|rappeu(?:r|se)s?|com[ée]dien(?:ne)?s?|journalistes?|reporters?|chroniqueu(?:r|se)s?)';

const FRENCH: Forms = {
  included: [
    latin(new RegExp(`\\b(?:seulement|uniquement|juste|aussi|[ée]galement|m[eê]me|pas que|pas seulement)\\s+(?:pour\\s+|aux\\s+|[àa]\\s+)?(?:les\\s+|la\\s+|le\\s+|l['’]|des\\s+|un\\s+|une\\s+)?(?:\\p{L}+\\s+)?${PEOPLE_FR}\\b`, 'u')),
    latin(new RegExp(`\\b${PEOPLE_FR}\\s+(?:\\p{L}+\\s+)?(?:aussi|[ée]galement)\\b`, 'u')),
    latin(new RegExp(`\\b(?:incluent|inclut|concernent|concerne|acceptent|accepte|admettent|ouvert(?:e|es|s)? aux)(?:-elles|-ils|-t-elle|-t-il)?\\s+(?:les\\s+|des\\s+)?(?:\\p{L}+\\s+)?${PEOPLE_FR}\\b`, 'u')),
    latin(new RegExp(`\\b${PEOPLE_FR}\\s+(?:\\p{L}+\\s+)?(?:inclus|accept[ée]|admis|[ée]ligibles?\\b|concern[ée])`, 'u')),
    latin(new RegExp(`^(?:et |mais )?(?:est-ce qu['’]?(?:e\\s+)?(?:vous|ils|elles|icorn|le r[ée]seau|les villes|on)\\s+|(?:icorn|vous|le r[ée]seau|les villes)\\s+)(?:prot[eéè]g\\w*|accueill\\w*|aid\\w*|soutien\\w*|h[ée]berg\\w*)\\s+(?:aussi\\s+)?(?:les\\s+|des\\s+|un\\s+|une\\s+)?(?:\\p{L}+\\s+)?${PEOPLE_FR}\\b`, 'u')),
  ],
  whoFor: latin(/\b(?:c['’]?\s*est|c|c'est|sont|est) pour qui\b|\bpour qui (?:sont|est|c['’]?\s*est)\b|\b[àa] qui s['’]adress\w*|\bqui (?:peut|pourrait|peuvent) (?:en )?b[ée]n[ée]ficier\b|\bqui (?:a droit|est [ée]ligible)\b/u),
};

/** Letters and the marks on them: what a word of Arabic script is made of. */
const LETTER = '[\\p{L}\\p{M}]';

/** Arabic: with the attached "and", "for", "the" in front ("للرسامين", "والصحفيين"). */
const PEOPLE_AR = `(?<!${LETTER})[وفب]?(?:لل|ل|ال)?(?:كاتب|كاتبة|كتاب|كتّاب|الكتاب|فنان|فنانة|فنانين|فنانون|رسام|رسامة|رسامين|شاعر|شاعرة|شعراء|صحفي|صحفية|صحفيين|صحفيون|صحافي|صحافية|صحافيين|صحافيون|مغني|مغنية|مغنيين|موسيقي|موسيقيين|رابور|رابر|مصور|مصورين|سينمائي|مخرج|مخرجين|روائي|مدون|مدونين)(?!${LETTER})`;
/** "only" (بس، فقط، غير) and "also" (كمان، أيضا، حتى، برضو). */
const ONLY_AR = '(?:بس|فقط|غير|كمان|ايضا|أيضا|أيضاً|ايضاً|حتى|برضو|برضه|بردو)';

const ARABIC: Forms = {
  included: [
    new RegExp(`(?<!${LETTER})${ONLY_AR}\\s+(?:ل|لل)?(?:\\S+\\s+)?${PEOPLE_AR}`, 'u'),
    new RegExp(`${PEOPLE_AR}\\s+(?:\\S+\\s+)?${ONLY_AR}(?!${LETTER})`, 'u'),
    // "هل الاقامات تشمل الفنانين" (do the residencies include artists?), "هل الصحفيين مشمولين؟".
    new RegExp(`(?<!${LETTER})(?:تشمل|يشمل|تقبل|يقبل|بتقبل|بيقبل|بتشمل)\\s+(?:\\S+\\s+)?${PEOPLE_AR}`, 'u'),
    new RegExp(`${PEOPLE_AR}\\s+(?:\\S+\\s+)?(?:مشمول|مقبول)`, 'u'),
  ],
  // And "who can benefit": "مين بيقدر يستفيد من الاقامات؟", "من يحق له".
  whoFor: new RegExp(`(?<!${LETTER})(?:لمين|لمن|لمنو|لشكون)(?!${LETTER})|(?<!${LETTER})(?:مين|من|شكون|منو)\\s+(?:\\S+\\s+)?(?:يستفيد|يستافد|يحق له|يحق لهم|يستحق)(?!${LETTER})`, 'u'),
};

/** Persian: plurals with ها or ان, joined or not, and the spoken ending ا ("ژورنالیستا"). */
const PEOPLE_FA = `(?<!${LETTER})(?:نویسنده|نویسندگان|هنرمند|نقاش|شاعر|روزنامه‌?\\s?نگار|خبرنگار|ژورنالیست|کارتونیست|کاریکاتوریست|موسیقی‌?\\s?دان|موزیسین|خواننده|فیلمساز|فیلم‌ساز|عکاس|رپر|وبلاگ‌?\\s?نویس)(?:\\s?‌?(?:ها|های|ان|ای|ا))?(?:ست|است|اند)?(?!${LETTER})`;

const PERSIAN: Forms = {
  included: [
    // "فقط نویسنده ها", "فقط برای ژورنالیستاست".
    new RegExp(`(?<!${LETTER})(?:فقط|تنها|حتی)\\s+(?:برای\\s+|مال\\s+)?(?:\\S+\\s+)?${PEOPLE_FA}`, 'u'),
    // "نقاش هم میتونه", "هنرمندا رو هم".
    new RegExp(`${PEOPLE_FA}\\s+(?:رو\\s+|را\\s+)?(?:هم|همچنین)(?!${LETTER})`, 'u'),
    // "نقاشا رو قبول میکنن؟" (do they accept painters?), "شامل خبرنگارها میشه؟".
    new RegExp(`${PEOPLE_FA}\\s+(?:رو\\s+|را\\s+)?(?:قبول|می‌پذیر|میپذیر|پذیرفته|شامل)`, 'u'),
    new RegExp(`(?<!${LETTER})شامل\\s+(?:\\S+\\s+)?${PEOPLE_FA}`, 'u'),
    // "من نقاشم نه نویسنده، بازم میتونم ...؟" (I'm a painter, not a writer: can I still ...?).
    new RegExp(`(?<!${LETTER})نه\\s+${PEOPLE_FA}`, 'u'),
  ],
  // Not "این نقل قول مال کیه؟" (whose is this quote?), which asks who said it.
  whoFor: new RegExp(`(?<!${LETTER})(?<!(?:نقل\\s?‌?قول|جمله|گفته|حرف|سخن)[^.?!؟]{0,80})(?:مال|برای)\\s+(?:کی|کیا|کیه|کیاست|چه کسانی|چه کسی)(?!${LETTER})|(?<!${LETTER})(?:چه کسانی|چه کسی|کیا)\\s+(?:می‌?تونن|می‌?تونه|می‌?توانند|می‌?تواند)\\s+(?:از\\s+(?:\\S+\\s+){1,3})?(?:استفاده|بهره)`, 'u'),
};

const FORMS: Record<string, Forms> = { en: ENGLISH, es: SPANISH, fr: FRENCH, ar: ARABIC, fa: PERSIAN };

/** True when a question asks whether a kind of person is among those the residencies are for, or whom they are for. */
export function asksWhoIsIncluded(question: string, language = 'en'): boolean {
  const forms = FORMS[language];
  if (!forms) return false;
  const lower = question.toLowerCase();
  if (forms.aboutSomethingElse?.test(lower)) return false;
  return forms.included.some((pattern) => pattern.test(lower)) || (forms.whoFor?.test(lower) ?? false);
}
