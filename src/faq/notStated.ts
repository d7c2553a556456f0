/**
 * Questions that ask for a kind of detail (a cost, a duration, a date, a place, a number of
 * something, names) are answered only by an entry whose answer gives that kind of detail. When the
 * nearest entry does not, the honest reply is that the page does not say, then the closest fact it
 * does give, then the contacts: never the nearest answer as if it answered.
 *
 * English question forms; the evidence is read from the answer's text, so an editor who adds a fee
 * or an address to an answer makes the entry answer such questions without touching code.
 */

import { isPlaceName } from './dictionary.js';
import { arabicWords, latin, persianWords } from './wordEdges.js';

/** The kind of detail a question asks for. */
export type DetailKind = 'cost' | 'duration' | 'date' | 'place' | 'count' | 'names' | 'about' | 'topic';

export interface AskedDetail {
  kind: DetailKind;
  /** For `count`: the thing counted, as typed ("countries"), and the word after it ("membr cities"). */
  noun?: string;
  next?: string;
  /**
   * For `place`: the words of what is asked about ("icorn office"); for `about`: the names, as typed
   * ("Geneva"); for one name: whose name ("director", "song").
   */
  subject?: string[];
  /** For `date`: the date of the founding ("when was ICORN founded?"), which a plan's years do not give. */
  founding?: boolean;
  /** For `topic`: which of `TOPICS` ("visas"). */
  topic?: string;
  /** For `count`: the count is of the members ("how many places belong to it?"). */
  members?: boolean;
  /** For `count`: a word that narrows it to a part or a time ("new", "this year"), which the answer must speak of too. */
  qualifier?: string;
  /** For `names`: one name asked for ("the name of the director", "ICORN's full name"), not a list. */
  one?: boolean;
}

/** Words of a founding, in the languages the knowledge speaks: in a question, and in an answer that gives its date. */
const FOUNDING = latin(/\b(?:found(?:ed|ing)?|establish\w*|set up|created|fund[oó]|fundad[oa]|fundaci[oó]n|cre[oó]|fond[ée]e?|fondation|cr[ée]{2}e?|cr[ée]ation)\b|تأسس|تأسيس|تأسست|أسست|تأسیس|بنیان|راه‌اندازی/iu);

/** The same in Spanish ("¿Hay una ciudad refugio en Madrid?") and French ("Y a-t-il une ville refuge à Lyon ?"). */
const YES_NO_IN: Record<string, RegExp> = {
  es: /^¿?\s*(?:y |pero )?(?:hay|es|est[aá]|son|est[aá]n|tiene|tienen|puede|pueden|existe|existen|trabaja|colabora|forma)\b/iu,
  fr: /^(?:et |mais )?(?:y a-t-il|est-ce qu|\p{L}+-(?:t-)?(?:il|elle|ils|elles|on)\b)/iu,
};

/** A question that asks yes or no ("Is Geneva a member?", "Does ICORN work with UNESCO?"). */
const YES_NO = /^(?:and |but |so |also )?(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would)\b/i;

/**
 * A yes-or-no question about something the page never names: "Is Geneva one of them?", "Is ICORN
 * connected to PEN?". `unknownNames` gives the question's words that are neither the knowledge's
 * words nor common English (places, organisations, people); it is asked only of a yes-or-no
 * question, since reading the words costs a match. The page cannot say yes about them; the nearest
 * entry's words alone would answer a question it was not asked.
 */
export function aboutUnknownNames(question: string, unknownNames: () => readonly string[], isPlace: (word: string) => boolean = () => false, language = 'en'): AskedDetail | undefined {
  const text = question.trim();
  if (!(YES_NO_IN[language] ?? YES_NO).test(text)) return undefined;
  // Written as a name, with a capital, after the question's first word: "admin" or "they've" are no
  // names; a country or a capital is one in lower case too ("is paris a city of refuge?").
  // A place may be typed as its people's adjective ("Can Asian cities join?": "asian" reads as Asia):
  // the place is named then.
  const typed = unknownNames()
    .map((name) => {
      const letters = name.replace(/[^\p{L}\p{N}]/gu, '');
      // With the capitalised words after it, as a name of two words is typed: "Latin America", "Costa Rica".
      const found = new RegExp(`(?<=\\s)${letters}\\b`, 'iu').exec(text);
      const typedAs = found ? found[0] + (/^(?:\s+\p{Lu}\p{L}+)*/u.exec(text.slice(found.index + found[0].length))?.[0] ?? '') : undefined;
      if (typedAs || !isPlace(name)) return typedAs;
      return new RegExp(`(?<=\\s)${letters}(?=\\p{L}{1,2}\\b)`, 'iu').exec(text)?.[0];
    })
    .filter((word): word is string => word !== undefined && (/^\p{Lu}/u.test(word) || isPlace(word.toLowerCase())));
  // "Costa Rica", not "Costa Rica or Rica".
  const names = [...new Set(typed)].filter((name, _, all) => !all.some((other) => other !== name && other.includes(name)));
  return names.length > 0 ? { kind: 'about', subject: names } : undefined;
}

/** What someone says they do: "i am (a) university researcher", "I'm a lawyer", "I work as a teacher". */
const SAYS_WHAT_I_DO = /\b(?:i am|i'm|im|i work as|i'm working as|my (?:job|profession) is)\s+(?:a |an )?((?:[\p{L}'-]+ ){0,3}[\p{L}'-]+)/giu;
/** Asking whether they themselves may apply or are included: "can i apply?", "am I eligible?", "i can apply?". */
const ASKS_IF_I_MAY = /\b(?:(?:can|could|may|am|would) i|i (?:can|could|may))\b[^.?!]{0,40}\b(?:apply|eligible|qualify|accepted|considered|get (?:a |the )?residenc[ey]|be hosted|candidate)\b|\b(?:am i|is someone like me|are people like me) (?:eligible|included|accepted)\b/i;

/**
 * "i am university researcher, not writer. can i apply to icorn": someone who says they do work the
 * page does not name (`isOccupation`) and asks whether they may apply. The page says the residencies
 * are for writers, artists and journalists; whether a researcher may apply, it does not say.
 */
export function selfDescribedOccupation(whole: string, asking: string, isOccupation: (word: string) => boolean): AskedDetail | undefined {
  if (!ASKS_IF_I_MAY.test(asking)) return undefined;
  const named = [...whole.matchAll(SAYS_WHAT_I_DO)].flatMap((said) => said[1]!.toLowerCase().split(/[^\p{L}']+/u)).filter(isOccupation);
  return named.length > 0 ? { kind: 'about', subject: [...new Set(named)] } : undefined;
}

const ASKS: Array<{ kind: Exclude<DetailKind, 'count'>; pattern: RegExp }> = [
  { kind: 'cost', pattern: /\bhow much (?:does|do|is|are|would|will|can|could|it|money|to|for|we|i|they|you)\b|\bhow much\s*\??$|\b(?:is (?:it|this|that|the \w+) free|free (?:of charge|to (?:apply|join)))\b|\bfor free\s*(?:[?.!,]|$)|\b(?:fees?|costs?|price|pays?|paying|payments?|paid|budget|funds?|funded|funding|funders?|donat\w*|stipends?|salary|salaries|money|sponsor\w*|financ\w*)\b/ },
  // And as a second language says it: "how many time take, from apply to go to city?".
  { kind: 'duration', pattern: /\bhow long\b|\bduration\b|\bhow many (?:years|months|weeks|days)\b|\bhow (?:quickly|fast|soon)\b|\bhow (?:many|much) time\b/ },
  // "when" that asks ("when was it founded?"), not "when" that joins ("what does a city do when it joins").
  { kind: 'date', pattern: /^(?:\S+ ){0,2}when\b|\bwhen (?:is|was|does|did|will|are|were|can|do|should)\b|\bwhat year\b|\bfounded\b|\bsince when\b|\b(?:opening|office) hours\b|\bwhat time\b|\bdeadlines?\b|\bdue date\b|\bcut-?off date\b/ },
  // Not where a website or an address is to be found ("where is their own website?"): that asks for the link.
  { kind: 'place', pattern: /\bwhere (?:is|are|was|were|'s)\b(?![^.?!]{0,25}\b(?:website|web ?site|site|url|link|homepage|web ?page|e-?mail|email address)\b)|\bheadquarter\w*|\b(?:postal|street|office|physical) address\b|\baddress of (?:the |its )?(?:\w+ )?(?:office|secretariat|headquarters)\b|\bbased in\b|\blocated\b/ },
  // "which country exactly?" after where the members are.
  { kind: 'names', pattern: /\bwhich (?:ones|organi[sz]ations|partners|cities|countries|city joined)\b|\bwhich (?:country|city|countries|cities) exactly\b|\bwhich (?:sister|partner|member|other|specific|particular) (?:organi[sz]ations|partners|cities|countries|networks|groups)\b|\bnames? of\b|\bfull name\b|\blist of\b|\bwho (?:funds|chairs|leads the board)\b|\b(?:name|list) (?:them|those|these|all of them)\b|\b(?:who|which) (?:are|were) they\b(?! (?:meant|intended|designed|aimed|for)\b)/ },
];

/**
 * One name asked for, in the languages that write "name of" in the singular: "the name of the
 * director", "ICORN's full name", "el nombre del director", "le nom du réseau"; not the name of
 * things counted in the plural ("the name of the cities").
 */
const ONE_NAME = latin(/\b(?:full )?name (?:of|for)\b|\bfull name\b|\bnombre (?:de|del|completo)\b|\bnom (?:de|du|d['’]|complet)/u);
const MANY_AFTER = latin(/\bname (?:of|for) (?:the |its |icorn's |all )?(?:\p{L}+ )?(?:cities|countries|organi[sz]ations|partners|members|ones|towns|regions|writers|artists|people)\b|\bnombre de (?:las|los)\b|\bnom des\b/u);

/** A names question that asks for one name. */
function withOneName(asked: AskedDetail, question: string): AskedDetail {
  if (asked.kind !== 'names' || !ONE_NAME.test(question) || MANY_AFTER.test(question)) return asked;
  // Whose name: "the name of this song" asks about a song, which an entry about the director does not name.
  const whose = /\bname (?:of|for) (?:the |this |that |a |an |your |its )?((?:[\p{L}']+ ?){1,3})/u.exec(question)?.[1];
  const subject = whose?.split(/[^\p{L}']+/u).map((w) => w.replace(/'s?$/, '')).filter((w) => w.length > 2 && !PLAIN.test(w));
  return { ...asked, one: true, ...(subject?.length ? { subject } : {}) };
}

/**
 * Topics people ask about that the page never speaks of, with the words that ask about them and
 * the words of an answer that would speak of them. A question about one ("can my wife come with
 * me?", "does ICORN help with visas?", "can a city leave the network?") gets "the page does not say
 * anything about ..." and the closest fact, unless an entry's answer speaks of it: an editor who
 * adds what ICORN says about visas to an answer makes that entry answer such questions.
 */
const TOPICS: Array<{ topic: string; described: string; asks: RegExp; asksIn?: Record<string, RegExp>; gives: RegExp; besides?: Record<string, RegExp> }> = [
  {
    topic: 'visas',
    described: 'anything about visas, asylum or immigration',
    // "Does ICORN help with the papers and the visa?" asks about the legal and administrative side of
    // relocating too, which the page speaks of: no question about visas alone.
    besides: {
      en: /\b(?:papers|paperwork|documents|legal|administrative|admin|bureaucracy|practicalities|formalities)\b/,
      es: latin(/\b(?:papeles|papeleo|documentos|documentaci[oó]n|tr[aá]mites|legales?|administrativ\w*|burocracia)\b/u),
      fr: latin(/\b(?:papiers|paperasse|documents|d[ée]marches|formalit[ée]s|juridiques?|l[ée]gal\w*|administrati\w*)\b/u),
      ar: /(?:اوراق|أوراق|الوثائق|المستندات|الإجراءات|الاجراءات|القانوني|الإداري|الاداري)/u,
      fa: /(?:مدارک|کاغذ|اداری|قانونی)/u,
    },
    asks: /\b(?:visas?|immigration|asylum|residence permits?|work permits?|refugee status)\b/,
    asksIn: {
      es: latin(/\b(?:visados?|visas?|asilo|inmigraci[oó]n|permisos? de (?:residencia|trabajo)|estatus de refugiado)\b/u),
      fr: latin(/\b(?:visas?|asile|immigration|titres? de s[ée]jour|permis de (?:s[ée]jour|travail)|statut de r[ée]fugi[ée])\b/u),
      // Not "اللجوء" alone: "مدن اللجوء" are the cities of refuge themselves.
      ar: arabicWords('تأشيرة', 'تأشيرات', 'التأشيرة', 'فيزا', 'الفيزا', 'طلب لجوء', 'طلب اللجوء', 'اللجوء السياسي', 'حق اللجوء', 'تصريح إقامة', 'تصريح الإقامة'),
      fa: persianWords('ویزا', 'روادید', 'پناهندگی', 'مهاجرت', 'اجازه اقامت', 'اقامت کار'),
    },
    gives: /\b(?:visas?|visados?|immigration|inmigraci[oó]n|asylum|asilo|asile|permits?)\b|تأشيرة|ویزا|پناهندگی/iu,
  },
  {
    topic: 'family',
    described: 'anything about family members',
    // Coming along or being included ("can my wife come too?", "bring my children"), not "a book about my family".
    // And "(my wife and children ...) they can come with me or i must go alone?".
    asks: /\b(?:they|them) (?:can |could |may |will )?(?:come|go|travel|move) with me\b|\bor (?:i|we) (?:must|have to|need to) go alone\b|\b(?:my|our|his|her|their) (?:family|families|wife|husband|children|kids|spouse|son|daughter|parents|mother|father|brother|sister|brothers|sisters|siblings|relatives)\b[^.?!]{0,40}?\b(?:come|join|bring|stay|live|move|go|accompan\w*|included?|allowed|too|also|as well)\b|\b(?:bring|take|with)\b[^.?!]{0,15}?\b(?:my|our|his|her|their) (?:family|families|wife|husband|children|kids|spouse|son|daughter|parents)\b|\bbring (?:a |their |his |her |my )?(?:partner|spouse|wife|husband|family|children|kids)\b|\b(?:family members|dependants|dependents)\b/,
    asksIn: {
      es: latin(/\b(?:mi|mis|su|sus) (?:familia|esposa|esposo|marido|mujer|hij[oa]s?|ni[nñ]os|padres)\b/u),
      fr: latin(/\b(?:ma|mon|mes|sa|son|ses) (?:famille|femme|mari|[ée]pou(?:x|se)|enfants?|fils|fille|parents)\b/u),
      ar: arabicWords('عائلتي', 'أسرتي', 'اسرتي', 'زوجتي', 'زوجي', 'أطفالي', 'اطفالي', 'أولادي', 'اولادي', 'عائلته', 'أسرته'),
      fa: persianWords('خانواده‌ام', 'خانوادم', 'خانواده‌م', 'همسرم', 'زنم', 'شوهرم', 'بچه‌هام', 'بچه‌هایم', 'فرزندانم'),
    },
    gives: /\b(?:famil(?:y|ies|ia|le)|spouses?|children|hijos|enfants)\b|عائلة|أسرة|خانواده/iu,
  },
  {
    topic: 'leaving',
    described: 'anything about leaving the network',
    asks: /\b(?:leave|leaving|withdraw\w*|quit\w*|exit\w*|cancel\w*|terminat\w*|end\w*) (?:the |its |our |their |from )?(?:network|icorn|membership)\b|\b(?:city|cities|member|members|municipality|we|they) (?:can|could|may|might|is allowed to|are allowed to) (?:leave|withdraw|quit)\b/,
    asksIn: {
      es: latin(/\b(?:salir|salirse|retirarse|darse de baja|abandonar) (?:de )?(?:la red|icorn)\b/u),
      fr: latin(/\b(?:quitter|sortir d[eu]|se retirer d[eu]) (?:le |du )?(?:r[ée]seau|icorn)\b/u),
      ar: arabicWords('الانسحاب من (?:الشبكة|ايكورن|ICORN)', 'الخروج من (?:الشبكة|ايكورن|ICORN)', 'تنسحب'),
      fa: persianWords('خروج از (?:شبکه|آیکورن|ICORN)', 'از شبکه (?:خارج|بیرون)'),
    },
    gives: /\b(?:leav(?:e|ing)|withdraw\w*)\b/i,
  },
  {
    topic: 'governance',
    described: 'anything about how ICORN is governed',
    // ICORN's own ("who sits on ICORN's board?"), not the board of the foundation asking.
    asks: /\b(?:its|icorn'?s|icorn|your) (?:board|governance|trustees|statutes|bylaws|legal status)\b|\bboard of (?:icorn|the network)\b|\bwho (?:is|are|sits|sit) on the board\b|\bhow is (?:icorn|the network|it) (?:governed|run)\b|\bgeneral assembly\b|\b(?:is|was) (?:icorn|it|the network) (?:a |an )?(?:registered )?(?:charity|non-?profit|foundation)\b|\b(?:is|was) (?:icorn|the network) registered\b|\bwhere is (?:icorn|the network) registered\b|\blegal (?:status|form) of (?:icorn|the network)\b/,
    gives: /\b(?:board|governance|general assembly|trustees|statutes)\b/i,
  },
  {
    topic: 'founding',
    described: 'anything about who founded ICORN',
    asks: /\bwho (?:founded|started|created|set up|established|began)\b|\bfounders?\b/,
    gives: FOUNDING,
  },
  {
    topic: 'plan contents',
    described: "anything about what the strategic plan contains",
    // "the strategic plan", "the 2024-2028 strategy": its goals, priorities, contents.
    asks: /\b(?:priorit\w*|contents?|contain\w*|goals?|aims?|focus\w*|says?|includes?|details?|measures?|themes?|substance|targets?)\b[^.?!]{0,40}?\b(?:strategic plan|\d{4}\s*[-–]\s*\d{4} (?:strategy|plan))\b|\b(?:strategic plan|\d{4}\s*[-–]\s*\d{4} (?:strategy|plan))\b[^.?!]{0,50}?\b(?:priorit\w*|contain\w*|goals?|aims?|focus\w*|says?|includes?|published|available|online)\b|\bwhat(?:'s| is| will be)? (?:actually |exactly )?in (?:the |its |icorn'?s )?(?:new )?(?:\d{4}\s*[-–]\s*\d{4} )?(?:strategic plan|strategy|plan)\b/,
    gives: /\bpriorit\w*|\bthemes?\b|\bgoals?\b/i,
  },
  {
    topic: 'earlier plans',
    described: 'anything about earlier strategic plans',
    asks: /\b(?:previous|last|former|old|older|earlier|past|first) (?:strategic )?plans?\b/,
    gives: /\b(?:previous|former|earlier) (?:strategic )?plan\b/i,
  },
  {
    topic: 'city requirements',
    described: 'anything about requirements on a member city, such as its size',
    // "Is there a minimum city size to join?", "how big must a city be?", not the size of the network.
    asks: /\bminimum (?:city |town )?(?:size|population|number of (?:inhabitants|residents|people)|requirements?|budget)\b|\b(?:city|town|municipality) size\b|\bhow (?:big|large|small) (?:does|must|should|do|would) (?:a |our |the )?(?:city|town|municipality)\b|\b(?:too small|big enough|large enough) (?:to|for)\b/,
    gives: /\b(?:minimum|population|inhabitants)\b/i,
  },
  {
    topic: 'selection',
    described: 'anything about how residents are selected',
    // And whether something in one's past stands in the way: "i was in prison before. this is problem for apply?".
    asks: /\bselection\b|\b(?:get|be|are|is|am|were|was) (?:selected|chosen|picked)\b|\bwho (?:decides|chooses|selects|picks)\b|\bcriteria\b|\bcan (?:i|we|writers?) choose\b|\b(?:a )?(?:problem|obstacle) (?:for|to|when|if|with) (?:my |the |an |a )?(?:apply\w*|applications?|being accepted|acceptance|icorn)\b|\b(?:refuse|reject|turn down)s? (?:me|us|him|her|my application)\b/,
    gives: /\b(?:select\w*|criteria|chosen|chooses)\b/i,
  },
  {
    topic: 'language',
    described: 'anything about languages or language requirements',
    asks: /\b(?:need to|have to|must|should|required to) (?:speak|know|learn|read|write)\b[^.?!]{0,20}?\b(?:english|french|norwegian|german|swedish|spanish|dutch|italian|the (?:local )?language|languages?)\b|\blanguage (?:requirements?|skills|tests?|courses?|classes|lessons)\b|\blearn the (?:local )?language\b|\b(?:which|what) languages?\b|\bspeaks? (?:arabic|persian|farsi|russian|ukrainian|turkish|spanish|french|german|english|my language)\b/,
    gives: /\blanguages?\b/i,
  },
  {
    topic: 'the hub',
    described: 'anything about how ICORN is related to the Global Cities Hub',
    // ICORN's tie to the site the page is on ("Is ICORN a member of the Global Cities Hub?"), not where the answers come from.
    asks: /\b(?:relationship|relation|connection|connected|link|linked|member|part|partners?|affiliat\w*)\b[^.?!]{0,40}?\bglobal cities hub\b|\bglobal cities hub\b[^.?!]{0,40}?\b(?:relationship|relation|connection|connected|member|partners?|part of|affiliat\w*|run by|owned by)\b/,
    gives: /\bmember of the global cities hub\b|\bpartner of the global cities hub\b/i,
  },
  {
    topic: 'jobs',
    described: 'anything about jobs, internships or volunteering at ICORN',
    // Working for ICORN itself ("does ICORN offer internships?", "any vacancies?"), not a writer's own work.
    asks: /\b(?:internships?|interns|vacanc(?:y|ies)|job (?:openings?|offers?|opportunities|vacanc\w*)|(?:work|volunteer|intern) (?:for|at|with) (?:icorn|the network|you)|volunteering|volunteers?)\b/,
    gives: /\b(?:internships?|vacanc\w*|volunteer\w*|job openings?)\b/i,
  },
  {
    topic: 'publications',
    described: 'anything about reports or publications',
    // Asked for ("send me the report", "is there an annual report?"), not a report someone writes.
    asks: /(?<!\b(?:our|my|their|his|her) )\bannual reports?\b|\b(?:send|get|find|download|read|see|share|have|publish\w*|is there|are there)\b[^.?!]{0,25}?\b(?:reports?|publications?|brochures?|newsletters?)\b/,
    gives: /\b(?:reports?|publications?|brochures?|newsletters?)\b/i,
  },
  {
    topic: 'events',
    described: 'anything about events or meetings',
    // ICORN's own, asked about ("is there an annual conference?", "does ICORN organise events?"), not the event someone runs.
    asks: /\b(?:annual (?:meeting|conference)|general assembly)\b|\b(?:icorn'?s?|your|its|any|upcoming|next|organi[sz]es?|holds|hosts|attend|is there (?:a|an)|are there)\b[^.?!]{0,15}?\b(?:conferences?|meetings?|events?|webinars?|workshops?|seminars?|gatherings?)\b/,
    gives: /\b(?:conferences?|meetings?|general assembly|events?|webinars?|workshops?|seminars?)\b/i,
  },
  {
    topic: 'staff',
    described: "anything about ICORN's staff besides its Executive Director",
    // Other people who work for ICORN ("the press officer", "apart from the director, who handles
    // partnerships?", "who is ICORN's communications manager?"), not the director himself. The
    // secretariat is ICORN's office: "email for the ICORN secretariat" asks for ICORN's own address.
    asks: /\b(?:staff|employees|team members)\b|\b(?:communications?|press|media|programme|program|membership|partnerships?|projects?) (?:officer|manager|coordinator|adviser|advisor)\b|\b(?:who|people|persons?) (?:works?|working) (?:at|in|for) (?:the )?(?:icorn )?secretariat\b|\b(?:apart from|besides|other than|except) (?:the |its |mr\.? )?(?:executive )?(?:director|helge lunde|lunde)\b|\bwho else (?:works|is on the team)\b|\bhow many people work\b/,
    asksIn: {
      es: latin(/\b(?:personal|empleados|equipo de trabajo|plantilla)\b|\b(?:aparte|adem[aá]s) del director\b/u),
      fr: latin(/\b(?:personnel|salari[ée]s|employ[ée]s|[ée]quipe permanente)\b|\b(?:à part|en dehors du|hormis le) directeur\b/u),
    },
    gives: /\b(?:staff|employees|secretariat|team)\b/i,
  },
  {
    topic: 'after the residency',
    described: 'anything about what happens after a residency ends',
    asks: /\bafter (?:the |my |a |his |her |their )?(?:residency|residence|stay)\b|\bwhen (?:the |my |a |his |her |their )?(?:residency|stay) (?:ends|is over|finishes|finish|end)\b|\b(?:residency|stay) (?:ends|is over|finish(?:es)?)\b|\b(?:must|have to|need to) (?:i |we |they |he |she )?(?:go back|return)\b|\bgo back (?:home|to my country)\b/,
    asksIn: {
      es: latin(/\b(?:despu[eé]s de|al terminar|cuando termine) (?:la |mi )?(?:residencia|estancia)\b|\b(?:volver|regresar) a mi pa[ií]s\b/u),
      fr: latin(/\b(?:apr[eè]s|[àa] la fin de) (?:la |ma )?(?:r[ée]sidence|s[ée]jour)\b|\b(?:rentrer|retourner) (?:dans|chez) (?:mon pays|moi)\b/u),
      ar: arabicWords('بعد انتهاء الإقامة', 'بعد انتهاء الاقامة', 'بعد الإقامة', 'بعد الاقامة', 'أرجع لبلدي', 'ارجع لبلدي', 'العودة إلى بلدي'),
      fa: persianWords('بعد از اقامت', 'بعد از تموم شدن اقامت', 'پس از پایان اقامت', 'برگردم کشورم', 'برگردم به کشورم'),
    },
    gives: /\b(?:after the residency|when the residency ends|return home)\b/i,
  },
  {
    topic: 'incidents',
    described: 'anything about incidents during residencies',
    // Whether something ever happened to a resident ("has any resident ever been threatened there?"),
    // not someone's own danger, which the at-risk reading answers, nor "I have a friend who was threatened".
    // "Has ICORN reported cases of guests being threatened in their host cities?" too.
    asks: /\b(?:has|have|were|was) any\b[^.?!]{0,40}?\b(?:threatened|attacked|harmed|hurt|killed|kidnapped|targeted)\b|\bever been (?:threatened|attacked|harmed|hurt|killed|kidnapped|targeted)\b|\bsecurity (?:problems?|incidents?|breaches?)\b|\bcases of (?:guests?|residents?|writers?|artists?|journalists?) (?:being |been )?(?:threatened|attacked|harmed|hurt|killed|kidnapped|targeted)\b/,
    gives: /\b(?:incidents?|attacked|security problems?)\b/i,
  },
  {
    topic: 'distribution',
    described: 'anything about how the members are spread across countries',
    asks: /\b(?:which|what) (?:country|countries|region|city) (?:has|have|hosts?) the (?:most|largest|biggest|fewest|highest|lowest)\b|\b(?:per|by|in each) country\b|\bhow many (?:cities |members )?(?:are )?in each\b/,
    gives: /\b(?:per country|by country|most members)\b/i,
  },
  {
    topic: 'social media',
    described: 'anything about social media, messaging apps, a newsletter or a podcast',
    // ICORN's own accounts and channels ("is ICORN on Twitter?", "does icorn have a podcast?"), not
    // someone's own ("I run a podcast", "they attacked me on twitter"), which is their story.
    asks: /\b(?:icorn|icorn's|you|your|the network|the organi[sz]ation)\b[^.?!]{0,15}\bon (?:signal|whatsapp|telegram|viber|wechat)\b|\b(?:signal|whatsapp|telegram|viber) (?:number|account|contact)\b|\bsocial (?:media|networks?)\b|\b(?:icorn|icorn's|you|your|its|the network|the organi[sz]ation)\b(?: (?:is|are|have|has|got|run|runs|on|a|an|any|official))*[ ,]+(?:on |an? |any )?(?:(?:official|own) )?(?:facebook|twitter|instagram|linkedin|youtube|tiktok|mastodon|bluesky|telegram|podcast|newsletter|mailing list)\b|\b(?:facebook|twitter|instagram|linkedin|youtube|tiktok|mastodon|bluesky|telegram) (?:accounts?|page|channel|handle|profile)\b(?<!\bmy \w+ \w+)/,
    asksIn: {
      es: latin(/\bredes sociales\b|\b(?:facebook|twitter|instagram|linkedin|youtube|tiktok|telegram|podcast|bolet[ií]n)\b/u),
      fr: latin(/\br[ée]seaux sociaux\b|\b(?:facebook|twitter|instagram|linkedin|youtube|tiktok|telegram|podcast|newsletter|lettre d['’]information)\b/u),
      // Not "وسائل التواصل" alone: the means of contact ("ما وسائل التواصل المتاحة؟"), not social media.
      ar: arabicWords('التواصل الاجتماعي', 'مواقع التواصل', 'فيسبوك', 'فيس بوك', 'تويتر', 'انستغرام', 'إنستغرام', 'انستقرام', 'يوتيوب', 'تلغرام', 'تيليجرام', 'بودكاست', 'نشرة بريدية', 'نشرة إخبارية'),
      fa: persianWords('شبکه‌های اجتماعی', 'شبکه های اجتماعی', 'شبکه اجتماعی', 'اینستاگرام', 'اینستا', 'فیسبوک', 'توییتر', 'تویتر', 'تلگرام', 'یوتیوب', 'پادکست', 'خبرنامه'),
    },
    gives: /\b(?:social media|facebook|twitter|instagram|linkedin|youtube|podcast|newsletter)\b/i,
  },
  {
    topic: 'kind of body',
    described: 'whether ICORN is a government body or an independent organisation',
    // "is it a government agency or something else?", "is icorn from goverment?", "who is behind it?";
    // not "Is ICORN an NGO or a network of cities?", which the page answers (a network of cities and regions).
    // And how ICORN is described as an organisation ("its institutional nature", "how does ICORN describe itself as an organisation?").
    asks: /\binstitutional (?:nature|status|form|character)\b|\bdescribes? (?:itself|themselves) as (?:an? )?(?:organi[sz]ation|body|entity|institution)\b|\bgovern?ments? (?:agency|agencies|body|bodies|institution|department)\b|\bgovernmental (?:organi[sz]ation|body|agency)\b|\bpart of (?:a |the |some |any )?(?:govern?ment|state)\b|\bstate (?:agency|body|institution)\b|\b(?:icorn|it|the network|the organi[sz]ation) (?:is )?(?:from|run by|owned by|controlled by) (?:the |a |any )?govern?ments?\b|\bis (?:icorn|it|the network) (?:from|run by) (?:the |a )?govern?ment\b|\bindependent (?:organi[sz]ation|body|ngo)\b|\bwho is behind (?:icorn|it|the network|the organi[sz]ation)\b(?! (?:quote|words|statement))|\bwhat (?:kind|sort|type) of (?:an? )?(?:outfit|organi[sz]ation|body|entity|institution) (?:is|'s) (?:icorn|it|this|the network)\b|\b(?:icorn|the network|this network|the organi[sz]ation)(?: is| are|'s)? (?:a )?govern?ment(?:al)?(?: (?:body|agency|organi[sz]ation|institution|project|programme|program))?(?=\s*(?:\?|$|,|or\b))|\bgovern?ment(?:al)? or (?:an? )?(?:ngo|independent)\b|\bngo or (?:a )?govern?ment|\b(?:connected|linked|tied|affiliated) (?:to|with) (?:any |a |the |some )?govern?ments?\b/,
    gives: /\b(?:independent|governmental|non-?governmental|government body)\b/i,
  },
  {
    topic: 'partnering',
    described: 'anything about how to become a partner of ICORN',
    // How an organisation becomes a partner ("How can we partner with ICORN?"), not whether ICORN has partners.
    asks: /\bhow (?:can|could|do|would|should|might|may) (?:we|i|our (?:organi[sz]ation|foundation|festival|ngo|university|centre|center)|an? (?:organi[sz]ation|foundation|ngo|festival)) (?:become (?:a |an )?(?:official )?partners?|partner (?:up )?with|form a partnership)\b|\bhow to (?:become (?:a |an )?partners?|partner (?:up )?with)\b/,
    gives: /\bbecome a partner\b|\bpartnership (?:process|procedure|application)s?\b/i,
  },
  {
    topic: 'waiting list',
    described: 'anything about waiting lists',
    asks: /\bwaiting (?:list|lists|time)\b|\bwait(?:ing)?list\b|\bqueue\b/,
    asksIn: {
      es: latin(/\blista de espera\b/u),
      fr: latin(/\bliste d['’]attente\b/u),
      ar: arabicWords('قائمة انتظار', 'قائمة الانتظار'),
      fa: persianWords('لیست انتظار', 'فهرست انتظار'),
    },
    gives: /\bwaiting list\b/i,
  },
];

/** A topic the question asks about that the page never speaks of (in English, or in a translated language). */
function topicAsked(text: string, language = 'en'): AskedDetail | undefined {
  const found = TOPICS.find((t) => (language === 'en' ? t.asks : t.asksIn?.[language])?.test(text) && !t.besides?.[language]?.test(text));
  return found ? { kind: 'topic', topic: found.topic } : undefined;
}

/** "Where is that from?", "where's this quote from": where something said comes from. */
const SOURCE_ASKED = /\bwhere(?: is|'s| are| was| were| does| do| did)? (?:that|this|it|these|those)(?: \w+)? (?:come )?from\b/;

/** A date asked for is the founding's when the question speaks of founding; a name, one name or a list. */
function refined(asked: AskedDetail, question: string): AskedDetail {
  return asked.kind === 'date' && FOUNDING.test(question) ? { ...asked, founding: true } : withOneName(asked, question);
}

/** The question without the words that ask for the detail: what it is about. */
export function withoutDetailWords(question: string): string {
  let text = question.toLowerCase().replace(/\bhow (?:many|mny)\b/g, ' ');
  for (const ask of ASKS) text = text.replace(new RegExp(ask.pattern.source, 'g'), ' ');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The same question forms in the languages the knowledge is translated into (matched on the text
 * as typed, lowercased: accents may be missing on a phone, so both spellings are listed).
 */
const ASKS_IN: Record<string, { count: RegExp; asks: Array<{ kind: Exclude<DetailKind, 'count'>; pattern: RegExp }> }> = {
  es: {
    count: latin(/\bcu[aá]nt[oa]s (\p{L}+)/u),
    asks: [
      { kind: 'cost', pattern: latin(/\bcu[aá]nto (?:cuesta|cobra|hay que pagar|tiene que pagar|paga)|\b(?:pagar|pago|precio|cuotas?|tarifas?|coste|costo|financiaci[oó]n|financia|presupuesto|donaci[oó]n|donar|sueldo|salario|becas?|estipendio|remuneraci[oó]n|remunerad[oa]s?|pagad[oa]s?)\b/u) },
      { kind: 'duration', pattern: latin(/\bcu[aá]nto (?:tiempo|dura)|\bduraci[oó]n\b/u) },
      // "cuándo" asks; "cuando" without the accent also joins ("ayudan cuando hay que salir?", "cuando se convierte en
      // miembro"), so it asks only first or before a verb of time.
      { kind: 'date', pattern: latin(/\bcuándo\b|\bdesde cu[aá]ndo\b|^¿?(?:y |pero |entonces )?cuando\b|\bcuando\s*\??$|\bcuando (?:es|fue|ser[aá]|se (?:fund|cre|estableci|inici|empez|celebr|abr|public|adopt)\w*|empez\w*|abre|cierra)\b|\bqu[eé] a[nñ]o\b|\bfund[oó]\b|\bhorarios?\b|\ba qu[eé] hora\b/u) },
      { kind: 'place', pattern: latin(/\bd[oó]nde (?:est[aá]n?|se encuentra|se encuentran|queda|quedan|tiene)\b|\bsede\b|\bdirecci[oó]n postal\b/u) },
      { kind: 'names', pattern: latin(/\bqu[eé] (?:organizaciones|ciudades|socios)\b|\bcu[aá]les son las (?:ciudades|organizaciones)\b|\blista de\b|\bnombres? de\b|^¿?\s*(?:y )?cu[aá]les(?: son)?\s*\??$/u) },
    ],
  },
  fr: {
    count: latin(/\bcombien d[e'] ?(\p{L}+)/u),
    asks: [
      { kind: 'cost', pattern: latin(/\bcombien (?:co[uû]te|faut-il payer|doit-on payer|paie)|\b(?:payer|prix|co[uû]ts?|cotisations?|frais|financement|finance|budget|don|dons|salaire|bourses?|r[ée]mun[ée]r\p{L}*|pay[ée]e?s?|allocation)\b/u) },
      // "sur la durée" (lastingly: "que les villes restent dans le réseau sur la durée") asks for no length.
      { kind: 'duration', pattern: latin(/\bcombien de temps\b|(?<!\b(?:sur|dans) la )\bdur[ée]e\b|\bdure\b/u) },
      // "quand" also joins ("vous aidez quand on doit partir ?"): it asks first, before a verb, or as "depuis quand", "c'est quand".
      { kind: 'date', pattern: latin(/^(?:et |mais |alors )?quand\b|\bquand\s*\??$|\bquand (?:est|a|aura|sera|ont|sont|commence|ouvre|ferme)\b|\bc['’]est quand\b|\bquelle ann[ée]e\b|\bquelle date\b|\bdepuis quand\b|\bfond[ée]\b|\bhoraires?\b|\b[àa] quelle heure\b/u) },
      // "..., ou est-ce que le réseau reste stable ?" is "or", not "where" (without its accent, "ou est-ce que" is read so).
      { kind: 'place', pattern: latin(/\bo[uù] (?:se trouve|sont|se situe)\b|\bo[uù] est(?!-ce qu)\b|\boù est-ce qu|\bsi[eè]ge\b|\badresse postale\b/u) },
      { kind: 'names', pattern: latin(/\bquel(?:le)?s? (?:sont les )?(?:organisations|villes|partenaires)\b|\bliste des?\b|\bnoms? des?\b|^(?:et )?(?:lesquel(?:le)?s|quel(?:le)?s sont-(?:ils|elles))\s*\??$/u) },
    ],
  },
  ar: {
    count: /(?:كم عدد|كم) (\p{L}+)/u,
    asks: [
      { kind: 'cost', pattern: arabicWords('كم (?:يكلف|تكلف|تدفع|يدفع)', 'تكلفة', 'تكاليف', 'رسوم', 'اشتراك', 'سعر', 'تمويل', 'ميزانية', 'تبرع', 'تبرعات', 'يدفع', 'تدفع', 'مال', 'أموال', 'اموال', 'راتب', 'أجر', 'منحة', 'يمول', 'تمول') },
      { kind: 'duration', pattern: arabicWords('كم (?:مدة|من الوقت|تستمر|يستمر)', 'مدة', 'تستغرق', 'يستغرق') },
      { kind: 'date', pattern: arabicWords('متى', 'في أي (?:سنة|عام|ساعة)', 'تأسست', 'تأسس', 'مواعيد', 'ساعات العمل') },
      // "From where" asks where something comes from, not where it is; a website's or email's address is no place.
      { kind: 'place', pattern: arabicWords('(?<!من )أين', 'مقر', 'عنوان(?! (?:الموقع|البريد|الايميل|الإيميل))') },
      { kind: 'names', pattern: arabicWords('ما (?:هي )?(?:المنظمات|المدن|الشركاء)', 'قائمة', 'أسماء', 'أسماؤها', 'اسماؤها', 'أي منها', 'اي منها') },
    ],
  },
  fa: {
    // Not "در چند خط" (in a few lines), which asks for it in sum.
    count: /(?:چند تا|چندتا|چند) (?!(?:خط|کلمه|جمله|سطر|کلام)(?!\p{L}))(\p{L}+)/u,
    asks: [
      { kind: 'cost', pattern: persianWords('چقدر (?:هزینه|پول|باید بپرداز|باید پرداخت)', 'هزینه', 'حق عضویت', 'پرداخت', 'قیمت', 'بودجه', 'کمک مالی', 'اهدا', 'حقوق ماهانه', 'دستمزد', 'کمک هزینه', 'تأمین مالی') },
      { kind: 'duration', pattern: persianWords('چه مدت', 'چقدر طول', 'چقدر (?:می‌کشد|میکشد)', 'مدت') },
      // "کی" is "when", and also "who" in speech: "به کی پیام بدم" (to whom do I write) and "کی گفته"
      // (who said it) ask no date.
      { kind: 'date', pattern: persianWords('چه زمانی', 'چه سالی', 'چه ساعتی', 'کِی', '(?<!(?:به|با|برای|مال|پیش|از)\\s)کی(?!ست)(?!\\s+(?:گفته|گفت|میگه|می‌گه|نوشته|هست|هستن|مدیر|مسئول|زده|زد))', 'تأسیس', 'ساعت کاری') },
      // "From where" (از کجا) asks where something comes from; a website's or email's address is no place.
      { kind: 'place', pattern: persianWords('(?<!از )کجا', 'دفتر مرکزی', '(?<!(?:ایمیل|میل|سایت|email|mail)[^.?!؟]{0,40})نشانی(?! (?:سایت|وب|ایمیل|ای‌میل|e-?mail|mail|الکترونیک))', '(?<!(?:ایمیل|میل|سایت|email|mail)[^.?!؟]{0,40})آدرس(?! (?:سایت|وب|ایمیل|ای‌میل|e-?mail|mail|الکترونیک))') },
      { kind: 'names', pattern: persianWords('کدام (?:سازمان|شهر|شریک)', 'فهرست', 'اسامی', 'نام‌های', '(?<=(?:شهرها|شهرای|سازمان|شریک|کشورها|کشورای|عضو|اعضا|نهاد|همکار|اسم)[^.?!؟]{0,60})(?:کدام‌ها|کدامها|کدوما|کدوم‌ها)', '^\\s*(?:و\\s*)?(?:کدام‌ها|کدامها|کدوما|کدوم‌ها)(?=\\s*[؟?]?\\s*$)', '(?:کدام‌ها|کدامها|کدوما|کدوم‌ها)(?=[^.?!؟]{0,40}(?:شهرها|شهرای|سازمان|شریک|کشورها|کشورای|عضو|اعضا|نهاد|همکار))', 'اسمشون(?!\\s+(?:خوب|بد|در))', 'اسمشان(?!\\s+(?:خوب|بد|در))') },
    ],
  },
};

/** The kind of detail a question asks for, if it asks for one of these kinds (English, or a translated language). */
export function detailAsked(question: string, language = 'en'): AskedDetail | undefined {
  const forms = ASKS_IN[language];
  if (forms) {
    const text = question.toLowerCase();
    const count = forms.count.exec(text);
    if (count && !forms.asks.some((ask) => ask.kind === 'cost' && ask.pattern.test(text))) return { kind: 'count', noun: count[1]! };
    const kind = forms.asks.find((ask) => ask.pattern.test(text))?.kind;
    return kind ? refined({ kind }, text) : topicAsked(text, language);
  }
  const text = question.toLowerCase();
  // "how many countries", and "how much cities" as people write it in a second language.
  const count = /\bhow (?:many|mny|much) ([a-z]+)(?: ([a-z]+))?/.exec(text);
  // "how much ICORN depends on partners" asks for no number: what follows "how much" must be a noun.
  if (count && !/^(?:years|months|weeks|days|time|does|do|is|are|would|will|can|could|it|money|to|for|we|i|they|you|he|she|icorn|the|a|an|this|that|these|those|my|our|your|their|his|her|its|more|less)$/.test(count[1]!)) {
    // "how many member cities in norway": a count narrowed to a place too.
    const qualifier = COUNT_QUALIFIER.exec(text)?.[0] ?? [...text.matchAll(/\b(?:in|from) ([a-z]+)\b/g)].map((m) => m[1]!).find(isPlaceName);
    return { kind: 'count', noun: count[1]!, ...(count[2] ? { next: count[2] } : {}), ...(OF_MEMBERS.test(text) ? { members: true } : {}), ...(qualifier ? { qualifier } : {}) };
  }
  // "Where is that quote from?" asks for a source, not a place.
  const kind = ASKS.find((ask) => ask.pattern.test(text) && !(ask.kind === 'place' && SOURCE_ASKED.test(text)))?.kind;
  if (kind !== 'place') return kind ? refined({ kind }, text) : topicAsked(text);
  const subject = /\bwhere(?: is| are| was| were|'s)? (.+?)(?: located| based| situated)?\s*\??$/.exec(text)?.[1];
  return { kind, subject: subject?.split(/[^a-z']+/).map((w) => w.replace(/'s?$/, '')).filter((w) => w.length > 2) ?? [] };
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const GIVES: Record<Exclude<DetailKind, 'count' | 'about' | 'topic'>, RegExp> = {
  cost: /[€$£]|\b\d[\d,.]*\s?(?:eur|euros?|nok|usd|dollars?|kr|kroner)\b|\bfree of charge\b|\bno (?:fee|cost)\b/i,
  duration: /\b\d+\s?(?:years?|months?|weeks?|days?|años|meses|semanas|ans|mois|semaines)\b|\b(?:one|two|three|four|six|twelve) (?:years?|months?)\b|\d+\s?(?:سنوات|سنة|أشهر|شهر|سال|ماه)/iu,
  date: new RegExp(`\\b(?:19|20)\\d\\d\\b|\\b(?:${MONTHS})\\b|\\b\\d{1,2}[:.]\\d{2}\\b`, 'i'),
  place: /\b(?:europe|europa|americas?|américas?|amériques|africa|asia|norway|noruega|norvège|stavanger|oslo|address)\b|اروپا|آمریکا|أوروبا|الأمريكتين|أمريكا/iu,
  // "Which ones?" is answered by a list.
  names: /^\s*[-*] .+\n\s*[-*] /m,
};

/** One name in an answer: two capitalised words in a row ("Helge Lunde", "International Cities of Refuge Network"). */
const A_NAME = /\p{Lu}\p{Ll}+(?:\s+(?:of |de |du |del |la |le )?\p{Lu}\p{Ll}+)+/u;

/** A crude singular, for numbers in answers: "cities" -> "city", "members" -> "member". */
function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ys')) return w.slice(0, -1);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Words that say nothing of what is asked about in "where is ..." and "how many ...". */
const PLAIN = /^(?:icorn|icorn's|the|a|an|of|its|their|there|located|based|situated|now|today|currently|in|at|member|they|them|it|those|these|geographically|exactly|actually|physically|precisely|mostly|mainly|roughly)$/;

/**
 * Words that narrow a count to a part or a time: "how many new cities joined this year?" is not
 * answered by the number of all members, unless the answer speaks of that part or time too.
 */
const COUNT_QUALIFIER = /\b(?:new|newly|recent(?:ly)?|additional|this year|last year|per year|each year|every year|a year|annually|since)\b/;

/** Things counted that name no kind of thing: "how many places", "how many of them". */
const GENERIC_COUNTED = /^(?:places|ones|of|locations)$/;

/** A count of members: "how many places belong to it", "how many of them are in the network" (not "places for writers"). */
const OF_MEMBERS = /\b(?:belong\w*|members?|membership|network|icorn|join\w*|part of)\b/;

/** Places that stand somewhere, which a link does not locate. */
const PHYSICAL = /^(?:offices?|headquarters|hq|secretariat|premises|building)$/i;

/** Words after "how many X" that are not a second noun of what is counted. */
const NOT_COUNTED = /^(?:are|is|was|were|do|does|did|has|have|had|can|could|will|would|work|live|belong|been|in|of|at|on|to|there|the|icorn|does)$/;

/**
 * True when an entry gives the kind of detail asked. `termOf` reads a word as the matcher does
 * (synonyms, stems), so "municipalities" counts as the "cities" of an answer.
 * - count: a number right before the thing counted, or a number in an entry whose own question is
 *   about counting that thing;
 * - place: an entry about what is asked for ("where is the homepage?" by the website entry), whose
 *   answer names a place or, for what is not a building ("where is the icorn office?"), a link; or,
 *   with nothing asked about, any place;
 * - the others: that kind of evidence in the answer.
 */
export function givesDetail(asked: AskedDetail, entry: { question: string; alternates: readonly string[]; answer: string }, termOf: (word: string) => string): boolean {
  const termsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  if (asked.kind === 'place') {
    const about = (asked.subject ?? []).filter((word) => !PLAIN.test(word)).map(termOf);
    if (about.length === 0) return GIVES.place.test(entry.answer);
    const known = new Set(termsOf([entry.question, ...entry.alternates].join(' ')).map(termOf));
    // A link is where a page or a site is, not where an office stands ("where is the icorn office?").
    const physical = (asked.subject ?? []).some((word) => PHYSICAL.test(word));
    return about.every((term) => known.has(term)) && (GIVES.place.test(entry.answer) || (!physical && /https?:\/\//.test(entry.answer)));
  }
  // A name the knowledge does not know is in no entry's answer.
  if (asked.kind === 'about') return false;
  if (asked.kind === 'topic') return TOPICS.find((t) => t.topic === asked.topic)?.gives.test(entry.answer) ?? false;
  // The founding's date is given by an answer that speaks of the founding, not by a plan's years.
  if (asked.kind === 'date' && asked.founding) return GIVES.date.test(entry.answer) && FOUNDING.test(entry.answer);
  if (asked.kind === 'names' && asked.one) {
    const known = new Set(termsOf([entry.question, ...entry.alternates, entry.answer].join(' ')).map(termOf));
    const about = asked.subject ?? [];
    return A_NAME.test(entry.answer) && (about.length === 0 || about.some((word) => known.has(termOf(word))));
  }
  if (asked.kind !== 'count') return GIVES[asked.kind].test(entry.answer);
  // The word after the counted one only when it is a noun too ("how many membr cities"), not a verb.
  const next = asked.next && !NOT_COUNTED.test(asked.next) ? asked.next : undefined;
  const counted = [asked.noun, next].filter((w): w is string => !!w && !PLAIN.test(w)).map((w) => [termOf(w), termOf(singular(w))]);
  const words = termsOf(entry.answer);
  if (!words.some((w) => /^\d+$/.test(w))) return false;
  if (asked.qualifier && !entry.answer.toLowerCase().includes(asked.qualifier)) return false;
  // "How many places belong to it?" counts the members: what an entry counts whose own question asks how many.
  if (GENERIC_COUNTED.test(asked.noun ?? '') && asked.members) return /\bhow many\b/i.test(entry.question);
  const isCounted = (word: string) => counted.some((forms) => forms.includes(termOf(word)) || forms.includes(termOf(singular(word))));
  const nearNumber = words.some((w, i) => /^\d+$/.test(w) && words.slice(i + 1, i + 4).some(isCounted));
  return nearNumber || termsOf(entry.question).some(isCounted);
}

/** True for an answer that is itself an honest "the page does not say" ("The page does not describe how a city joins..."). */
export function saysWhatThePageLacks(answer: string): boolean {
  // In English and as the translations say it: "La página no explica...", "La page n'explique pas...",
  // "لا تشرح الصفحة...", "این صفحه توضیح نمی‌دهد...".
  return /^(?:the page does not\b|la p[aá]gina no\b|la page n['’]|لا (?:تشرح|تذكر|تصف|تقول|تحدد) الصفحة|(?:این )?صفحه [^.\n]{0,30}نمی)/iu.test(answer.trim());
}

/** What the page does not say, in the words of a translated language. */
const DESCRIBED_IN: Record<string, Record<DetailKind, string>> = {
  es: { cost: 'nada sobre costes, cuotas ni financiación', duration: 'cuánto tiempo', date: 'cuándo', place: 'dónde', count: 'cuántos', names: 'sus nombres', about: 'nada sobre eso', topic: 'nada sobre eso' },
  fr: { cost: 'rien sur les coûts, les cotisations ou le financement', duration: 'combien de temps', date: 'quand', place: 'où', count: 'combien', names: 'leurs noms', about: 'rien à ce sujet', topic: 'rien à ce sujet' },
  ar: { cost: 'أي شيء عن التكاليف أو الرسوم أو التمويل', duration: 'المدة', date: 'متى', place: 'أين', count: 'العدد', names: 'أسماءهم', about: 'شيئًا عن ذلك', topic: 'شيئًا عن ذلك' },
  // Persian's sentence reads "... دربارهٔ {missing} چیزی نمی‌گوید" ("says nothing about {missing}"): a noun phrase.
  fa: { cost: 'هزینه‌ها، حق عضویت یا بودجه', duration: 'مدت آن', date: 'زمان آن', place: 'مکان آن', count: 'تعداد آن', names: 'نام‌هایشان', about: 'این موضوع', topic: 'این موضوع' },
};

/** The topics the page never speaks of, in the words of a translated language (as `DESCRIBED_IN`). */
const TOPICS_DESCRIBED_IN: Record<string, Record<string, string>> = {
  es: {
    visas: 'nada sobre visados, asilo o inmigración',
    family: 'nada sobre los familiares',
    leaving: 'nada sobre salir de la red',
    governance: 'nada sobre cómo se gobierna ICORN',
    events: 'nada sobre eventos o reuniones',
    publications: 'nada sobre informes o publicaciones',
    founding: "nada sobre quién fundó ICORN",
    'plan contents': "nada sobre el contenido del plan estratégico",
    'earlier plans': "nada sobre planes estratégicos anteriores",
    'city requirements': 'nada sobre requisitos para las ciudades miembro, como su tamaño',
    selection: 'nada sobre cómo se selecciona a los residentes',
    language: 'nada sobre requisitos de idioma',
    staff: "nada sobre el personal de ICORN aparte de su director ejecutivo",
    'after the residency': "nada sobre lo que ocurre al terminar una residencia",
    incidents: "nada sobre incidentes durante las residencias",
    distribution: "nada sobre cómo se reparten los miembros por países",
    'waiting list': "nada sobre listas de espera",
    partnering: 'nada sobre cómo convertirse en socio de ICORN',
    'kind of body': 'si ICORN es un organismo público o una organización independiente',
    'social media': "nada sobre redes sociales, boletines o pódcasts",
    jobs: 'nada sobre empleos, prácticas o voluntariado en ICORN',
    'the hub': 'nada sobre la relación entre ICORN y el Global Cities Hub',
  },
  fr: {
    visas: "rien sur les visas, l'asile ou l'immigration",
    family: 'rien sur les membres de la famille',
    leaving: 'rien sur la sortie du réseau',
    governance: "rien sur la gouvernance d'ICORN",
    events: 'rien sur des événements ou des réunions',
    publications: 'rien sur des rapports ou des publications',
    founding: "rien sur les fondateurs d'ICORN",
    'plan contents': "rien sur le contenu du plan stratégique",
    'earlier plans': "rien sur les plans stratégiques précédents",
    'city requirements': 'rien sur les conditions imposées aux villes membres, comme leur taille',
    selection: 'rien sur la sélection des résidents',
    language: 'rien sur les exigences linguistiques',
    staff: "rien sur le personnel d'ICORN en dehors de son directeur exécutif",
    'after the residency': "rien sur ce qui se passe à la fin d'une résidence",
    incidents: "rien sur des incidents pendant les résidences",
    distribution: "rien sur la répartition des membres par pays",
    'waiting list': "rien sur des listes d'attente",
    partnering: "rien sur la manière de devenir partenaire d'ICORN",
    'kind of body': "rien sur le fait qu'ICORN soit un organisme public ou une organisation indépendante",
    'social media': "rien sur les réseaux sociaux, une lettre d'information ou un podcast",
    jobs: "rien sur des emplois, des stages ou du bénévolat à ICORN",
    'the hub': 'rien sur le lien entre ICORN et le Global Cities Hub',
  },
  ar: {
    visas: 'شيئًا عن التأشيرات أو اللجوء أو الهجرة',
    family: 'شيئًا عن أفراد العائلة',
    leaving: 'شيئًا عن الانسحاب من الشبكة',
    governance: 'شيئًا عن طريقة إدارة ICORN',
    events: 'شيئًا عن الفعاليات أو الاجتماعات',
    publications: 'شيئًا عن التقارير أو المنشورات',
    founding: "شيئًا عن مؤسسي ICORN",
    'plan contents': "شيئًا عن مضمون الخطة الاستراتيجية",
    'earlier plans': "شيئًا عن الخطط الاستراتيجية السابقة",
    'city requirements': 'شيئًا عن شروط المدن الأعضاء، مثل حجمها',
    selection: 'شيئًا عن طريقة اختيار المقيمين',
    language: 'شيئًا عن متطلبات اللغة',
    staff: "شيئًا عن موظفي ICORN غير مديرها التنفيذي",
    'after the residency': "شيئًا عمّا يحدث بعد انتهاء الإقامة",
    incidents: "شيئًا عن حوادث خلال الإقامات",
    distribution: "شيئًا عن توزّع الأعضاء على البلدان",
    'waiting list': "شيئًا عن قوائم الانتظار",
    partnering: 'شيئًا عن كيفية أن تصبح شريكًا لـ ICORN',
    'kind of body': 'شيئًا عن كون ICORN جهة حكومية أو منظمة مستقلة',
    'social media': "شيئًا عن وسائل التواصل الاجتماعي أو نشرة بريدية أو بودكاست",
    jobs: 'شيئًا عن الوظائف أو التدريب أو التطوع في ICORN',
    'the hub': 'شيئًا عن علاقة ICORN بموقع Global Cities Hub',
  },
  fa: {
    visas: 'ویزا، پناهندگی یا مهاجرت',
    family: 'اعضای خانواده',
    leaving: 'خروج از شبکه',
    governance: 'نحوهٔ ادارهٔ ICORN',
    events: 'رویدادها یا نشست‌ها',
    publications: 'گزارش‌ها یا انتشارات',
    founding: "بنیان‌گذاران ICORN",
    'plan contents': "محتوای برنامهٔ راهبردی",
    'earlier plans': "برنامه‌های راهبردی پیشین",
    'city requirements': 'شرایط شهرهای عضو، مثلاً اندازهٔ آن‌ها',
    selection: 'نحوهٔ انتخاب ساکنان',
    language: 'شرایط زبانی',
    staff: "کارکنان ICORN به‌جز مدیر اجرایی آن",
    'after the residency': "آنچه پس از پایان اقامت پیش می‌آید",
    incidents: "رویدادهای ناگوار در دوران اقامت",
    distribution: "پراکندگی اعضا در کشورها",
    'waiting list': "فهرست‌های انتظار",
    partnering: 'چگونگی شریک شدن با ICORN',
    'kind of body': 'دولتی یا مستقل بودن ICORN',
    'social media': "شبکه‌های اجتماعی، خبرنامه یا پادکست",
    jobs: 'شغل، کارآموزی یا کار داوطلبانه در ICORN',
    'the hub': 'رابطهٔ ICORN با Global Cities Hub',
  },
};

/** What the page does not say, in words for the reply ("how many countries"). */
export function describeDetail(asked: AskedDetail, language = 'en'): string {
  const described = DESCRIBED_IN[language];
  if (described) return (asked.kind === 'topic' && asked.topic ? TOPICS_DESCRIBED_IN[language]?.[asked.topic] : undefined) ?? described[asked.kind];
  switch (asked.kind) {
    case 'cost':
      return 'anything about costs, fees or funding';
    case 'duration':
      return 'how long';
    case 'date':
      return 'when';
    case 'place':
      return 'where';
    case 'count':
      // "how many new cities", not "how many new".
      return `how many ${asked.noun}${asked.next && /^(?:new|newly|recent|additional|more|other|female|male|young)$/.test(asked.noun ?? '') ? ` ${asked.next}` : ''}`;
    case 'names':
      return 'their names';
    case 'about':
      return `anything about ${(asked.subject ?? []).join(' or ')}`;
    case 'topic':
      return TOPICS.find((t) => t.topic === asked.topic)?.described ?? 'anything about that';
  }
}
