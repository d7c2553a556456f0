/**
 * Kinds of question that one sentence of the page answers, read from the question's form and from
 * the answers' own words: a question of the kind goes to an entry whose answer says that sentence,
 * even when the question's words come nearer another entry. The evidence is read from the answers,
 * so an editor who rewords the sentence moves the answer (a test says which entries hold it).
 *
 * - `growingNeed`: "is the danger for journalists growing?", "les menaces augmentent-elles ?": an
 *   entry whose answer says the world is becoming more threatening and protection more needed (why
 *   it matters), or that the spaces for freedom of expression are shrinking (the director's words),
 *   not the network's own growth ("Is ICORN expanding?").
 * - `symbolic`: "Is ICORN's work purely symbolic?", "more than a gesture?": the cities' common
 *   mission is "to make both symbolic and practical contribution".
 * - `civilSociety`: "Is it run only by governments, with no NGOs involved?", "would our literary
 *   associations have a role, or is it purely for the town administration?": ICORN fosters
 *   "strong partnerships between local authorities and civil society" (the partners, the common mission).
 * - `freeExpression`: "icorn's stance on free expression?", "a human rights organisation or more of a
 *   cultural one?", "icorn is against censorship?": the vision works for "freedom of expression as a
 *   fundamental human right".
 * - `whyJoin`: "why should our city join icorn?", "what's in it for our city?": ICORN's objective is
 *   "engaging cities to be ambassadors", its task to "mobilize cities" (the objective, the director's
 *   words, the vision), and protecting these voices "has become ever more needed" (why it matters),
 *   where the words alone come nearest how a city joins.
 * - `whereMembers`: "which countrys have icorn citys", "Is it true that ICORN only works in Europe?",
 *   "are there already members on our side of the Atlantic?", "c'est juste en Europe ?": ICORN is made
 *   up of cities and regions "across Europe and the Americas" (the count of members, what ICORN is),
 *   where the words alone come near the vision ("world") or nothing. A continent the page does not
 *   name ("in Asia?") is still told that the page does not say, by the reading of what it lacks.
 * - `citiesRole`: "What role does ICORN hope member cities will take on?", "In what sense are member
 *   cities supposed to be ambassadors?", "شنو هو الدور ديال المدن فهاد الشبكة؟": ICORN engages cities
 *   "to be ambassadors for human rights" (the objective) and to become "committed actors for human
 *   rights" (the director's words), where the words alone came nearest the vision or the common
 *   mission. Not the role of partners or civil society, nor a host city's part in a residency.
 * - `temporary`: "Is it true that the residencies are only temporary?", "Are the residencies a form of
 *   permanent resettlement?", "¿son para siempre o por un tiempo?": the residencies are "temporary
 *   protective residencies" (what a residency is, and the other entries that say so). How long they
 *   last is still told that the page does not say, by the reading of what it lacks.
 * - `existingCities`: "What is ICORN doing with regard to the cities already in the network?", "¿Qué
 *   hacen con las ciudades que ya son miembros?", "Est-ce qu'ICORN fait quelque chose pour maintenir les
 *   villes déjà membres ?": the key project of "retention of existing ICORN Cities of Refuge", where the
 *   words alone came near the count of members or how a city joins. Not how many or which cities.
 * - `purpose`: "What is ICORN ultimately trying to achieve?", "ICORN's main goal in one sentence?": its
 *   "principal objective" (the entry that states it), where the words alone offered a menu of the
 *   ideas entries. Not the vision or the mission named, nor what the cities achieve together, nor a
 *   plan's goals. English only.
 * - `commitment`: "what exactly are we signing up to do if we become a member?", "what would our city
 *   be committing to?": each ICORN member "commits to providing protection and support" (what members
 *   commit to, and the entries that say it too), where the words alone came nearest how a city joins.
 *   English only.
 * - `actsTogether`: "Who does ICORN say it acts together with to improve freedom of expression?",
 *   "Does ICORN see itself as acting together with partners and defenders?": the vision says "we act
 *   together with members, partners, and defenders", where the words alone came nearest the partners.
 * - `dependsOnPartners`: "Does ICORN actually want outside partners, or is it a closed circle of
 *   cities?", "does ICORN need partners like us, or are the cities self-sufficient?", "does it work
 *   alone?": ICORN's words "we totally depend on a growing amount of partners" (the partners and the
 *   quote on them), where the words alone offered a menu or nothing. English only.
 * - `whatItDoes`: "I need two or three lines for our board memo describing what ICORN does. Could you
 *   summarise it?", "what this network is and what a city takes on": what ICORN is, the entry that
 *   says "ICORN is the International Cities of Refuge Network", where a story's words drowned the
 *   phrase. Not what it does for someone ("what ICORN does for writers") nor in a place. English only.
 * - `whyExpand`: "why is expanding the network a priority", "Why does the expansion one matter?", "What's
 *   the point of adding more cities?": the expansion project's own reason, "making a larger number of
 *   ICORN residencies possible" (the project, and the key projects that list it), where the words
 *   alone came nearest why protecting writers matters. Not a growing need or danger. English only.
 * - `whyProtect`: "why would a city in another country care about someone like me?", "but why they do
 *   this for people like us??": why ICORN protects these people, which the page says in "they take
 *   risks for all of us" (why it matters), where the words alone found nothing. After `whyJoin`: why a
 *   city should join is that question. English only.
 * - `worksWithOthers`: "does icorn work together with other organisations like this?", "if ICORN
 *   coordinates with other organisations": ICORN's words on partners, or its project of cooperation
 *   with partners and sister organisations (the partners, the quote on them, the project, the key
 *   projects), where the words alone offered a menu or nothing. In English, Spanish and French.
 * - `visibility`: "Is making their work visible something ICORN cares about, or do they prefer residents
 *   keep a low profile?", "my work still reach people or i become invisible and forgotten?": the
 *   residencies reinforce "the impact of their work" and raise awareness (the objective, what a
 *   residency is), where the words alone offered a menu or nothing. English only.
 * - `relocationHurdles`: "the legal and bureaucratic obstacles that come with moving someone to a new
 *   country. Is that part of their current agenda?", "We often struggle with the paperwork when someone
 *   has to move country": the key project "to facilitate the legal and administrative practicalities of
 *   relocation processes" (the project, the key projects), where the words alone came nearest the count
 *   of members or the partners. English only.
 * - `moreCities`: "are thay taking more cities? i want more places", "they want make more residency or
 *   no?": the key project of "continued expansion of the network ... making a larger number of ICORN
 *   residencies possible", where the words alone offered a menu or nothing. Not how many there are.
 *   English only.
 * - `cityPolicy`: "How would ICORN expect membership to shape our city's policy?", "Does ICORN treat
 *   hospitality as something to be written into city policy?": the director's words, "making the values
 *   of solidarity, creativity and hospitality core priorities of each city's policy", where the words
 *   alone came nearest what members commit to. English only.
 */
import { latin } from './wordEdges.js';

/** The kinds of question read here. */
export type AnswerForm = 'growingNeed' | 'symbolic' | 'civilSociety' | 'freeExpression' | 'whyJoin' | 'whereMembers' | 'citiesRole' | 'temporary' | 'existingCities' | 'actsTogether' | 'commitment' | 'purpose' | 'dependsOnPartners' | 'whatItDoes' | 'whyExpand' | 'whyProtect' | 'worksWithOthers' | 'visibility' | 'relocationHurdles' | 'moreCities' | 'cityPolicy';

interface Forms {
  /** The question asks so: one of these, and `also` when given. */
  asks: RegExp[];
  also?: RegExp;
  /** Unless this: a question of another kind that shares the words. */
  unless?: RegExp;
  /** An answer says it. */
  gives: RegExp;
  /**
   * Read only where the words found no answer: a clause of a longer message ("... I'm writing about
   * what ICORN does. Does it help with the paperwork of relocation?" asks of relocation).
   */
  onlyWhereUnanswered?: boolean;
  /**
   * Asked only by the sentence that asks (or the one before it that it points back to), never read
   * in the whole message: places named in a story ("we fund work in Europe and Latin America") do not
   * ask where the members are.
   */
  onlyInItsSentence?: boolean;
}

/** Where the members are: asked of the members or cities, of countries or continents as a set, or as "only Europe?". */
const WHERE_MEMBERS: Record<string, Forms> = {
  en: {
    asks: [
      /\bwhere\b[^.?!]{0,30}?\b(?:members?|member cities|cit(?:y|ies|ys)|citie)\b/,
      /\b(?:which|what|how many) (?:countries|countrys|continents|parts of the world)\b/,
      /\b(?:only|just|purely|mainly|mostly|limited to|exclusively|confined to|restricted to)\b[^.?!]{0,25}?\beurope(?:an)?\b/,
      /\b(?:outside|beyond) (?:of )?europe\b|\bside of the atlantic\b|\b(?:on |in )?(?:every|each|all) continents?\b|\b(?:the americas|latin america|south america|north america)\b|\bgeograph\w*/,
      /\b(?:members?|cit(?:y|ies|ys))\b[^.?!]{0,30}\b(?:in|on|across) (?:the )?(?:americas?|canada|africa|asia|australia|oceania)\b/,
      // "is icorn a global thing or regional?", "focused on one country or region or whether it works globally".
      // Of ICORN, not of a problem ("is censorship global or regional?").
      /\b(?:icorn|it|network|organi[sz]ation)\b[^.?!]{0,25}?\b(?:(?:global(?:ly)?|worldwide|world-wide)\b[^.?!]{0,30}\bor\b[^.?!]{0,20}\b(?:regional|local|one (?:country|region)|european)|(?:regional|one (?:country|region)|european)\b[^.?!]{0,40}\bor\b[^.?!]{0,30}\b(?:global(?:ly)?|worldwide))\b/,
    ],
    // ICORN's goal for the world, how or where to apply, write or turn, its own office.
    unless: /\b(?:goals?|aims?|mission|objectives?|vision|office|headquarter\w*|based|located|address|apply|send|write|turn)\b/,
    gives: /\beurope and the americas\b/,
    onlyInItsSentence: true,
  },
  es: {
    asks: [
      latin(/\bd[oó]nde\b[^.?!]{0,30}?\b(?:miembros|ciudades)\b/u),
      latin(/\b(?:qu[eé]|cu[aá]les|cu[aá]ntos) (?:pa[ií]ses|continentes)\b/u),
      latin(/\b(?:s[oó]lo|solamente|[uú]nicamente|exclusivamente|principalmente|limitad[oa] a)\b[^.?!]{0,25}?\beurop\w*/u),
      latin(/\bfuera de europa\b|\b(?:am[eé]rica latina|latinoam[eé]rica|am[eé]rica del (?:sur|norte)|las am[eé]ricas)\b|\bgeogr[aá]fic\w*/u),
      latin(/\b(?:miembros|ciudades)\b[^.?!]{0,30}\ben (?:am[eé]rica|canad[aá]|[aá]frica|asia|australia|ocean[ií]a)\b/u),
    ],
    unless: latin(/\b(?:objetivos?|metas?|misi[oó]n|visi[oó]n|oficinas?|sede|direcci[oó]n|solicitar|postular|escribir)\b/u),
    gives: latin(/\beuropa y am[eé]rica\b/u),
    onlyInItsSentence: true,
  },
  fr: {
    asks: [
      latin(/\b(?:o[uù] (?:sont|se trouvent|se situent|est-ce que)|sont o[uù]|se trouvent o[uù]|où)\b[^.?!]{0,30}?\b(?:membres|villes)\b/u),
      latin(/\b(?:quels|combien de) (?:pays|continents)\b/u),
      latin(/\b(?:seulement|juste|uniquement|surtout|principalement|que|limit[ée]e? [aà]|exclusivement)\b[^.?!]{0,25}?\beurop\w*/u),
      latin(/\b(?:hors d['’]europe|en dehors de l['’]europe|am[ée]rique latine|am[ée]rique du (?:sud|nord)|aux am[ée]riques|les am[ée]riques|c[oô]t[ée] de l['’]atlantique)\b|\bg[ée]ographi\w*/u),
      latin(/\b(?:membres|villes)\b[^.?!]{0,30}\ben (?:am[ée]rique|afrique|asie|australie|oc[ée]anie)\b|\bau canada\b/u),
    ],
    unless: latin(/\b(?:objectifs?|buts?|mission|vision|bureaux?|si[eè]ge|adresse|postuler|candidater|[ée]crire)\b/u),
    gives: latin(/\beurope et dans les am[ée]riques\b/u),
    onlyInItsSentence: true,
  },
  ar: {
    asks: [
      /(?:أين|اين|وين|فين|فاين)[^.?!؟]{0,30}(?:المدن|مدن|الأعضاء|الاعضاء)/u,
      /(?:أي|اي|ما هي|ماهي|كم) (?:الدول|البلدان|القارات|دول|بلدان|قارات|دولة|دوله|قارة|قاره)/u,
      /(?:فقط|بس|غير|حصرا|حصريا)[^.?!؟]{0,20}(?:أوروبا|اوروبا|أوروبي|اوروبي)|(?:أوروبا|اوروبا)[^.?!؟]{0,10}(?:فقط|بس|وحسب)/u,
      /(?:الأمريكيتين|الامريكيتين|أمريكا اللاتينية|امريكا اللاتينية|خارج أوروبا|خارج اوروبا)/u,
    ],
    unless: /(?:هدف|أهداف|اهداف|رسالة|رؤية|رؤيه|مكتب|مقر|عنوان|تقديم|أتقدم|اتقدم)/u,
    gives: /أوروبا والأمريكتين/u,
    onlyInItsSentence: true,
  },
  fa: {
    asks: [
      /کجا[^.?!؟]{0,30}(?:شهر|عضو)|(?:شهر|عضو)[^.?!؟]{0,30}کجا/u,
      /(?:کدام|کدوم|چه|چند) (?:کشور|قاره)/u,
      /(?:فقط|تنها|صرفا|صرفاً)[^.?!؟]{0,20}اروپا|اروپا[^.?!؟]{0,10}(?:فقط|تنها)/u,
      /(?:خارج از اروپا|بیرون از اروپا|آمریکای لاتین|امریکای لاتین|قاره آمریکا|قارهٔ آمریکا)/u,
    ],
    unless: /(?:هدف|اهداف|ماموریت|مأموریت|چشم‌?انداز|دفتر|آدرس|نشانی|درخواست)/u,
    gives: /اروپا و قار[هە]ٔ? ?آمریکا/u,
    onlyInItsSentence: true,
  },
};

/** The role ICORN wants cities to take on. */
const CITIES_ROLE: Record<string, Forms> = {
  en: {
    asks: [
      /\brole\b[^.?!]{0,50}\b(?:cit(?:y|ies)|municipalit(?:y|ies)|members?)\b/,
      /\b(?:cit(?:y|ies)|municipalit(?:y|ies)|members?)\b[^.?!]{0,50}\b(?:role|ambassadors?)\b/,
    ],
    unless: /\b(?:partners?|civil society|ngos?|associations?|organi[sz]ations|residenc(?:y|ies)|during)\b/,
    gives: /\bambassadors for human rights\b|\bcommitted actors for human rights\b/,
  },
  es: {
    asks: [latin(/\b(?:papel|rol)\b[^.?!]{0,50}\b(?:ciudad(?:es)?|municipios?|miembros)\b/u), latin(/\b(?:ciudad(?:es)?|municipios?|miembros)\b[^.?!]{0,50}\b(?:papel|rol|embajador\w*)\b/u)],
    unless: latin(/\b(?:socios|sociedad civil|ongs?|organizaciones|asociaciones|residencias?)\b/u),
    gives: latin(/\bembajadoras de los derechos humanos\b|\bactores comprometidos con los derechos humanos\b/u),
  },
  fr: {
    asks: [latin(/\br[ôo]le\b[^.?!]{0,50}\b(?:villes?|communes?|municipalit[ée]s?|membres)\b/u), latin(/\b(?:villes?|communes?|membres)\b[^.?!]{0,50}\b(?:r[ôo]le|ambassad\w*)\b/u)],
    unless: latin(/\b(?:partenaires?|soci[ée]t[ée] civile|ongs?|organisations|associations|r[ée]sidences?)\b/u),
    gives: latin(/\bambassadrices des droits humains\b|\bacteurs engag[ée]s en faveur des droits humains\b/u),
  },
  ar: {
    asks: [/دور[^.?!؟]{0,40}(?:المدن|مدن|المدينة|المدينه|الأعضاء|الاعضاء|البلديات)/u, /(?:المدن|مدن|المدينة|المدينه)[^.?!؟]{0,40}(?:دور|سفراء|سفيرة)/u],
    unless: /(?:الشركاء|شركاء|المجتمع المدني|المنظمات|الجمعيات|الإقامة|الاقامة)/u,
    gives: /سفيرةً? لحقوق الإنسان|فاعلة ملتزمة بحقوق الإنسان/u,
  },
  fa: {
    asks: [/نقش[^.?!؟]{0,40}(?:شهر|اعضا)/u, /شهر[^.?!؟]{0,40}(?:نقش|سفیر)/u],
    unless: /(?:شرکا|شریک|جامعه مدنی|جامعه‌ی مدنی|سازمان|انجمن|اقامت)/u,
    gives: /سفیران حقوق بشر|متعهد به حقوق بشر/u,
  },
};

/** Whether the residencies are temporary or for good. */
const TEMPORARY: Record<string, Forms> = {
  en: {
    // And as a second language says it: "for short time or long time?", "is for always or for some time".
    asks: [/\b(?:temporary|temporarily|permanent(?:ly)?|for good|forever|for ever|for life|for always|resettle\w*)\b|\bfor always\b[^.?!]{0,12}\bor\b|\bor for (?:some|a (?:short|limited|certain)) (?:time|period|while)\b|\bshort (?:time|period|while)\b[^.?!]{0,12}\bor\b[^.?!]{0,12}\blong (?:time|period|while)\b/],
    // ICORN's own staff, office or membership, a permit or a visa: other questions.
    unless: /\b(?:staff|office|address|visas?|permits?|members?|membership|cities|city)\b/,
    also: /\b(?:residenc(?:y|ies)|stay|it|they|this|programme|program|protection|hosting|host|time|period|while)\b/,
    gives: /\btemporary\b/,
  },
  es: {
    asks: [latin(/\b(?:temporal(?:es)?|temporalmente|permanente(?:s|mente)?|para siempre|definitiv\w*|por un tiempo)\b/u)],
    unless: latin(/\b(?:personal|oficina|direcci[oó]n|visados?|visas?|permisos?|miembros?|ciudad(?:es)?)\b/u),
    gives: latin(/\btemporales\b/u),
  },
  fr: {
    asks: [latin(/\b(?:temporaires?|temporairement|permanent(?:e|es|s)?|pour toujours|d[ée]finitiv\w*)\b/u)],
    unless: latin(/\b(?:personnel|bureau|adresse|visas?|titres? de s[ée]jour|membres?|villes?)\b/u),
    gives: latin(/\btemporaires\b/u),
  },
  ar: { asks: [/مؤقت|مؤقتة|دائم|دائمة|للأبد|للابد|نهائي/u], unless: /(?:موظف|مكتب|عنوان|تأشيرة|تاشيرة|العضوية|عضو)/u, gives: /مؤقت/u },
  fa: { asks: [/موقت|دائمی|همیشگی|برای همیشه/u], unless: /(?:کارمند|دفتر|آدرس|ویزا|عضویت|عضو)/u, gives: /موقت/u },
};

/** What ICORN does for the cities already in the network. */
const EXISTING_CITIES: Record<string, Forms> = {
  en: {
    asks: [
      /\b(?:already|existing|current)\s+(?:member\s+)?(?:cities|members|towns|municipalities|cities of refuge)\b|\b(?:cities|members|municipalities)\b[^.?!]{0,20}\balready (?:in|part of|members?|joined|belong)\b/,
      /\b(?:keep|keeping|retain|retaining|retention|maintain|hold on to)\b[^.?!]{0,20}\b(?:cities|members|municipalities)\b|\b(?:cities|members)\b[^.?!]{0,20}\b(?:stay|remain|keep going)\b/,
    ],
    also: /\b(?:do|does|doing|done|help|helps|support|supports|keep|keeping|retain|retaining|retention|maintain|stay|remain|anchor\w*|continue|with regard to|for|what about|how about)\b/,
    unless: /\bhow many\b|\bnumber of\b|\bwhich (?:cities|members|ones)\b|\blist\b|\bnames?\b|\bwhere\b/,
    gives: /\bretention of existing\b/,
  },
  es: {
    asks: [latin(/\b(?:ciudades|miembros|municipios)\b[^.?!]{0,30}\bya (?:son|est[aá]n|forman|pertenecen)\b|\b(?:ciudades|miembros) (?:existentes|actuales)\b|\b(?:mantener|retener|conservar)\w*\b[^.?!]{0,20}\b(?:ciudades|miembros)\b/u)],
    unless: latin(/\bcu[aá]nt[oa]s\b|\bn[uú]mero de\b|\bcu[aá]les\b|\blista\b|\bd[oó]nde\b/u),
    gives: latin(/\bseguir manteniendo\b/u),
  },
  fr: {
    asks: [latin(/\b(?:villes|membres|communes)\b[^.?!]{0,30}\bd[ée]j[àa] (?:membres|dans|adh[ée]rentes|partie)\b|\b(?:villes|membres) (?:existant\w*|actuel\w*)\b|\b(?:maintenir|garder|retenir|fid[ée]liser|conserver)\b[^.?!]{0,20}\b(?:villes|membres|communes)\b|\b(?:villes|membres|communes)\b[^.?!]{0,20}\b(?:restent|rester|demeurent)\b/u)],
    unless: latin(/\bcombien\b|\bnombre de\b|\bquelles villes\b|\bliste\b|\bo[uù] sont\b/u),
    gives: latin(/\bfid[ée]liser les villes\b/u),
  },
  ar: {
    asks: [/(?:المدن|الأعضاء|الاعضاء)[^.?!؟]{0,20}(?:القائمة|الحالية|الموجودة)|(?:بعد ما|بعد أن|بعد ان)[^.?!؟]{0,20}(?:تنضم|ينضم|انضمت)|(?:الحفاظ على|يحافظ|تحافظ|يفضل مستمر|يبقى|تبقى)[^.?!؟]{0,20}(?:المدن|البرنامج|المدينة|المدينه)/u],
    unless: /(?:^|\s)(?:كم|عدد|أين|اين|وين|قائمة)(?:\s|$)/u,
    gives: /الحفاظ على مدن اللجوء القائمة/u,
  },
  fa: {
    asks: [/(?:شهرهای|شهرها|اعضای)[^.?!؟]{0,20}(?:فعلی|کنونی|موجود)|(?:حفظ|نگه داشتن|نگه دارند|بمونن|بمانند)[^.?!؟]{0,20}(?:شهر|اعضا)|شهر[^.?!؟]{0,20}(?:بمونن|بمانند|بمونه|بماند)/u],
    unless: /(?:چند|تعداد|کجا|کدام|کدوم|فهرست|لیست)/u,
    gives: /حفظ شهرهای پناه کنونی/u,
  },
};

/** ICORN's own purpose asked for: "what is ICORN ultimately trying to achieve?", "its main goal?". */
const PURPOSE: Record<string, Forms> = {
  en: {
    asks: [
      /\b(?:icorn|it|the network|the organi[sz]ation|they)(?: is| are|'s|'re)? (?:ultimately |really |actually |mainly |basically )?(?:trying|aiming|hoping|seeking|working) to achieve\b/,
      /\b(?:icorn'?s|its|the network'?s|the organi[sz]ation'?s|their) (?:main|principal|primary|ultimate|overall|central|core|chief|key) (?:goal|aim|objective|purpose)\b|\b(?:main|principal|primary|ultimate|overall|central|core|chief) (?:goal|aim|objective|purpose) of (?:icorn|the network|the organi[sz]ation|it)\b/,
    ],
    // The vision or the mission named, the cities' own aims together, a plan's goals: other entries.
    unless: /\b(?:vision|mission|together|cities|plan|strategy|partnerships?|partners)\b/,
    gives: /\bprincipal objective\b/,
  },
};

/** What a member city takes on: "what are we signing up to?", "what would we be committing to?". */
const COMMITMENT: Record<string, Forms> = {
  en: {
    asks: [
      /\bwhat (?:exactly |actually |precisely |really )?(?:are|would|will|do|does|is|must|should|did) (?:we|you|i|a city|our city|the city|a town|our town|a municipality|our municipality|our council|members?|member cities|a member city|a member|cities|they) (?:exactly |actually |really )?(?:be )?(?:exactly |actually |really )?(?:signing up (?:to|for)|sign(?:ed)? up (?:to|for)|committing (?:to|ourselves|itself)|commit (?:to|ourselves|itself)|agreeing to|undertak(?:e|ing)|obliged to|obligated to)\b/,
      /\bwhat (?:we'd|we would|we will|we'll|we are|we're|a city is|a city would be)\b[^.?!]{0,20}?\b(?:signing up (?:to|for)|committing (?:to|ourselves)|commit (?:to|ourselves)|agreeing to)\b/,
    ],
    // How long, a formal agreement, or the mission they share: other questions.
    unless: /\b(?:how long|how many years|years|agreement|contract|mission|vision|partners?|leave|exit)\b/,
    gives: /\bmember commits to\b/,
  },
};

/** Whom ICORN acts together with, in the vision's words. */
const ACTS_TOGETHER: Record<string, Forms> = {
  en: { asks: [/\bact(?:s|ing)? together with\b|\bdefenders\b/], gives: /\bact together with\b/ },
  es: { asks: [latin(/\bact[uú]a(?:n|r)? (?:juntos |conjuntamente )?con\b[^.?!]{0,40}\bdefensor\w*|\bdefensores\b/u)], gives: latin(/\bactuamos junto\w* (?:a|con)\b|\bactuamos conjuntamente\b/u) },
  fr: { asks: [latin(/\bagi(?:t|r|ssons|ssent) (?:ensemble avec|aux c[ôo]t[ée]s)\b|\bd[ée]fenseurs\b/u)], gives: latin(/\bagissons (?:ensemble avec|aux c[ôo]t[ée]s)\b/u) },
};

/** Whether ICORN needs partners or works alone: its words on depending on partners. */
const DEPENDS_ON_PARTNERS: Record<string, Forms> = {
  en: {
    asks: [
      // "want outside partners", "need partners like us", "its reliance on other organisations"
      /\b(?:need|needs|needing|want|wants|welcome|welcomes|value|values|rely on|relies on|relying on|reliance on|depend on|depends on|depending on|dependence on)\b[^.?!]{0,30}?\b(?:partners?|partnerships?|(?:outside|other|external) (?:organi[sz]ations?|bodies|groups)|organi[sz]ations like (?:ours|us))\b/,
      // "are partners essential, or an add-on?"
      /\bpartners?\b[^.?!]{0,30}?\b(?:essential|indispensable|necessary|needed|an add-on|optional)\b/,
      // "or is it a closed circle of cities?", "are the cities self-sufficient?", "does ICORN work alone?",
      // "if each city of refuge works on its own"
      /\b(?:closed (?:circle|club|shop)|self-sufficient|in a vacuum)\b|\b(?:icorn|it|the network|the cities|they|(?:each|every) (?:member )?city(?: of refuge)?) (?:\w+ ){0,4}?(?:alone|on (?:its|their) own|by (?:itself|themselves))\b/,

    ],
    gives: /\bdepend on a growing amount of partners\b/,
  },
};

/** What ICORN is or does, asked in a clause of a longer message. */
const WHAT_IT_DOES: Record<string, Forms> = {
  en: {
    asks: [
      /\bwhat (?:icorn|this network|the network|this organi[sz]ation|the organi[sz]ation) (?:is|does|actually does|really is|exactly is|is exactly|is about|does exactly)\b/,
      /\bwhat is (?:this|the) (?:network|organi[sz]ation)\b(?! (?:doing|trying|planning|working))/,
    ],
    // What it does for someone, somewhere, or with something: another question.
    unless: /\bwhat (?:icorn|this network|the network|this organi[sz]ation|the organi[sz]ation) (?:\w+ ){0,2}?(?:for|in|with|about (?:it|this|that)|to)\b/,
    gives: /\bicorn\*{0,2} is the \*{0,2}international cities of refuge network\b/,
    onlyWhereUnanswered: true,
  },
};

/** Why the network grows: the reason its expansion project gives. */
const WHY_EXPAND: Record<string, Forms> = {
  en: {
    asks: [/\b(?:why|what(?:'s| is) the (?:point|purpose|reason|use|idea)|to what end)\b[^.?!]{0,50}?\b(?:expan(?:d|ds|ding|sion)|grow(?:s|ing|th)?|enlarg\w*|adding (?:more |new )?(?:cities|members)|more (?:cities|members|member cities)|new (?:cities|members|member cities))\b/],
    // A need or a danger growing is another question.
    unless: /\b(?:need|needs|demand|danger|dangers|threats?|risks?|persecution|repression|censorship)\b/,
    gives: /\bexpansion of the network\b[^.]*\bresidencies possible\b/,
  },
};

/** Why protect these people at all: the reason the page gives. */
const WHY_PROTECT: Record<string, Forms> = {
  en: {
    asks: [/\bwhy\b[^.?!]{0,40}?\b(?:care|cares|bother|bothers|help|helps|protect|protects|protecting|support|supports|do (?:this|that|it|all this)|does (?:this|that|it|all this))\b[^.?!]{0,20}?\b(?:people like (?:us|me)|someone like (?:me|us)|writers|artists|journalists|us|me|them|these people)\b/],
    gives: /\btake risks for all of us\b/,
  },
};

/** Whether ICORN works with other organisations. */
const WORKS_WITH_OTHERS: Record<string, Forms> = {
  en: {
    asks: [
      /\b(?:coordinat\w*|cooperat\w*|collaborat\w*|work(?:s|ing)?(?: together)?|team(?:s)? up|partner(?:s|ing)?) with (?:other|outside|external|sister|similar) (?:organi[sz]ations?|bodies|groups|ngos|networks)\b/,
      // "Who does ICORN see itself working alongside?"
      /\bwho (?:does|do|would|will) (?:icorn|it|they|the network) (?:\w+ ){0,3}?work(?:s|ing)? (?:alongside|together with|with)\b/,
    ],
    gives: /\bdepend on a growing amount of partners\b|\bcooperation with (?:our )?partners and sister organisations\b/,
  },
  es: {
    asks: [latin(/\b(?:colabor\w*|cooper\w*|trabaj\w*|se asocia\w*)\s+(?:junto\s+)?(?:con|a)\s+(?:otras|otros|las|los|diferentes|distintas)\s+(?:organizaciones|ong|asociaciones|entidades|redes|organismos)\b/u)],
    gives: latin(/\bdependemos por completo de un n[uú]mero creciente de socios\b|\bcooperando con nuestros socios y organizaciones hermanas\b/u),
  },
  fr: {
    asks: [latin(/\b(?:collabor\w*|coop[eè]r\w*|travaill\w*|s['’]associ\w*)(?:-t-(?:il|elle|on)|-ils|-elles)?\s+(?:avec|aux c[ôo]t[ée]s)\s+(?:d['’]autres|des|les|diff[ée]rentes)\s+(?:organisations?|ong|associations?|structures|organismes|r[ée]seaux)\b/u)],
    gives: latin(/\bnous d[ée]pendons enti[èe]rement d['’]un nombre croissant de partenaires\b|\bcoop[ée]ration avec nos partenaires et organisations s[œo]e?urs\b/u),
  },
};

/** Whether the residents' work is seen, heard and known. */
const VISIBILITY: Record<string, Forms> = {
  en: {
    // And the impact the work has: "can my work have more impact in a residency?".
    asks: [/\b(?:visib\w*|visible|low profile|public attention|draw(?:ing)? attention|be heard|be known|reach (?:people|an audience|readers|the public)|an audience|invisible|forgotten|give (?:them |exiled \w+ )?(?:a|the) (?:stage|platform))\b|\b(?:more|bigger|greater|stronger|wider) (?:impact|influence)\b|\bimpact of (?:my|his|her|their|our) work\b/],
    // Of the residents and their work: not the website's or the page's.
    also: /\b(?:residents?|residenc(?:y|ies)|their work|my work|his work|her work|writers|artists|journalists|authors|guests?|exiled|icorn)\b/,
    unless: /\b(?:website|site|page|logo)\b/,
    gives: /\breinforcing the impact of their work\b/,
  },
};

/** The legal and administrative side of moving someone to another country. */
const RELOCATION_HURDLES: Record<string, Forms> = {
  en: {
    asks: [/\b(?:paperwork|papers|bureaucra\w*|red tape|formalities|(?:legal|administrative|bureaucratic)(?: and (?:legal|administrative|bureaucratic))? (?:obstacles|hurdles|barriers|side|issues|problems|practicalities|matters|questions|aspects|steps|procedures))\b/],
    also: /\b(?:relocat\w*|mov(?:e|es|ed|ing) (?:someone |them |him |her |people |writers |journalists )?(?:country|countries|to (?:another|a new|a different|a safe) country|abroad)|(?:leave|leaving|flee|fleeing) (?:the|their|his|her|my) country|exile[sd]?)\b/,
    gives: /\bwork to facilitate the legal and administrative practicalities of relocation\b/,
  },
};

/** Whether the network takes in more cities or makes more residencies. */
const MORE_CITIES: Record<string, Forms> = {
  en: {
    asks: [/\b(?:tak(?:e|es|ing)|accept(?:s|ing)?|add(?:s|ing)?|admit(?:s|ting)?|recruit(?:s|ing)?|look(?:s|ing)? for|want(?:s)? (?:to )?(?:make|add|get|have|open)|plan(?:s|ning)? (?:to )?(?:add|make|open)|mak(?:e|es|ing)|open(?:s|ing)?|creat(?:e|es|ing))\s+(?:in\s+)?(?:more|new|additional|extra)\s+(?:cities|citys|members|member cities|places|residenc\w*|spots)\b/],
    unless: /\bhow many\b/,
    gives: /\bcontinued expansion of the network\b/,
  },
};

/** What ICORN would have a city's own policy be. */
const CITY_POLICY: Record<string, Forms> = {
  en: {
    asks: [/\b(?:(?:our|the|a|each|every|its|their) )?(?:city|city's|cities'|town|town's|municipal|municipality's|local) polic(?:y|ies)\b|\bpolic(?:y|ies) of (?:our|the|a|each|every) (?:city|town|municipality)\b/],
    // ICORN's plan to align with is the plan's question.
    unless: /\b(?:plan|strategy|strategic)\b/,
    gives: /\bcore priorities of each city(?:'|’)s policy\b/,
  },
};

const FORMS: Record<AnswerForm, Record<string, Forms>> = {
  cityPolicy: CITY_POLICY,
  moreCities: MORE_CITIES,
  relocationHurdles: RELOCATION_HURDLES,
  visibility: VISIBILITY,
  worksWithOthers: WORKS_WITH_OTHERS,
  whyProtect: WHY_PROTECT,
  whyExpand: WHY_EXPAND,
  whatItDoes: WHAT_IT_DOES,
  dependsOnPartners: DEPENDS_ON_PARTNERS,
  actsTogether: ACTS_TOGETHER,
  commitment: COMMITMENT,
  purpose: PURPOSE,
  existingCities: EXISTING_CITIES,
  whereMembers: WHERE_MEMBERS,
  citiesRole: CITIES_ROLE,
  temporary: TEMPORARY,
  growingNeed: {
    en: {
      asks: [
        // The need as a noun ("the need for protection"), not "I need to know whether ICORN plans to grow".
        /(?:\b(?:the|a|this|that|more|greater|bigger|growing|is|has|does) (?:need|needs|demand|necessity)|\b(?:dangers?|threats?|risks?|persecution|repression|attacks?|pressure|censorship|situation|conditions))\b[^.?!]{0,40}?\b(?:grow|grows|growing|grown|increas\w*|ris(?:e|es|ing|en)|worse|worsening|deteriorat\w*)\b/,
        /\b(?:more|less) (?:needed|necessary|important|urgent|dangerous|threatening|need|threats|danger|attacks)\b[^.?!]{0,40}?\b(?:now|today|than before|than ever|nowadays|these days|recent years|than in the past)\b/,
        /\b(?:getting|becoming|become|became|gets|grown) (?:better|worse|more dangerous|more threatening|harder|more difficult)\b/,
      ],
      // The network's own growth, which the expansion project answers: "Is demand for membership increasing?".
      unless: /\b(?:membership|new members|member cities|more cities|the network|icorn) (?:is |are )?(?:grow|increas|expand)/,
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
  },
  whyJoin: {
    en: {
      asks: [
        /\bwhy\b[^.?!]{0,40}\b(?:join|joining|(?:get|be|become) involved|become (?:a )?(?:member|city of refuge)|take part|participate|be part of|sign up|host(?:ing)? (?:a |writers|artists|journalists|someone|(?:persecuted|exiled|threatened|at-risk) (?:writers|artists|journalists))|take on (?:this|that|the) role|be a city of refuge)\b/,
        // "why should a mid-sized city care about ICORN at all?"
        /\bwhy (?:should|would|must) (?:a|our|my|the|any|another) (?:[\w-]+ ){0,2}?(?:city|town|municipality|council|region)s? (?:\w+ )?care\b/,
        /\bwhat(?:'s| is) in it for (?:us|our|my|a|the)\b|\bwhat (?:would|do|does|can|could) (?:our|a|the|my) (?:city|town|municipality|council|region) (?:gain|get out of)\b/,
      ],
      gives: /\b(?:engaging|mobili[sz]e) cities\b|\bever more needed\b/,
    },
    es: { asks: [latin(/\bpor ?qu[eé]\b[^.?!]{0,40}\b(?:unirse|unirnos|sumarse|sumarnos|adherirse|adherirnos|participar|formar parte|ser ciudad refugio|acoger)\b/u)], gives: latin(/\bimplicando a las ciudades\b|\bmovilizar a ciudades\b|\bm[aá]s necesario que nunca\b/u) },
    fr: { asks: [latin(/\bpourquoi\b[^.?!]{0,40}\b(?:adh[ée]rer|rejoindre|participer|devenir (?:membre|ville refuge)|accueillir|s['’]engager)\b/u)], gives: latin(/\bincitant les villes\b|\bmobiliser des villes\b|\bplus n[ée]cessaire que jamais\b/u) },
    ar: { asks: [/(?:لماذا|ليش|ليه|علاش)[^.?!؟]{0,40}(?:تنضم|الانضمام|ننضم|نشارك|تستضيف|نستضيف|تصبح مدين[ةه] لجوء)/u], gives: /إشراك المدن|حشد المدن|أكثر من أي وقت مضى/u },
    fa: { asks: [/چرا[^.?!؟]{0,40}(?:عضو|بپیوند|ملحق|میزبان)/u], gives: /مشارکت دادن شهرها|را بسیج|بسیج شهرها|بیش از هر زمان/u },
  },
  freeExpression: {
    en: {
      asks: [/\b(?:free(?:dom of)? (?:expression|speech)|free expression|censorship|human rights?)\b/],
      also: /\b(?:stance|position|views?|sees?|frames?|describes?|treats?|considers?|regards?|thinks?|believes?|core|central|main focus)\b|\b(?:is|are) (?:icorn|it|they) (?:really )?(?:for|against)\b|\bicorn (?:is )?(?:for|against)\b|\b(?:a|as a) human rights? (?:issue|organi[sz]ation|matter|cause|commitment)\b|\bor (?:a |more of a |more )?cultural\b|\bhuman rights more broadly\b/,
      // Not the state of free expression in the world (the growing-need reading), nor cities as ambassadors (the objective).
      unless: /\b(?:state|situation|conditions?|health) (?:of|for)\b|\b(?:in|around) (?:the )?world\b|\bworldwide\b|\bglobal\w*\b|\b(?:better|worse)\b|\bambassadors?\b/,
      gives: /\bfundamental human right\b/,
    },
    es: {
      asks: [latin(/\b(?:libertad de (?:expresi[oó]n|prensa)|censura|derechos humanos)\b/u)],
      also: latin(/\b(?:postura|posici[oó]n|visi[oó]n de|ve|considera|entiende|describe|trata)\b|\b(?:est[aá]|es) (?:icorn )?(?:a favor|en contra)\b|\bo (?:m[aá]s bien )?cultural\b/u),
      unless: latin(/\b(?:situaci[oó]n|estado|condiciones)\b|\ben el mundo\b|\bmundial\w*\b|\bembajador\w*/u),
      gives: latin(/\bderecho humano fundamental\b/u),
    },
    fr: {
      asks: [latin(/\b(?:libert[ée] d['’]expression|libert[ée] de la presse|censure|droits (?:humains|de l['’]homme))\b/u)],
      also: latin(/\b(?:position|positionne|voit|consid[eè]re|d[ée]crit|traite|con[cç]oit)\b|\b(?:est|sont) (?:pour|contre)\b|\bou (?:plut[oô]t )?culturel\w*/u),
      unless: latin(/\b(?:[ée]tat|situation|conditions)\b|\bdans le monde\b|\bmondial\w*\b|\bambassad\w*/u),
      gives: latin(/\bdroit humain fondamental\b/u),
    },
    ar: {
      asks: [/حري[ةه] التعبير|حري[ةه] الصحاف[ةه]|الرقاب[ةه]|حقوق الانسان|حقوق الإنسان/u],
      also: /موقف|تنظر|تعتبر|ترى|تصف|ضد|مع حري|ثقافي/u,
      gives: /حق\S*\s+[أا]ساسي\S*\s+من\s+حقوق\s+الإنسان/u,
    },
    fa: {
      asks: [/آزادی بیان|سانسور|حقوق بشر/u],
      also: /موضع|نگاه|دیدگاه|می‌?بینه|می‌?دونه|مخالف|طرفدار|فرهنگی/u,
      gives: /حق بنیادین/u,
    },
  },
  symbolic: {
    en: {
      // And "just a nice gesture", "whether it actually changes anything".
      asks: [/\b(?:symbolic\w*|(?:merely|just|only|simply|purely|more than) (?:a |an )?(?:\w+ )?(?:gesture|slogan)|a token gesture|practical (?:effect|impact|difference|contribution)|concrete (?:effect|impact|difference|contribution)|(?:actually|really) (?:changes?|makes? a (?:real )?difference)(?: anything)?)\b/],
      gives: /\bsymbolic and practical\b/,
    },
    es: { asks: [latin(/\bsimb[oó]lic\w*|\b(?:un )?simple gesto\b|\befecto pr[aá]ctico\b|\bimpacto (?:real|concreto)\b/u)], gives: latin(/\bsimb[oó]lica como pr[aá]ctica\b/u) },
    fr: { asks: [latin(/\bsymboli\w*|\b(?:un )?simple geste\b|\beffet (?:concret|pratique)\b|\bimpact (?:r[ée]el|concret)\b/u)], gives: latin(/\bsymbolique et concr[eè]te\b/u) },
    ar: { asks: [/رمزي|رمزية|مجرد بادرة|مجرد لفتة/u], gives: /رمزية وعملية/u },
    fa: { asks: [/نمادین|سمبلیک|نمایشی/u], gives: /نمادین و هم/u },
  },
  civilSociety: {
    en: {
      asks: [/\b(?:civil society|civil-society|ngos?|non-?governmental|associations?|grassroots|community groups?|citizens'? groups?|cultural organi[sz]ations?|literary (?:associations?|houses?|organi[sz]ations?)|local (?:organi[sz]ations?|groups|initiatives)|(?:organi[sz]ations|groups|associations) like (?:ours|us))\b/],
      also: /\b(?:local (?:authorit\w+|government\w*)|municipal\w*|governments?|administration|councils?|city halls?|town halls?|mayor(?:'s)?(?: office)?|public (?:authorit\w+|bodies))\b/,
      gives: /\blocal authorities and civil society\b/,
    },
    es: {
      asks: [latin(/\b(?:sociedad civil|ongs?|asociaciones?|organizaciones (?:civiles|sociales|culturales))\b/u)],
      also: latin(/\b(?:autoridades? locales?|gobiernos?(?: locales?)?|municipal\w*|ayuntamientos?|alcald[ií]as?|administraci[oó]n)\b/u),
      gives: latin(/\bautoridades locales y la sociedad civil\b/u),
    },
    fr: {
      asks: [latin(/\b(?:soci[ée]t[ée] civile|ongs?|associations?|organisations (?:civiles|culturelles))\b/u)],
      also: latin(/\b(?:autorit[ée]s? locales?|gouvernements?|municipal\w*|mairies?|collectivit[ée]s?|administration)\b/u),
      gives: latin(/\bautorit[ée]s locales et la soci[ée]t[ée] civile\b/u),
    },
    ar: { asks: [/المجتمع المدني|منظمات غير حكومية|الجمعيات|جمعيات/u], also: /السلطات المحلية|البلدي|البلديات|الحكوم|الإدار|الادار/u, gives: /السلطات المحلية والمجتمع المدني/u },
    fa: { asks: [/جامعه(?:ٔ|ی)? ?مدنی|نهاد(?:‌?های)? مدنی|سازمان‌?(?:های)? مردم‌?نهاد|انجمن/u], also: /مقامات محلی|شهرداری|دولت|حکومت|مدیریت شهری/u, gives: /مقامات محلی و جامعه/u },
  },
};

/** True when a question is of the kind `form` in `language`. */
export function asksForm(form: AnswerForm, question: string, language = 'en'): boolean {
  const forms = FORMS[form][language];
  if (!forms) return false;
  const lower = question.toLowerCase();
  return forms.asks.some((pattern) => pattern.test(lower)) && (forms.also?.test(lower) ?? true) && !(forms.unless?.test(lower) ?? false);
}

/** True when a question of the kind `form` is read only where the words found no answer. */
export function onlyWhereUnanswered(form: AnswerForm, language = 'en'): boolean {
  return FORMS[form][language]?.onlyWhereUnanswered ?? false;
}

/** True when a question of the kind `form` is read only in its own sentence, never in the whole message. */
export function onlyInItsSentence(form: AnswerForm, language = 'en'): boolean {
  return FORMS[form][language]?.onlyInItsSentence ?? false;
}

/** True when an answer says the sentence that answers a question of the kind `form`. */
export function givesForm(form: AnswerForm, answer: string, language = 'en'): boolean {
  return FORMS[form][language]?.gives.test(answer.toLowerCase()) ?? false;
}

/** Every kind of question read here, in the order the engine reads them. */
export const ANSWER_FORMS: readonly AnswerForm[] = ['growingNeed', 'symbolic', 'civilSociety', 'freeExpression', 'whyJoin', 'whereMembers', 'citiesRole', 'temporary', 'existingCities', 'actsTogether', 'commitment', 'purpose', 'dependsOnPartners', 'whatItDoes', 'whyExpand', 'whyProtect', 'worksWithOthers', 'visibility', 'relocationHurdles', 'moreCities', 'cityPolicy'];
