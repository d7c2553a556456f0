import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { createNormalizer, EMPTY_VOCABULARY, normalizerFor } from '../../src/faq/normalize.js';
import { answered, FIXTURE_KNOWLEDGE, liveEngine } from '../helpers.js';

/** The normaliser of the shipped knowledge: generic English plus knowledge/vocabulary.yaml. */
const icorn = normalizerFor(loadKnowledge(FIXTURE_KNOWLEDGE).vocabulary);

describe('normalisation', () => {
  it.each([
    ["What's ICORN's e-mail?", ['what', 'is', 'icorn', 'email']],
    ['Whats ICORNs e mail', ['what', 'is', 'icorns', 'email']],
    ["Who's the executive director?", ['who', 'is', 'the', 'director']],
    ['Café MUNICIPALITY', ['cafe', 'municipality']],
    ['How can we become a member', ['how', 'can', 'we', 'join']],
    ['I dont know', ['i', 'do', 'not', 'know']],
    ['wat is icorn, wich cities', ['what', 'is', 'icorn', 'which', 'cities']],
    ['how mny citys, abt it', ['how', 'many', 'citys', 'about', 'it']],
  ])('splits %j into %j', (text, expected) => {
    expect(icorn.words(text)).toEqual(expected);
  });

  it('drops filler but keeps the question words that tell entries apart', () => {
    expect(icorn.contentWords('Can you please tell me who can get a residency?')).toEqual(['who', 'residency']);
  });

  it('reads synonyms as one term', () => {
    expect(icorn.terms('town')).toEqual(icorn.terms('cities'));
    expect(icorn.terms('telephone')).toEqual(icorn.terms('phone'));
    expect(icorn.terms('mail')).toEqual(icorn.terms('email'));
    expect(icorn.terms('writers')).toEqual(icorn.terms('author'));
    expect(icorn.terms('town')).not.toEqual(icorn.terms('phone'));
    expect(icorn.terms('ICORNs')).toEqual(icorn.terms('ICORN'));
  });

  it('gives nothing for empty, blank or punctuation-only text', () => {
    expect(icorn.terms('')).toEqual([]);
    expect(icorn.terms('   \n\t ')).toEqual([]);
    expect(icorn.terms('?!...')).toEqual([]);
  });
});

describe('the generic normaliser (no vocabulary)', () => {
  it('knows English but no domain words: contractions, stop words and stems, no phrases or synonyms', () => {
    const { words, contentWords, terms } = normalizerFor(EMPTY_VOCABULARY);
    expect(words("What's the e-mail? I dont know")).toEqual(['what', 'is', 'the', 'e', 'mail', 'i', 'do', 'not', 'know']);
    expect(words('How can we become a member')).toEqual(['how', 'can', 'we', 'become', 'a', 'member']);
    // Adverbs of how to answer carry nothing to match: "purely", "explicitly", "precisely".
    expect(contentWords('Does ICORN explicitly and precisely focus purely on writers?')).toEqual(contentWords('Does ICORN focus on writers?'));
    // "we'd", "they've", "haven't" are no words of their own ("wed", "theyve"), which would count against a match.
    expect(contentWords("We'd like to know whether they've members, we haven't heard")).toEqual(contentWords('We would like to know whether they have members, we have not heard'));
    expect(contentWords('Can you please tell me who can get a residency?')).toEqual(['who', 'residency']);
    expect(terms('towns')).toEqual(terms('town'));
    expect(terms('town')).not.toEqual(terms('cities'));
    expect(terms('telephone')).not.toEqual(terms('phone'));
  });

  it('reads a fact-check ("I was told ..., is that correct?") as the fact it checks', () => {
    const { contentWords } = normalizerFor(EMPTY_VOCABULARY);
    expect(contentWords('I was told ICORN has members outside Europe, is that correct?')).toEqual(contentWords('ICORN has members outside Europe?'));
    expect(contentWords('A colleague told me the network has 80 members.')).toEqual(contentWords('A colleague: the network has 80 members.'));
    // "heard" stays a word: "I have never heard of ICORN, what is it?" is no fact-check.
    expect(contentWords('I have never heard of ICORN')).toContain('heard');
  });

  it('reads whatever vocabulary it is given, and nothing else', () => {
    const own = createNormalizer({}, { phrases: [['lend a hand', 'help']], synonyms: [['permit', 'licence', 'license']], owned: [], names: [] });
    expect(own.words('Can you lend a hand?')).toEqual(['can', 'you', 'help']);
    expect(own.terms('licences')).toEqual(own.terms('permit'));
    expect(own.terms('town')).not.toEqual(own.terms('cities'));
    expect([...own.phraseWords]).toEqual(['lend', 'a', 'hand']);
    expect([...own.synonymWords]).toEqual(['permit', 'licence', 'license']);
  });

  it('ignores a phrase that means nothing', () => {
    const own = createNormalizer({}, { ...EMPTY_VOCABULARY, phrases: [['sign up', '']] });
    expect(own.words('sign up')).toEqual(['sign', 'up']);
    expect(own.phraseWords.size).toBe(0);
  });

  it('builds one normaliser per vocabulary and options', () => {
    const vocabulary = { ...EMPTY_VOCABULARY, synonyms: [['permit', 'licence']] };
    expect(normalizerFor(vocabulary)).toBe(normalizerFor(vocabulary, {}));
    expect(normalizerFor(vocabulary, { stemming: false })).not.toBe(normalizerFor(vocabulary));
    expect(normalizerFor({ ...vocabulary })).not.toBe(normalizerFor(vocabulary));
    expect(normalizerFor(undefined)).toBe(normalizerFor(EMPTY_VOCABULARY));
  });
});

describe('the normaliser of another language', () => {
  it('reads the network\'s name written in Arabic or Persian script as "icorn", as it reads ICORN', () => {
    for (const language of ['fa', 'ar']) {
      const normalizer = createNormalizer({ language });
      for (const text of ['آیکورن چیست؟', 'ما هي ايكورن؟', 'آيكورن', 'ICORN']) expect(normalizer.terms(text), `${language}: ${text}`).toContain('icorn');
    }
  });

  it.each([
    ['es', '¿Cuál es el objetivo principal de la Red Internacional de Ciudades Refugio?', 'objetivo principal'],
    ['fr', "Quel est l'objectif principal du Réseau international des villes refuges ?", 'objectif principal'],
    ['ar', 'ما الهدف الرئيسي للشبكة الدولية لمدن اللجوء؟', 'الهدف الرئيسي'],
    ['fa', 'هدف اصلی شبکه بین‌المللی شهرهای پناه چیست؟', 'هدف اصلی'],
  ])('reads ICORN\'s full name in %s as "icorn", as the English vocabulary reads "International Cities of Refuge Network": "%s"', (language, text, asked) => {
    const normalizer = createNormalizer({ language });
    expect(normalizer.terms(text)).toEqual([...normalizer.terms(asked), 'icorn']);
  });

  it.each([
    ['es', 'Hola, ¿qué es ICORN?', '¿qué es ICORN?'],
    ['fr', "Bonjour, c'est quoi ICORN au juste ?", "c'est quoi ICORN au juste ?"],
    ['ar', 'مرحبا، ما هي ICORN؟', 'ما هي ICORN؟'],
    ['fa', 'سلام، ICORN چیه؟', 'ICORN چیه؟'],
  ])('reads a greeting in front of a question in %s as no word to match: "%s"', (language, text, question) => {
    const normalizer = createNormalizer({ language });
    expect(normalizer.terms(text)).toEqual(normalizer.terms(question));
    expect(createNormalizer({ language, stopWords: false }).terms(text)).not.toEqual(createNormalizer({ language, stopWords: false }).terms(question));
  });

  it.each([
    ['fr', 'c koi le site d icorn', ['c', 'est', 'quoi', 'le', 'site', 'd', 'icorn']],
    ['fr', 'cest quoi une residence', ['c', 'est', 'quoi', 'une', 'residence']],
    // "svp" is politeness, no word to match ("recette du thieboudienne svp" got the contacts through "plait").
    ['fr', 'tel icorn svp', ['telephone', 'icorn']],
    ['es', 'xq existe icorn', ['porque', 'existe', 'icorn']],
  ])('reads chat spellings in %s as the words they stand for: "%s"', (language, text, words) => {
    expect(createNormalizer({ language }).rawWords(text)).toEqual(words);
    expect(createNormalizer({ language, contractions: false }).rawWords(text)).not.toEqual(words);
  });

  it.each([
    ['ar', 'شو هي ايكورن؟', 'ما هي ايكورن؟'],
    ['ar', 'بدي اعرف ليش المدن مهمة', 'لماذا المدن مهمة'],
    ['ar', 'وين بقدر اقدم طلب؟', 'أين اقدم طلب؟'],
    ['fa', 'آیکورن چیه؟', 'آیکورن چیست؟'],
    ['fa', 'میخوام بدونم اقامت چجوری کار میکنه', 'اقامت چطور کار میکنه'],
    ['fr', 'Une ville refuge, ça veut dire quoi ?', "Une ville refuge, c'est quoi ?"],
    ['fr', "J'aimerais savoir la définition d'une ville refuge", "Qu'est-ce qu'une ville refuge ?"],
    ['fa', 'شهرای عضو کجان؟', 'شهرهای عضو کجا هستند؟'],
    ['fr', 'chu poète pis journaliste', 'je suis poète puis journaliste'],
    ['fr', 'qui faut-il contacter ?', 'qui contacter ?'],
    ['fa', 'اقامت برای کیا هست؟', 'اقامت برای چه کسانی هست؟'],
  ])('reads spoken %s as the written language: "%s" as "%s"', (language, spoken, written) => {
    const terms = createNormalizer({ language }).terms(written);
    expect(terms.length).toBeGreaterThan(0);
    expect(createNormalizer({ language }).terms(spoken)).toEqual(terms);
    expect(createNormalizer({ language, contractions: false }).terms(spoken)).not.toEqual(terms);
  });

  it.each([
    ['es', 'cuéntame un chiste', 'cuéntame qué es ICORN'],
    ['fa', 'یه فیلم خوب معرفی کن', 'آیکورن رو معرفی کن'],
  ])('reads "tell me" and "introduce" in %s as the filler they are: "%s" gets no ICORN answer, "%s" what ICORN is', (language, everyday, aboutIcorn) => {
    const engine = liveEngine().inLanguage(language)!;
    expect(engine.ask(everyday).kind).not.toBe('answer');
    const reply = engine.ask(aboutIcorn);
    expect(answered(reply)).toBe('what-is-icorn');
  });

  it.each([
    ['fr', ['courriel', 'email', 'e-mail', 'mail', 'adresse électronique'], 'mail'],
    ['es', ['correo', 'correo electrónico', 'email', 'mail'], 'email'],
    ['ar', ['البريد الإلكتروني', 'بريد', 'ايميل', 'الإيميل', 'الميل'], 'ایمیل'],
    ['fa', ['ایمیل', 'رایانامه', 'پست الکترونیکی'], 'ایمیل'],
  ])('reads every way of writing "email" in %s as one word', (language, spellings, word) => {
    const normalizer = createNormalizer({ language });
    for (const spelling of spellings) expect(normalizer.terms(spelling).at(-1), `${language}: ${spelling}`).toBe(normalizer.termOf(word));
  });

  it.each([
    ['fr', 'courriel du directeur'],
    ['fr', 'email du directeur'],
    ['es', 'correo del director'],
    ['es', 'correo electrónico del director'],
    ['ar', 'ايميل المدير'],
    ['ar', 'الايميل تبع المدير'],
    ['fa', 'نامه الکترونیکی به مدیر'],
  ])('answers the director\'s email asked in %s however "email" is written: "%s"', (language, question) => {
    const engine = liveEngine().inLanguage(language)!;
    expect(answered(engine.ask(question))).toBe('executive-director');
  });

  it('answers whom to contact, asked after a story, by the asking sentence: a partner\'s story does not make it a question about partners', () => {
    const engine = liveEngine();
    const spanish = 'Soy de una fundación en Santiago que defiende a artistas perseguidos y nos interesaría colaborar con ICORN como organización aliada. ¿A quién le escribimos?';
    expect(answered(engine.inLanguage('es')!.ask(spanish))).toBe('email');
    expect(answered(engine.inLanguage('fr')!.ask('qui faut-il contacter ?'))).toBe('contact');
    // After a colon, the clause that asks is the question.
    const french = "Notre association à Dakar accompagne des artistes persécutés. On aimerait devenir partenaire d'ICORN : qui faut-il contacter ?";
    expect(answered(engine.inLanguage('fr')!.ask(french))).toBe('contact');
  });

  it('answers whom to contact where the whole story found no answer, with the nearest entry that gives an address', () => {
    const story = 'We are a literary festival that invites international authors every year. We would like to feature a writer who is currently in an ICORN residency. Who should we get in touch with to discuss this?';
    const reply = liveEngine().ask(story);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['contact', 'question']);
    // "Where should a city turn?" asks whom to contact too, not where the member cities are.
    const turn = liveEngine().ask("We're genuinely interested in joining, but I couldn't find anything about an application procedure for cities. I don't even know who to write to first. Where should a city turn to start the conversation?");
    expect([answered(turn), turn.kind === 'answer' ? turn.via : undefined]).toEqual(['how-to-join', 'question']);
  });

  it('reads "use" as no word to match: "What figures should I use?" after asking for the membership size is no question about the email ("What email should I use?")', () => {
    const reply = liveEngine().ask("I'm a programme officer at a foundation writing a grant memo. I need ICORN's membership size and its geographic spread for the context section. What figures should I use?");
    expect(answered(reply)).toBe('member-count');
  });

  it('reads French "tel" as the phone only where it is no "such": "un tel programme"', () => {
    expect(createNormalizer({ language: 'fr' }).rawWords('un tel programme existe ?')).toEqual(['un', 'tel', 'programme', 'existe']);
  });

  it('answers "c koi le site d icorn" from the French knowledge with the website', () => {
    const french = liveEngine().inLanguage('fr')!;
    const reply = french.ask('c koi le site d icorn');
    expect(answered(reply)).toBe('website');
  });

  it.each([
    ['es', 'receta de paella por favor'],
    ['es', 'porfa la receta de la paella'],
    ['ar', 'وصفة كبسة لو سمحت'],
  ])('in %s, "please" is no word to match: "%s" gets no ICORN fact', (language, text) => {
    expect(liveEngine().inLanguage(language)!.ask(text).kind).toBe('fallback');
  });

  it('gives no ICORN fact to "recette du thieboudienne svp", and the phone to "tel icorn svp"', () => {
    const french = liveEngine().inLanguage('fr')!;
    expect(french.ask('recette du thieboudienne svp').kind).toBe('fallback');
    expect(answered(french.ask('tel icorn svp'))).toBe('phone');
  });

  it('answers "what is ICORN?" asked with the name in Persian script from the Persian knowledge', () => {
    const persian = liveEngine().inLanguage('fa')!;
    const reply = persian.ask('آیکورن چیست؟');
    expect(answered(reply)).toBe('what-is-icorn');
  });
});
