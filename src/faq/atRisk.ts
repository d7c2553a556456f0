/**
 * The at-risk reading of a message: words of persecution, threats, detention or flight, as people
 * in danger write them (often in a second language, so stems rather than whole words). A message
 * with one of the strong signs, or two of the weaker ones, reads as coming from someone at risk; the
 * engine then answers with the knowledge's `at-risk` entry, first time and never as a menu.
 *
 * The signs are written per language the knowledge is translated into (English, Spanish, French,
 * Arabic, Persian), as people type them on a phone: accents and hamzas optional.
 */
import { arabicWords, latin, persianWords } from './wordEdges.js';

interface Signs {
  /** Signs that on their own say someone is in danger. */
  strong: RegExp[];
  /** Signs that count when two of them come together. */
  weak: RegExp[];
  /** The writer speaks of themselves: a message about others (a city, an NGO, a news story) is not a cry for help. */
  firstPerson: RegExp;
  /** Phrases about other people or a topic, left out before the signs are read (global patterns). */
  aboutOthers?: RegExp[];
  /** A question that asks for help itself ("Can your organisation do anything for me?"). */
  help: RegExp[];
}

const ENGLISH: Signs = {
  strong: [
    /\b(?:arrest|detain|detention|imprison|jail|prison|tortur|kidnap|abduct)\w*/,
    /\bpersecut\w* (?:me|us)\b|\b(?:i am|i'm|im|we are) (?:being )?persecuted\b/,
    /\b(?:death|murder\w*|killed|killing|kill (?:me|us|him|her|them))\b/,
    /\bthreat\w*/,
    /\b(?:flee|fled|fleeing|escape\w*|exile\w*)\b/,
    /\b(?:in|into) hiding\b|\bhiding\b|\bhide\b/,
    /\b(?:militia|secret (?:service|police)|intelligence service|security service)\w*|\binform on\b/,
    /\b(?:beaten|beat me|attacked|was shot|disappear\w*)\b|\bnobody knows? where (?:he|she|they) (?:is|are)\b/,
    /\bin danger\b|\bdangerous for me\b|\bnot safe\b|\bunsafe\b/,
    // What security services and their helpers do to a writer.
    /\b(?:follow(?:s|ed|ing)? me|watch(?:es|ed|ing)? me|being watched|under surveillance|attack(?:ed)? me|summon(?:s|ed)|prosecut\w*|travel ban|confiscat\w*|send me back|deport\w*|(?:criminal|defamation) (?:case|charge)s?|accounts? (?:are |were )?frozen|without papers)\b/,
    // "I am followed", "my phone is tapped"; not "I am followed by many readers".
    /\b(?:i am|i'm|im|i was|i've been|i have been|we are|being) (?:followed|watched|monitored|spied on|tracked)\b(?! by (?:many|thousands|millions|\d|my (?:readers|fans|followers)|readers|fans|followers))|\bmy (?:phone|phones|calls|emails?|messages|accounts?) (?:is |are |was |were |has been |have been )?(?:tapped|monitored|hacked|bugged)\b/,
    /\b(?:monitor|watch|read|tap)(?:s|ed|ing|ping|ped)? my (?:account|accounts|phone|emails?|messages)\b|\bthey (?:will|gonna|want to|are going to) (?:find|get|catch|hurt) me\b|\bnot allowed to (?:travel|leave)\b|\bstop(?:ped)? me at the (?:border|airport)\b/,
    /\bpolice (?:is |are )?(?:at|outside|came to|come to|comes to|came) my (?:door|house|home|flat|apartment)\b|\bbullets?\b|\bevery night in (?:a )?diff?e?rent place/,
    /\b(?:is|are|were|was|'re|'s) (?:after|hunting|looking for|searching for|coming for) (?:me|us)\b|\bthey (?:will |gonna |want to |are going to )?(?:come|coming) for (?:me|us)\b/,
    // Said in other words: a raid, a warrant, a case or a ban on them, a list, men in plain clothes,
    // "next time it will be you", "they know where I am", their address made public.
    /\b(?:raid\w*|ransack\w*|broke into (?:my|our)|(?:searched|search) (?:my|our) (?:home|house|flat|apartment|office|newsroom))\b|\b(?:my|our) (?:home|house|flat|apartment|office|newsroom) was (?:searched|raided)\b|\bnewsroom was searched\b/,
    /\b(?:arrest )?warrant\b|\b(?:on|out on|released on|let out on) bail\b/,
    /\b(?:case|charges?|investigation|lawsuit) (?:opened |filed |brought )?(?:against|agaisnt|into) me\b|\bfacing (?:charges|trial|prison)\b|\b(?:i|i'll|i will|i can|i could|i may|i might) (?:get|face|be given|be sentenced to|go to prison for) \d+ years\b/,
    /\b(?:can ?not|can't|cant|may not|not allowed to|forbidden to|banned from) (?:leave|travel|exit)\b|\bexit ban\b|\bban on my name\b/,
    /\bmy name is on (?:a|the|their|the same|same|that|this|his|her) (?:black ?)?list\b|\bplain[- ]?clothes?\b|\bsecurity (?:men|officers?|agents?|forces|office)\b|\bpass?port\b[^.?!]{0,20}\b(?:kept|taken|held|seized|confiscat\w*|not returned|withheld|they took|they take)\b|\b(?:kept|seized|took away|take|took) my pass?port\b|\b(?:our|their|state|military|secret) intelligence\b|\bintelligence (?:officers?|agents?|men|services?)\b/,
    /\bnext time\b[^.?!]{0,40}\b(?:for you|for me|for the artist|won'?t (?:just )?be|will be worse|it will be you|we (?:come|will come) for)\b|\bor else\b/,
    /\b(?:they|they've|they have|someone|somebody) (?:know|knows|found out) (?:where i (?:am|live)|who i am)\b|\b(?:asking|asked|ask) (?:for|about) me\b/,
    /\b(?:my|our) (?:home )?address\b[^.?!]{0,40}\b(?:online|published|posted|read out|shared|on tv|appeared)\b|\b(?:published|posted|shared|read out)\b[^.?!]{0,30}\bmy (?:name and )?(?:home )?address\b/,
    // A fatwa or a bounty, a wanted list, a cell, a hand broken, a house to be burnt, questioning,
    // men at the door, nights in different places, a citizenship stripped.
    /\b(?:fatwa|bounty|wajib-ul-qatl)\b|\b(?:money|price|reward) (?:for|on) my head\b|\bwanted list\b|\bmust be punished\b/,
    /\b(?:in|into) a cell\b|\bbroke my (?:hands?|arms?|legs?|fingers?|nose|ribs|jaw|teeth|cameras?|equipment|door|windows?)\b|\bburn my (?:house|home|flat|car)\b|\b(?:called in|brought in|taken in) for questioning\b|\bquestioned (?:about|over) me\b|\basking where i (?:am|live|sleep)\b/,
    /\b(?:men|people|officers|police|soldiers|officials) (?:came|come|comes|showed up|turned up|visited) (?:to )?my (?:studio|office|flat|house|home|door|apartment|parents'? house)\b/,
    /\bsleep(?:ing)? (?:at|in) (?:a )?different\b|\bmoving between (?:relatives|friends|houses|places)\b|\bchange (?:my )?place every\b|\b(?:citizenship|nationality) (?:was |has been )?(?:stripped|revoked|taken)\b|\bstateless\b/,
    // Said with fewer obvious words still (a third English batch, written after the signs above): a
    // charge of insulting the state, "I was next", a frozen account, no way home, men waiting outside,
    // a border crossed at night, an interrogation, their photo at a checkpoint, "or my son...", "they
    // know my street", their name on a published list, a stone through the window, books seized.
    /\b(?:i am|i'm|im|i was|i've been|my)\b[^.?!]{0,25}\b(?:charged|accused|case|court date|trial)\b[^.?!]{0,40}\b(?:insult\w*|false news|fake news|propaganda|undermin\w*|treason|blasphem\w*|apostasy|terroris\w*|extremis\w*)|\bcharges? (?:is|are|was|were)\b[^.?!]{0,10}\b(?:insult\w*|false news|fake news|propaganda|undermin\w*|treason|blasphem\w*|apostasy|terroris\w*|extremis\w*)/,
    /\b(?:i (?:was|am|'m) next|you(?:'re| are) next|i'?m the next one)\b/,
    /\b(?:froze|frozen)\b[^.?!]{0,20}\bmy (?:bank )?accounts?\b/,
    /\b(?:can ?not|can'?t|cant|could not|couldn'?t) (?:go|come|return) (?:back )?(?:to )?(?:my|our) (?:flat|home|house|apartment|country|city|town)\b/,
    /\bsends? (?:people like me|people like us) back\b/,
    /\b(?:men|man|car|people|someone|somebody)\b[^.?!]{0,25}\b(?:waiting|parked|standing|sitting)\b[^.?!]{0,25}\b(?:outside|in front of|near) my\b/,
    /\bcrossed (?:the )?(?:border|river|mountains?)\b|\bcrossed at night\b/,
    /\b(?:have|has|got|showing|circulat\w*) my (?:photo|picture|photograph)\b/,
    /\bor my (?:son|daughter|family|wife|husband|children|kids|parents|mother|father) (?:will|loses?|lose|gets?|pays?)\b/,
    /\bknow (?:my|our) (?:street|address|house|home|building|neighbou?rhood)\b|\bwhat happens to (?:women|people|girls|writers|journalists) like me\b/,
    /\bmy name (?:is|was) (?:there|on it|among them|on (?:the|that|their) list)\b/,
    /\bthrew\b[^.?!]{0,30}\b(?:my|our) (?:window|door|house|car)\b|\bthrough my window\b/,
    /\b(?:copies|books|my (?:books|films|paintings|drawings)) (?:were|was|have been) (?:seized|confiscated|burn\w*)\b|\bleft with (?:only|nothing but|just) my\b/,
  ],
  weak: [
    /\bpolice\b/,
    /\bpersecut\w*/,
    /\b(?:missing|took my|came to my)\b/,
    /\b(?:afraid|scared|fear|frighten\w*)\b/,
    /\b(?:urgent\w*|emergency|quickly|fast|immediately)\b/,
    /\b(?:banned|censor\w*|court|sentence\w*|trial|charged|bail)\b/,
    /\b(?:leave|get out of|go out from) (?:(?:my|the|our|this) )?country\b/,
    /\bsafe place\b/,
    // Having to go at once: "i must leave tonight".
    /\b(?:must|have to|need to|got to) (?:leave|run|go|escape)\b[^.?!,]{0,20}\b(?:tonight|today|now|immediately|at once)\b/,
    /\b(?:help me|please help|need help|(?:can|could) (?:you|icorn|anyone|someone) help)\b/,
    // Who persecutes a writer, and what they do: "the government banned my songs".
    /\b(?:the|our|my country'?s) (?:government|regime|authorities|state)\b[^.?!]{0,40}?\b(?:bann?\w*|censor\w*|block\w*|shut|closed|silenc\w*|took|jailed|target\w*|accus\w*|harass\w*|forbid\w*|forbade|punish\w*|want\w* me)\b/,
    /\b(?:my family|my children|my wife|my husband|my son|my daughter)\b/,
    // Pressure from above, and being watched or singled out.
    /\b(?:fired|suspended|lost my (?:job|licen[cs]e|press card)|took my (?:licen[cs]e|press card|passport))\b/,
    /\b(?:anonymous|silent|strange) (?:calls|messages)\b|\bcalls? every night\b|\b(?:behind me|outside my (?:house|building|home|flat|door))\b|\bno plates\b/,
    /\b(?:traitor|foreign agent|enemy of the (?:state|people))\b|\bmust pay\b|\bpaint on my door\b/,
    /\bsafely\b|\blogged into my\b|\b(?:cancel+ed|shut down|closed) my (?:show|concert|exhibition|account|blog)\b/,
    /\binterrogat\w*/,
    /\bfrom above\b|\blet me go\b|\b(?:not|wasn'?t|was not|won'?t be) renewed\b|\b(?:visa|permit|stamp)\b[^.?!]{0,25}\b(?:runs? out|expir\w*|finish\w*)\b|\bno (?:legal )?status\b/,
  ],
  firstPerson: /\b(?:i|i'm|im|me|my|myself)\b/,
  // Others the message speaks about: "writers who had to flee", "threatened journalists", "artists in exile".
  aboutOthers: [
    /\b(?:writers?|journalists?|reporters?|artists?|authors?|poets?|cartoonists?|filmmakers?|musicians?|people|someone|a man|a woman|colleagues?|students?|clients?|applicants?)\s+(?:who|that|whose|(?:have|had|has) to|imprisoned|jailed|exiled|persecuted|tortured|threatened|killed|murdered|in hiding|hiding|keep receiving|receiving|receive)\b[^.?!,;]*/g,
    // Facing threats, said of others ("artists facing threats"), not "I'm a journalist facing three cases".
    /\b(?:writers|journalists|reporters|artists|authors|poets|cartoonists|filmmakers|musicians|people|colleagues|clients|applicants)\s+facing\b[^.?!,;]*/g,
    // A famous case, a threat assessment, a favourite poet's life: "the death sentence against Salman Rushdie".
    /\b(?:death sentence|fatwa|death threats?|threats?) against (?!me\b|us\b|my\b)[^.?!]*|\bthreat assessments?\b|\bmy (?:favou?rite|beloved) (?:poet|writer|author|artist|singer|journalist)\b[^.?!]*/g,
    /\b(?:a|my) (?:novel|story|film|play|script|screenplay) (?:where|in which|whose)\b[^.?!]*/g,
    /\bmy (?:grand(?:father|mother|parents?)|great[- ]\w+)\b[^.?!]*/g,
    /\b(?:threatened|imprisoned|persecuted|exiled|jailed|detained|tortured|censored|endangered|at-risk)\s+(?:writers|journalists|reporters|artists|authors|poets|people|voices)\b/g,
    /\b(?:writers|journalists|reporters|artists|authors|poets|people)\s+(?:in|from) (?:exile|prison|jail|danger|hiding)\b/g,
    /\b(?:exile|prison) (?:literature|writing|memoirs?|poetry)\b|\b(?:write|writing|wrote) in (?:prison|exile|jail)\b|\b(?:death )?threats against\b|\bescape route\b|\b(?:a|the) (?:film|movie|book|memoir|novel|documentary|play) (?:about|on)\b[^.?!]*/g,
    // What a journalist or researcher writes about: "I'm a journalist writing about exile and the law".
    // Up to "and", "but" or "then", which may go on with what happened to the writer ("an article on the massacres and was suspended").
    /\b(?:writing|reporting|researching|a (?:piece|story|report|thesis|feature|series)|an? (?:article|essay|explainer))\s+(?:about|on)\s+(?!(?:me|my|myself|us|our)\b)[^.?!,;:]*?(?=\s+(?:and|but|then|so|because|after|when)\b|[.?!,;:]|$)/g,
    // Fiction and research: "In my novel the protagonist is tailed...", "My play is about a satirist who...".
    /\b(?:in|for) my (?:novel|play|film|script|screenplay|story|thesis|research|podcast)\b[^.?!]*|\bmy (?:novel|play|film|script|screenplay|story|thesis|podcast(?: episode)?)\b (?:is )?(?:about|on)\b[^.?!]*/g,
  ],
  help: [
    // Not "help my work to be known", which asks what a residency does for one's work.
    /\b(?:help|protect|support|assist|save|rescue)\s+(?:me|us|him|her|them|my(?! (?:work|writing|art|career|books?|music|films?|voice|reputation)\b)|someone|people)\b/,
    // Asking to be taken in is asking for help: "can ICORN host me somewhere?".
    /\b(?:host|shelter|receive|welcome|accept|invite)\s+(?:me|us)\b|\btake (?:me|us) in\b/,
    /\bdo (?:anything|something)\b|\bdo for (?:me|us|him|her|them|someone|people)\b/,
    /\bwhat (?:can|could|should|do|shall) (?:i|we) do\b|\bwhat (?:i|we) (?:can|could|should) do\b/,
    /\b(?:any|some) (?:way|help|chance|hope)\b/,
  ],
};

const SPANISH: Signs = {
  strong: [
    // Not the plural of a topic ("periodistas encarcelados").
    latin(/\b(?:arrest|detuv|detien|detenid|encarcel|c[aá]rcel|prisi[oó]n|pres[oa]\b|tortur|secuestr|desaparec)(?!\w*(?:ados|adas|idos|idas)\b)\w*/u),
    // Threats to the writer, not "threatened writers" (amenazados) as a topic.
    latin(/\bamenaz(?:a|as|an|aron|ado|ada)\b|\bme amenaz\w*/u),
    latin(/\b(?:hu[ií]r|hu[ií]|huyendo|hu[yi]o|escap[eéoó]|escapar)\b|\bexiliad[oa]\b|\ben el exilio\b/u),
    latin(/\b(?:matar(?:me|nos|lo|la)?|asesin\w*|muerte)\b/u),
    latin(/\b(?:escondid[oa]s?|esconderme|me escondo)\b/u),
    latin(/\ben peligro\b|\bno estoy a salvo\b|\bno estoy segur[oa]\b/u),
    latin(/\bme persigu\w*|\bperseguid[oa]\b/u),
    // "me vigila", "me siguen"; not "me sigue interesando" (it still interests me).
    latin(/\bme (?:golpearon|pegaron|atacaron|vigilan?|esp[ií]an?|est[aá]n? (?:siguiendo|vigilando|buscando|espiando))\b|\bme siguen?\b(?!\s+\p{L}+(?:ando|iendo)\b)/u),
    latin(/\blista negra\b|\bmiedo por mi vida\b|\bestoy muert[oa]\b/u),
    // What security services do to a writer: interrogation, summons, a raid, a passport taken, a travel ban, a prosecution.
    latin(/\bme (?:interrogaron|citan|citaron|detengan|quitaron el pasaporte|tienen vigilad[oa])\b|\ballanaron\b|\bno me dejan salir\b|\bproceso penal\b/u),
    // Said in other words: a summons "for a talk", a card or passport kept, nights at friends', a
    // relative asked about them, a hacked phone, an address published, a case or a list, "o ya verás".
    latin(/\bme (?:llamaron|convocaron|cit[oó]) (?:de|desde|a)\b|\bcitaci[oó]n\b|\buna charla\b|\bme (?:retuvieron|quitaron|confiscaron|decomisaron)\b/u),
    latin(/\bdurmiendo (?:cada noche |cada d[ií]a )?en casa de\b|\bno (?:duermo|he dormido|he vuelto|vuelvo) (?:en |a )?(?:mi|a mi) (?:casa|piso|departamento|apartamento)\b|\bno duermo en mi casa\b/u),
    latin(/\bpreguntar(?:le|on)?\b[^.?!]{0,40}\b(?:por m[ií]|cu[aá]ndo vuelvo|d[oó]nde (?:estoy|vivo|duermo))\b/u),
    latin(/\bme hackearon\b|\bhacke[oa]\w*\b|\bintervenid[oa]\b|\bpinchad[oa]\b|\b(?:publicaron|difundieron|public[oó]) mi direcci[oó]n\b/u),
    latin(/\bproceso abierto\b|\b(?:denuncia|causa|campa[nñ]a|proceso) (?:en )?contra (?:de )?m[ií]\b|\bmi nombre est[aá] en (?:una|la) lista\b|\bo ya ver[aá]s\b|\bdeja de escribir\b/u),
    latin(/\bno puedo (?:regresar|volver)\b|\bme (?:siguieron|esperaban|esperaba|buscan|andan buscando)\b|\b(?:carro|coche|auto|camioneta)\b[^.?!]{0,40}\b(?:frente a|afuera de|delante de) mi casa\b/u),
  ],
  weak: [
    latin(/\bpolic[ií]a\b/u),
    latin(/\b(?:miedo|asustad[oa]|temo)\b/u),
    latin(/\b(?:urgente|emergencia|r[aá]pido)\b/u),
    latin(/\b(?:mi familia|mis hijos|mi esposa|mi marido|mi mujer|mi hij[oa])\b/u),
    latin(/\b(?:censur\w*|prohibid\w*|juicio|condena\w*)\b/u),
    latin(/\b(?:salir|irme|huir) de mi pa[ií]s\b/u),
    latin(/\blugar seguro\b/u),
    latin(/\bay[uú]d(?:a|en|enme|ame)\b/u),
    latin(/\bme (?:rajaron|echaron|despidieron)\b|\bde arriba\b|\bmensajes raros\b|\bn[uú]mero oculto\b|\bllamadas? an[oó]nimas?\b|\bcambi[eé] de n[uú]mero\b|\bagente (?:de la cia|extranjero)\b|\btraidor\w*\b|\bnoticias falsas\b/u),
  ],
  firstPerson: latin(/\b(?:yo|me|mi|mis|estoy|soy|tengo|he|necesito|puedo)\b/u),
  // Fiction and research: "en mi novela el protagonista...".
  aboutOthers: [latin(/\b(?:en|para) mi (?:novela|obra|pel[ií]cula|guion|cuento|tesis|investigaci[oó]n)\b[^.?!]*|\bmi (?:novela|obra|pel[ií]cula|guion|cuento|tesis) (?:es |trata )?(?:sobre|de)\b[^.?!]*/gu)],
  help: [
    latin(/\bay[uú]d(?:a|ar|e|en|eme|enme|arme|ame|arnos)\b/u),
    latin(/\b(?:hacer|hacen) algo\b|\bhacer por m[ií]\b|\bqu[eé] (?:puedo|debo|podemos) hacer\b/u),
    latin(/\balguna (?:forma|manera|posibilidad|ayuda)\b/u),
    latin(/\b(?:acoger|recibir|alojar|aceptar|invitar)(?:me|nos)\b|\bme (?:acogen|acojan|reciben|reciban|alojan|alojen|aceptan|acepten|acoger[ií]an|recibir[ií]an)\b/u),
  ],
};

const FRENCH: Signs = {
  strong: [
    latin(/\b(?:arr[eê]t[ée]e?s?|arrestation|emprisonn\w*|prison|d[ée]tenu\w*|d[ée]tention|tortur\w*|enlev[ée]e?s?|kidnapp\w*|disparu\w*)\b/u),
    // Threats to the writer, not "threatened writers" (menacés) as a topic.
    latin(/\bmenac(?:e|es|ent|[ée]|[ée]e)\b|\bme menac\w*/u),
    latin(/\b(?:fuir|fui|fuis|fuyant|enfui\w*|[ée]vad[ée]\w*|exil[ée]e?)\b|\ben exil\b/u),
    latin(/\b(?:tuer|assassin\w*)\b/u),
    latin(/\b(?:cach[ée]e?|me cacher|je me cache)\b/u),
    latin(/\ben danger\b|\bpas en s[ée]curit[ée]\b/u),
    latin(/\bpers[ée]cut[ée]e?\b|\bme pers[ée]cut\w*/u),
    latin(/\b(?:battu|frapp[ée]|agress[ée]|surveill[ée]|suivie?)e?\b|\bon me suit\b|\bme suivent\b/u),
    latin(/\bliste noire\b|\bpeur pour ma vie\b|\bje suis mort[e]?\b/u),
    // What security services do to a writer: interrogation, summons, a raid, a passport taken, a travel ban, a prosecution.
    /interrog[ée]|m['’]ont convoqu|on m['’]a convoqu|perquisition|confisqu[ée] mon passeport|interdit de (?:quitter|sortir)|poursuites judiciaires|publi[ée] mon adresse/u,
    // Said in other words: a summons, a passport or press card kept, a ban on leaving, nights at
    // friends', men outside, a relative asked about them, a hacked or tapped phone, an address posted.
    latin(/\bconvocation\b|\bconvoqu[ée]e?\b|\bcit[ée]e? [àa] compara[iî]tre\b|\b(?:gard[ée]|retenu|confisqu[ée]|saisi) (?:mon|ma) (?:passeport|carte de presse)\b|\b(?:mon|ma) (?:passeport|carte de presse)\b[^.?!]{0,15}\b(?:gard[ée]e?|retenue?|confisqu[ée]e?|saisie?)\b/u),
    latin(/\binterdiction de (?:sortie|quitter)\b|\bplus le droit de (?:quitter|sortir)\b|\bne (?:peux|sais) pas rentrer\b|\bpas envisageable\b/u),
    latin(/\bjamais deux nuits\b|\bne dors plus chez moi\b|\bje n['’]y mets plus les pieds\b|\bmaisons d['’]amis\b/u),
    latin(/\ben civil\b|\b(?:attend\w*|stationn\w*|gar[ée]e?)\b[^.?!]{0,30}\bdevant (?:mon immeuble|chez (?:moi|nous)|ma maison|mon domicile)\b|\bdemand\w*\b[^.?!]{0,40}\b(?:o[uù] je (?:loge|suis|dors|vis)|avec qui je|quand je rentre)\b/u),
    latin(/\bpirat[ée]e?\b|\b(?:est|sont) [ée]cout[ée]e?s?\b|\b(?:post[ée]|publi[ée]|diffus[ée])e? (?:mon|ma) adresse\b|\bmon adresse\b[^.?!]{0,20}\b(?:post|publi|diffus|en ligne)\w*/u),
    latin(/\bcontre moi\b|\bmon nom est sur une liste\b/u),
  ],
  weak: [
    latin(/\bpolice\b/u),
    latin(/\b(?:peur|effray[ée]e?)\b/u),
    latin(/\b(?:urgent|urgence|vite)\b/u),
    latin(/\b(?:ma famille|mes enfants|ma femme|mon mari|mon fils|ma fille)\b/u),
    latin(/\b(?:censur\w*|interdit\w*|proc[eè]s|condamn\w*)\b/u),
    latin(/\bquitter mon pays\b/u),
    latin(/\blieu s[uû]r\b/u),
    /aide[rz]?[- ]moi|besoin d['’]aide/u,
    latin(/\blicenci[ée]e?\b|\bd['’]en haut\b|\bsms bizarres\b|\bnum[ée]ro masqu[ée]\b|\bchangements? de num[ée]ro\b|\bchang[ée] de num[ée]ro\b|\btra[iî]tre(?:sse)?\b|\bpay[ée]e? par l['’][ée]tranger\b|\bfausses nouvelles\b/u),
  ],
  firstPerson: /(?:^|[^\p{L}])(?:j['’]|m['’])|(?:^|[^\p{L}])(?:je|me|moi|mon|ma|mes)(?![\p{L}])/u,
  // Fiction and research: "j'écris un roman dont le héros...".
  aboutOthers: [latin(/\b(?:un|mon) (?:roman|film|sc[ée]nario|livre|pi[eè]ce|m[ée]moire|th[eè]se) (?:dont|o[uù]|sur|qui)\b[^.?!]*|\bdans mon (?:roman|film|sc[ée]nario|livre|r[ée]cit)\b[^.?!]*/gu)],
  help: [
    /aide[rz]?[- ]moi|m['’]aider|nous aider|besoin d['’]aide/u,
    latin(/\bfaire quelque chose\b|\bque (?:puis-je|dois-je|pouvons-nous) faire\b|\bque faire\b/u),
    latin(/\b(?:un|une) (?:moyen|possibilit[ée]|solution)\b/u),
    /m['’](?:accueillir|h[ée]berger|recevoir|inviter)|nous (?:accueillir|h[ée]berger|recevoir)|m['’]accueill(?:e|ent|erait|eraient)/u,
  ],
};

const ARABIC: Signs = {
  // Stems rather than whole words (Arabic attaches pronouns and tense to them: اعتقلتني, هيقتلوني),
  // chosen so that they are not inside common words.
  strong: [
    // Not "the threatened writers" (المهددين) as a topic.
    /هدد(?!ين)|تهديد/u,
    // Not the plural of a topic ("الصحفيين المسجونين", "الكتّاب المضطهدين").
    /(?:اعتقل|معتقل|سجن|مسجون|احتجز|احتجاز|تعذيب|عذبو|خطفو|اختطاف)(?!ين)|مذكرة (?:توقيف|اعتقال)/u,
    /هربت|[أا]هرب|الهروب|فررت|فرار|في المنفى|منفي/u,
    /قتل|اغتيال/u,
    /مختبئ|مستخبي|[أا]ختبئ|اختبأت|متخبي/u,
    /في خطر|خطر على حياتي|على حياتي/u,
    /يلاحق|ملاحق|يلحقني|يلحقوني|لحقني|مضطهد(?!ين)|يطاردو|يراقبو|يراقبني|بيتراقب|متراقب|قائمة المطلوبين|حرقوا|[أا]ُ?حرق/u,
    // What security services do to a writer: interrogation, summons, a raid, a passport taken, a travel ban.
    /استجواب|استجوبو|استدعوني|استدعاني|[أا]من الدولة|داهمو|مداهمة|الباسبور|جواز سفري|ممنوع من السفر|منعوني من السفر|اخترقوا|[إا]ني التالي|مختبي/u,
    // Said in other words, as the spoken Arabics say it: a summons "for a coffee" or a chat, a car
    // outside, people asking about them, nights away from home, a travel ban, an address posted, a
    // hacked account, a case for "false news", no way back, a door broken in, a name on a list.
    /استدع|استُدع|(?:نشرب|اشربي|اشرب|تشرب|نشربو|تشربي)\s+(?:\S+\s+)?قهو|دردش[ةه]/u,
    /(?:عربي[ةه]|سيار[ةه]|طوموبيل|ترمبيل)[^.؟?!]{0,40}(?:قدام|أمام|امام|تحت)\s+(?:ال)?(?:بيت|دار|عمار[ةه])/u,
    /سأل\S*\s+(?:عني|عليا|عليّ)|يسأل\S*\s+(?:عني|عليا|عليّ)|سألت\s+عليا/u,
    /(?:بنام|انام|أنام|نايم|بايت|بايته|ابات|أبات)\s+عند|مش\s+بايت|ما\s+عم\s+روح\s+عالبيت|لا\s+تبات|ما\s+طلعت\s+من\s+البيت/u,
    /منع\s+(?:من\s+)?(?:ال)?سفر|(?:اخذوا|أخذوا|خذوا|اخدو|أخدو|سحبوا|صادروا)\s+(?:جوازي|جواز\s+سفري|الباسبور)/u,
    /(?:نشروا|نشرو|ينشر|تنشر|نزلوا|حطوا)\s+(?:\S+\s+){0,3}?(?:عنواني|عنوان\s+بيتي|تصاور\s+داري|صور\s+بيتي|نومرو|رقم\s+تليفوني)/u,
    /انسرق\s+حسابي|تهكير|هكروا|تهكر|اختراق/u,
    /(?:اتفتحتلي|فتحوا\s+لي|فتحولي|رفعوا\s+علي)\s+قضي|قضي[ةه]\s+(?:ضدي|عليا)/u,
    /(?:ما|لا|مش|مو|ماني)\s+(?:اقدر|أقدر|بقدر|نقدر|نقدرش)\s+(?:ارجع|أرجع|نرجع|نولي)|[اإ]ذا\s+رجعت|ترحيل|ما\s+تجددت|ما\s+ترضى\s+تجدد/u,
    /انكسر\s+بابه|كسروا\s+الباب|كسرو\s+الباب|اقتحموا|اقتحام/u,
    /اسمك\s+صار\s+عند|اسمك\s+صار\s+عد|اسمي\s+(?:في|ب|على)\s+(?:ال)?(?:قائم|لست|ليست)|توقف\S*\s+عن\s+الكتاب|ولا\s+غادي\s+يندم|راح\s+تندم|حتندم|ستندم|رح\s+تندم/u,
  ],
  weak: [
    arabicWords('شرطة', 'الشرطة', 'الأمن', 'الامن', 'المخابرات'),
    arabicWords('خائف', 'خائفة', 'خايف', 'خايفة', 'خوف', 'أخاف', 'اخاف'),
    arabicWords('عاجل', 'بسرعة', 'طارئ', 'طوارئ'),
    /عائلتي|[أا]طفالي|زوجتي|زوجي|[أا]ولادي|ولادي/u,
    arabicWords('ممنوع', 'منعوا', 'محكمة', 'محاكمة', 'المنفى', 'منفى'),
    /[أا]غادر بلدي|[أا]ترك بلدي|مغادرة بلدي|من البلد/u,
    /مكان آمن|مكان امن/u,
    arabicWords('ساعدوني', 'ساعدني', 'مساعدة'),
    /من\s+الفوق|من\s+فوق|نحاوني|طردوني|فصلوني|رقم\s+مجهول|رقم\s+مش\s+ظاهر|رقم\s+خاص|عميل|حمل[ةه]\s+(?:عليي|علي|ضدي)|تعهد|تأديب|تاديب|[اأ]خبار\s+كاذب/u,
  ],
  // A pronoun, "me" or "my" attached to a word (اعتقلتني, حياتي), or a word of one's own life.
  firstPerson: /(?:^|[^\p{L}])(?:أنا|انا|إنني|انني|اني|إني|نفسي)(?![\p{L}])|\p{L}{2,}ني(?![\p{L}\p{M}])|(?<!ال)\p{L}{2,}تي(?![\p{L}\p{M}])|(?:بيتي|بلدي|زوجي|[أا]ولادي|ولادي|[أا]غانيي|عملي|كتبي|قصائدي|رسوماتي)(?![\p{L}])/u,
  help: [arabicWords('ساعدوني', 'ساعدني', 'تساعدني', 'تساعدوني', 'مساعدتي', 'تستقبلني', 'تستضيفني', 'استقبالي', 'استضافتي', 'تستقبلوني', 'تستضيفوني'), /ماذا [أا]فعل|شو بعمل|شو اعمل|اعمل ايه|هل من سبيل|[أا]ي مساعدة/u],
};

const PERSIAN: Signs = {
  // Stems, as people type them colloquially (شکنجم: they tortured me; میکشنم: they will kill me).
  strong: [
    // Not "a threatened writer" (نویسنده تهدیدشده) as a topic; "تهدید شده‌ام" (I have been threatened) counts.
    /تهدید(?!\s?شده(?![\p{L}\u200c]))/u,
    /زندان|بازداشت|دستگیر|شکنج|بازجویی|ربودن|ربوده/u,
    /فرار کرد|فرار کنم|گریختم|مجبور شدم برم|باید (?:هرچه زودتر )?از کشور برم/u,
    /بکشن|میکشن|می‌کشن|کشتن|اعدام/u,
    /مخفی شدم|پنهان شدم|قایم شدم|مخفی‌ام|مخفیم/u,
    /در خطر|جونم|جانم/u,
    /دنبالمه|دنبالم هستن|تعقیبم|زیر نظرم|لیست سیاه|حمله کردن/u,
    // What security services do to a writer: interrogation, summons, a passport taken, a travel ban, a prosecution, a tapped phone.
    /احضار|پاسپورتمو|گذرنامه‌ام|ممنوع‌الخروج|ممنوع الخروج|ممنوع‌القلم|پیگرد|شنود|هک کردن|وثیقه/u,
    // Said in other words, as people type them: a friendly chat at "the office" or an "explanation",
    // a car in the lane, people asking after them, a raid, a hacked account, their address posted, a
    // case for "spreading lies", no way back, nights at friends', a name on a list, "or else".
    /گپ دوستانه|برای «?توضیح|بیا اداره|یه سر بیا|نگهم داشتن|نگهم داشتند/u,
    /(?:پژو|پراید|ماشین|سمند|ون|خودرو)[^.؟?!]{0,40}(?:سر کوچ|دم در|جلوی (?:خونه|در|ساختمون|خانه))|دم در[^.؟?!]{0,25}(?:وایسادن|ایستادن)/u,
    /سراغ(?:م|\s?منو|\s?مرا|مو)(?![\p{L}])|سراغ منو|درباره من پرسیدن|ازش پرسیدن/u,
    /ریختن (?:دفتر|خونه|خانه|تو)|جمع کردن بردن|همه جا رو گشتن/u,
    /هک شده|هکم کردن|آدرس خونمو|آدرس خانه‌ام|آدرسمو/u,
    /پرونده (?:تشکیل|باز|درست)|برام پرونده|برای من پرونده/u,
    /برگردم[^.؟?!]{0,25}(?:معلوم نیست|نمیتونم|نمی‌تونم|میشناسن|می‌شناسن)|نمی‌?تونم برگردم|باطل شده|طالبان/u,
    /خونه (?:یکی از )?دوستام میخوابم|خونه نرفتم|خونه نمیرم|جرات نمیکنم (?:برم|درو)/u,
    /اسمت تو لیست|اسمم تو لیست|اسمم در لیست|آفتابی نشو|وگرنه|دیگه ننویس/u,
  ],
  weak: [
    persianWords('پلیس', 'مأمور', 'ماموران', 'مأموران', 'امنیتی'),
    /شماره ناشناس|اسم دخترمو|اسم پسرمو|از بالا دستور|بیرونم کردن|اخراجم|جاسوس|از خارج پول|نشر اکاذیب|لغو کردن|لغو شد|گوشیمم خاموش/u,
    /ترس|می‌ترسم|میترسم|نگرانم/u,
    persianWords('فوری', 'سریع', 'اضطراری'),
    /خانواده‌ام|خانوادم|خانواده ام|بچه‌هام|بچه‌هایم|بچه هام|همسرم|زنم|شوهرم/u,
    /تبعید|آزار|تحت تعقیب|سانسور|ممنوع|دادگاه|محاکمه/u,
    /ترک کشور|از کشورم|کشورمو|از کشور برم/u,
    /جای امن|جای امنی|جایی امن/u,
    /کمکم|کمک کنید/u,
  ],
  // Others the message speaks about: "روزنامه‌نگارایی که ممنوع‌الخروج شدن", "موکل‌هایی که پرونده دارن", "احضار هنرمندا".
  aboutOthers: [/(?:روزنامه‌?\s?نگار(?:ا|ان|ها)ی|نویسنده‌?\s?(?:ها|گان)ی|هنرمند(?:ا|ان|ها)ی|فیلمساز(?:ا|ان|ها)ی|کسانی|کسایی|موکل\S*)\s+که[^.؟?!]*|احضار\s+(?:هنرمند|نویسنده|روزنامه|خبرنگار)\S*[^.؟?!]*/gu],
  // A pronoun, or a verb or noun with the first person's ending as people type them.
  firstPerson: /(?:^|[^\p{L}])(?:من|منو|مرا|خودم)(?![\p{L}])|(?:هستم|بودم|شکنجه‌م|کردم|شدم|دارم|ترسم|تبعیدم|تعقیبم|زندانیم|برگردم|سراغم|آزادم|احضارم|نویسنده ام|فیلمسازم|بنده|اینجانب|نمیدونم|نمی‌دونم|نمی‌دانم|برم|بروم|کنم|خونم|جونم|کتابمو|کتابم|کشورم|دنبالمه|شکنجم|تهدیدم|دستگیرم|بازداشتم)(?![\p{L}])/u,
  help: [/کمکم|کمک کنید|کمک کنین|کمکم کنید|کمک می‌کنید|کمک میکنید|میزبانم|منو بپذیر|مرا بپذیر|پناهم بد|منو قبول|مرا قبول/u, /چه کار کنم|چیکار کنم|چکار کنم|چه کنم|راهی هست/u],
};

const SIGNS: Record<string, Signs> = { en: ENGLISH, es: SPANISH, fr: FRENCH, ar: ARABIC, fa: PERSIAN };

/** True when a message reads as coming from someone at risk (in `language`; no reading in a language without signs). */
export function readsAtRisk(text: string, language = 'en'): boolean {
  const signs = SIGNS[language];
  if (!signs) return false;
  const lower = (signs.aboutOthers ?? []).reduce((rest, pattern) => rest.replace(pattern, ' '), text.toLowerCase());
  if (!signs.firstPerson.test(lower)) return false;
  if (signs.strong.some((pattern) => pattern.test(lower))) return true;
  return signs.weak.filter((pattern) => pattern.test(lower)).length >= 2;
}

/**
 * A question that asks for help itself ("Can your organisation do anything for me?", "is there any
 * way ICORN can help me"): the at-risk answer is its answer, not the entry its words come nearest.
 */
export function asksForHelp(text: string, language = 'en'): boolean {
  const lower = text.toLowerCase();
  // "why icorn think protect us is important?" asks a reason, not for help.
  if (ASKS_WHY.test(lower.trim())) return false;
  return (SIGNS[language]?.help ?? []).some((pattern) => pattern.test(lower));
}

/** A question that asks a reason, in any of the five languages. */
const ASKS_WHY = /^(?:and |so |but )?(?:why\b|por ?qu[eé]\b|pourquoi\b|لماذا|ليش|لیش|ليه|چرا)/u;

/** The knowledge entry the at-risk reading answers with, when the knowledge has it. */
export const AT_RISK_ENTRY_ID = 'at-risk';
