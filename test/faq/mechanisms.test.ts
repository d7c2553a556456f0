import { describe, expect, it } from 'vitest';
import { asksForHelp, readsAtRisk } from '../../src/faq/atRisk.js';
import { decide } from '../../src/faq/decide.js';
import { DOMAIN_DECISION, PLAIN_DECISION } from '../../src/faq/matcherConfig.js';
import { createFaqEngine, type FaqEngine } from '../../src/faq/faqEngine.js';
import { asksWhoIsIncluded, ELIGIBILITY_ENTRY_ID } from '../../src/faq/eligibility.js';
import { asksToContinueWork, saysWorkContinues } from '../../src/faq/continuingWork.js';
import { asksAboutRegions } from '../../src/faq/regions.js';
import { asksWhatIsOffered, saysWhatIsOffered } from '../../src/faq/offered.js';
import { asksAboutValues, namesValues } from '../../src/faq/values.js';
import { asksForm, givesForm, onlyInItsSentence, onlyWhereUnanswered } from '../../src/faq/answerForms.js';
import { aboutUnknownNames, describeDetail, selfDescribedOccupation, detailAsked, givesDetail, saysWhatThePageLacks } from '../../src/faq/notStated.js';
import { questionPart, questionWithAntecedent } from '../../src/faq/questionPart.js';
import { asciiDigits, foldOther } from '../../src/faq/normalize.js';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { isOccupation, isPlaceName } from '../../src/faq/dictionary.js';
import type { Candidate, Entry } from '../../src/faq/types.js';
import { answered, fixtureKnowledge, fixtureKnowledgeWithAtRisk as knowledgeWithAtRisk, inLanguage, LIVE_KNOWLEDGE, liveEngine, liveEngineWith } from '../helpers.js';

/**
 * Expects the entries whose answers `say` so to be `expected` (sorted ids), in English and in every
 * translation of the live knowledge: the readings find their answers by the answers' own words.
 */
function expectInEveryLanguage(say: (answer: string, language: string) => boolean, expected: string[]): void {
  const knowledge = liveEngine().knowledge;
  const saying = (entries: Entry[], language: string) => entries.filter((entry) => say(entry.answer, language)).map((entry) => entry.id).sort();
  const languages: Array<[string, Entry[]]> = [['en', knowledge.entries], ...(knowledge.translations ?? []).map((t): [string, Entry[]] => [t.language, t.entries])];
  expect(languages.map(([language, entries]) => [language, saying(entries, language)])).toEqual(languages.map(([language]) => [language, [...expected].sort()]));
}

describe('the at-risk reading', () => {
  it.each([
    'The police arrested me after my last column and my family is afraid. What should I do?',
    'i am painter and they threaten to kill me because of my pictures, please help',
    'I had to flee and I am hiding at a friend. Is there a city for people like me?',
    'my husband disappeared last month and now they follow me. i need help quickly',
    // Who persecutes a writer, and a plain "can you help".
    'i am a rapper and the government banned my songs, can you help',
    'the government is after me, can my children come with me to the city?',
    // Watched: "I am followed", a tapped phone.
    'my phone is tapped and I am followed, can icorn help?',
  ])('reads "%s" as someone at risk', (text) => {
    expect(readsAtRisk(text)).toBe(true);
  });

  it.each([
    ['es', 'Escribo poesía en mi lengua y el gobierno me vigila. ¿A quién le escribo?'],
    ['es', 'la policía me sigue, qué hago'],
  ])('reads the %s "%s" as someone at risk', (language, text) => {
    expect(readsAtRisk(text, language)).toBe(true);
  });

  it('reads asking to be taken in, in Spanish, as the cry for help that the at-risk answer answers', () => {
    expect(asksForHelp('¿A quién le escribo para pedir que me reciban en una ciudad de refugio?', 'es')).toBe(true);
    expect(asksForHelp('¿Qué es una ciudad de refugio?', 'es')).toBe(false);
  });

  it('reads "help my work to be known" as a question about the residency, not a cry for help; "help my family" is one', () => {
    expect(asksForHelp('the residency help my work to be known or is it only place to sleep?')).toBe(false);
    expect(asksForHelp('can icorn help my family?')).toBe(true);
  });

  it('reads a journalist writing about their own exile as at risk', () => {
    expect(readsAtRisk("I'm writing about my exile: they threatened me and I had to flee.")).toBe(true);
  });

  it.each([
    ['en', 'I am followed by many readers on my blog. How do I apply?'],
    ['es', 'Me sigue interesando la red. ¿Cómo se une una ciudad?'],
  ])('does not read the %s "%s" so', (language, text) => {
    expect(readsAtRisk(text, language)).toBe(false);
  });

  it.each([
    'my luggage is missing',
    'do I need a shot before I travel to India',
    'how much is my kill bill bill for',
    'Our council wants to host a persecuted writer. How does a city join?',
    'Journalists in exile need support: does ICORN work with NGOs?',
    'I am afraid I forgot my password',
    'can you help me with the government tax form',
    // What a journalist writes about is the story, not the writer's own danger; one's own stays.
    "I'm a journalist writing about exile and the law. Is relocation part of ICORN's work?",
  ])('does not read "%s" as someone at risk', (text) => {
    expect(readsAtRisk(text)).toBe(false);
  });

  it('answers someone at risk with the at-risk entry, first time and not as a menu, and says which reading decided', () => {
    const engine = createFaqEngine(knowledgeWithAtRisk());
    const reply = engine.ask('They arrested me twice for my articles and my children are scared. Can your organisation do anything for me?');
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect(reply.candidate.entry.id).toBe('at-risk');
    expect(reply.via).toBe('atRisk');
  });

  it('answers the clear question of someone at risk too, after the at-risk entry', () => {
    const text = 'They threatened me because of my articles. What is the phone number of ICORN?';
    const reply = createFaqEngine(knowledgeWithAtRisk()).ask(text);
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect([reply.candidate.entry.id, reply.atRisk?.id, reply.via]).toEqual(['phone', 'at-risk', 'atRisk']);
    // Switched off, the at-risk entry alone answers, as before.
    const alone = createFaqEngine(knowledgeWithAtRisk(), { atRiskQuestion: false }).ask(text);
    expect(alone.kind === 'answer' ? [alone.candidate.entry.id, alone.atRisk] : alone.kind).toEqual(['at-risk', undefined]);
  });

  it('answers with the at-risk entry alone when the question is no clear one, is answered by that entry, or asks for a detail the page lacks', () => {
    const engine = createFaqEngine(knowledgeWithAtRisk());
    for (const text of [
      'They arrested me twice for my articles and my children are scared. Can your organisation do anything for me?',
      'I am in danger because of my work. What can ICORN do for me?',
      'They threatened me because of my articles. How much does the phone number of ICORN cost?',
    ]) {
      const reply = engine.ask(text);
      expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.atRisk] : reply.kind).toEqual(['at-risk', undefined]);
    }
  });

  it('says first what the page does not give when someone in danger asks about a topic it never speaks of, with the at-risk answer as the closest fact', () => {
    const text = 'salam. i have wife and 2 small children and we are all in danger. if i go to ICORN city my family can come with me? they give house for all of us?';
    const reply = liveEngine().ask(text);
    expect(reply.kind === 'notStated' ? [reply.candidate.entry.id, reply.missing, reply.via] : reply.kind).toEqual(['at-risk', 'anything about family members', 'atRisk']);
    // Switched off, the at-risk answer is given as if it answered.
    const before = liveEngineWith({ atRiskLacking: false }).ask(text);
    expect(before.kind === 'answer' ? before.candidate.entry.id : before.kind).toBe('at-risk');
    // A detail the at-risk answer does not give, but no topic the page never speaks of: the at-risk answer stands.
    const where = liveEngine().ask('i already flee to border country but here also they find me, somebody follow me. i am writer. please tell me where is safe');
    expect(where.kind === 'answer' ? where.candidate.entry.id : where.kind).toBe('at-risk');
  });

  it.each([
    ['en', 'Can ICORN host me somewhere?'],
    ['es', '¿ICORN puede acogerme en alguna ciudad?'],
    ['fr', "Est-ce que ICORN peut m'accueillir quelque part ?"],
    ['ar', 'هل يمكن أن تستقبلني مدينة؟'],
    ['fa', 'میشه منو قبول کنید؟'],
  ])('reads asking to be taken in as asking for help (%s: "%s"), which the at-risk answer answers', (language, text) => {
    expect(asksForHelp(text, language)).toBe(true);
  });

  it.each([
    ['en', 'why icorn think protect us is important?'],
    ['es', '¿por qué es importante protegernos?'],
    ['fa', 'چرا کمک کنید مهمه؟'],
  ])('reads a question that asks a reason as no cry for help (%s: "%s"), so its own answer comes after the at-risk entry', (language, text) => {
    expect(asksForHelp(text, language)).toBe(false);
  });

  it('answers the reason asked by someone at risk too', () => {
    const reply = liveEngine().ask(
      'writer here, exiled inside my own country. everybody tell me nobody care about writers. why icorn think protect us is important?',
    );
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.atRisk?.id] : reply.kind).toEqual(['why-it-matters', 'at-risk']);
  });

  it('does nothing where the knowledge has no at-risk entry, or when switched off', () => {
    const text = 'They arrested me twice for my articles and my children are scared. Can your organisation do anything for me?';
    for (const engine of [createFaqEngine(fixtureKnowledge()), createFaqEngine(knowledgeWithAtRisk(), { atRisk: false })]) {
      const reply = engine.ask(text);
      expect(reply.kind === 'answer' && reply.candidate.entry.id === 'at-risk').toBe(false);
      expect(reply.kind !== 'empty' && reply.kind !== 'smallTalk' ? reply.via : undefined).not.toBe('atRisk');
    }
  });
});

describe('the question inside a long message', () => {
  it('takes the last sentence that asks, or else the last sentence', () => {
    expect(questionPart('I work for the council of a small town. We read about your network. How can our city become a member?')).toBe(
      'How can our city become a member?',
    );
    expect(questionPart('Can you help? I lost everything. i need to know the phone number of icorn')).toBe('i need to know the phone number of icorn');
    expect(questionPart('What is ICORN?')).toBeUndefined();
    // The clause after a colon that asks is a sentence of its own.
    expect(questionPart('Our council adopted a motion. Before I prepare a briefing note: what exactly does a member city take on?')).toBe(
      'what exactly does a member city take on?',
    );
    // The Arabic question mark asks too.
    expect(questionPart('أدرّس مادة حقوق الإنسان. ما هو هدف ICORN؟ شكرا جزيلا.')).toBe('ما هو هدف ICORN؟');
  });

  it('answers the question a story ends with, where the whole message would not be answered', () => {
    const story =
      'Last year I organised a festival of poetry in my region and many people came from abroad. Everybody was talking about literature and the situation of authors. What is the phone number of ICORN?';
    const engine = createFaqEngine(fixtureKnowledge());
    const without = createFaqEngine(fixtureKnowledge(), { questionPart: false }).ask(story);
    expect(without.kind === 'answer' && without.candidate.entry.id === 'phone').toBe(false);
    const reply = engine.ask(story);
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect(reply.candidate.entry.id).toBe('phone');
    expect(reply.via).toBe('question');
  });

  it('answers an asking sentence that is a question of the knowledge near word for word, whatever the rest comes nearest', () => {
    // "i am writer" alone brings the whole message nearest to who the residencies are for.
    const engine = createFaqEngine(loadKnowledge(LIVE_KNOWLEDGE));
    const reply = engine.ask('what is icorn? i am writer');
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual(['what-is-icorn', 'question']);
    const without = createFaqEngine(loadKnowledge(LIVE_KNOWLEDGE), { questionPart: false }).ask('what is icorn? i am writer');
    expect(without.kind === 'answer' ? without.candidate.entry.id : without.kind).toBe('who-can-get-a-residency');
  });
});

describe('an earlier question of a message whose last question finds nothing', () => {
  it.each([
    ['what mean city of refuge? is like refugee camp?', 'what-is-icorn'],
    ['why icorn want help us? what they want from us back', 'why-it-matters'],
  ])('answers "%s" with what the earlier question asks (%s)', (text, id) => {
    // Without the reading of why ICORN protects these people, which answers the second example too.
    const reply = liveEngineWith({ whyProtect: false }).ask(text);
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual([id, 'question']);
    const without = liveEngineWith({ earlierQuestion: false, whyProtect: false }).ask(text);
    expect(without.kind).not.toBe('answer');
  });

  it('does not give the at-risk entry that way, which only the at-risk reading gives', () => {
    // "is icorn from goverment?" alone comes nearest an alternate of the at-risk entry with the same typo.
    const text = 'is icorn from goverment? i am scared of goverment people after what happen to me. i need to know who is behind it before i send my story';
    const reply = liveEngine().ask(text);
    expect(reply.kind === 'answer' ? reply.candidate.entry.id : reply.kind).not.toBe('at-risk');
  });
});

describe('an asking sentence that points back', () => {
  const story =
    'Our data desk is plotting international city networks on a map. We need to know on which continents ICORN has members. Which parts of the world does it cover?';

  it('is read with the sentence before it, and only when it points back', () => {
    expect(questionWithAntecedent(story)).toBe('We need to know on which continents ICORN has members. Which parts of the world does it cover?');
    expect(questionWithAntecedent('I work for a city. How can our city join?')).toBeUndefined();
    expect(questionWithAntecedent('Is this something ICORN does?')).toBeUndefined();
    // "both" points back to the two things the sentence before names.
    expect(questionWithAntecedent("I need ICORN's principal objective in plain words plus who it's aimed at. Can you give me both?")).toBe(
      "I need ICORN's principal objective in plain words plus who it's aimed at. Can you give me both?",
    );
  });

  it('answers from the sentence it points back to, where neither the whole message nor the asking sentence is answered', () => {
    const knowledge = loadKnowledge(LIVE_KNOWLEDGE);
    // Without the reading of where the members are, which reads "on which continents" too.
    const reply = createFaqEngine(knowledge, { whereMembers: false }).ask(story);
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual(['member-count', 'question']);
    const without = createFaqEngine(knowledge, { antecedent: false, whereMembers: false }).ask(story);
    expect(without.kind).toBe('didYouMean');
  });
});

describe('fewer menus', () => {
  const entry = (id: string) => ({ id }) as Entry;
  const candidates = (...confidences: number[]): Candidate[] => confidences.map((confidence, i) => ({ entry: entry(`e${i}`), confidence, matchedQuestion: '' }));

  it('answers a question with a domain word when one entry clearly leads, instead of offering a menu of one', () => {
    expect(decide(candidates(0.42, 0.3), DOMAIN_DECISION).kind).toBe('answer');
    expect(decide(candidates(0.42, 0.35), DOMAIN_DECISION).kind).toBe('didYouMean');
    expect(decide(candidates(0.38, 0.2), DOMAIN_DECISION).kind).toBe('didYouMean');
    // Without a domain word the same lead is only offered.
    expect(decide(candidates(0.52, 0.3), PLAIN_DECISION).kind).toBe('didYouMean');
  });

  it('offers nothing for a question without a domain word unless its best entry is fairly sure', () => {
    expect(decide(candidates(0.42, 0.3), PLAIN_DECISION).kind).toBe('fallback');
    expect(decide(candidates(0.42, 0.3)).kind).toBe('didYouMean');
  });

  it('reads the domain words from the vocabulary: the same question is answered with them and offered without them', () => {
    const knowledge = fixtureKnowledge();
    const question = 'who gets a residency';
    // Without the eligibility reading, which answers whom the residencies are for whatever the bars.
    const plain = createFaqEngine(knowledge, { eligibility: false }).ask(question);
    const withDomain = createFaqEngine({ ...knowledge, vocabulary: { ...knowledge.vocabulary!, domain: ['residency'] } }, { eligibility: false }).ask(question);
    expect([plain.kind, withDomain.kind]).toEqual(['didYouMean', 'answer']);
  });
});

describe('a follow-up that asks what the page does not say', () => {
  const engine = createFaqEngine(fixtureKnowledge());

  it.each([
    ['what-is-a-residency', 'how long does it last?', 'how long'],
    ['member-count', 'which ones?', 'their names'],
    ['partners', 'can you name them?', 'their names'],
  ])('after %s, "%s" says the page does not say %s, with the last answer as the closest fact', (last, text, missing) => {
    const reply = engine.ask(text, { lastEntryId: last });
    expect(reply.kind === 'notStated' ? [reply.missing, reply.candidate.entry.id] : reply.kind).toEqual([missing, last]);
  });

  it.each([
    ['quote-director', 'any other quote?', 'quote-partners'],
    ['key-projects', 'any other project?', 'project-cooperation'],
  ])('after %s, "%s" asks for another entry than the last (first: %s)', (last, text, first) => {
    const reply = liveEngine().ask(text, { lastEntryId: last });
    const offered = reply.kind === 'answer' ? [reply.candidate] : reply.kind === 'didYouMean' ? reply.candidates : [];
    expect(offered[0]?.entry.id).toBe(first);
    expect(offered.map((c) => c.entry.id)).not.toContain(last);
  });

  it('answers "until when it goes?" after the strategic plan with the plan again, not "how long does a residency last?" after the page\'s date', () => {
    const reply = liveEngine().ask('until when it goes?', { lastEntryId: 'project-strategic-plan' });
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual(['project-strategic-plan', 'context']);
    expect(liveEngineWith({ whyFollowUp: false }).ask('until when it goes?', { lastEntryId: 'project-strategic-plan' }).kind).not.toBe('answer');
    // How long a residency lasts, after the page's date, is told that the page does not say.
    expect(liveEngine().ask('how long does a residency last?', { lastEntryId: 'information-source' }).kind).toBe('notStated');
  });

  it('answers a follow-up that alone answers another entry well clear of the last with that entry: "ok. where i write them email" after what a residency is', () => {
    expect(answered(liveEngine().ask('ok. where i write them email', { lastEntryId: 'what-is-a-residency' }))).toBe('email');
  });

  it('keeps the last entry for a longer question about "other" things', () => {
    const reply = liveEngine().ask('What other organisations does ICORN work with?', { lastEntryId: 'partners' });
    expect(answered(reply)).toBe('partners');
  });

  it('answers "an email for him" after a message that names the head with his entry (the words alone offer it as a menu of one)', () => {
    expect(answered(liveEngine().ask("I'd like to interview the head of ICORN for my story. Is there a direct email for him?"))).toBe('executive-director');
  });

  it('answers "a direct way to reach him" after a message that names the executive director with his entry, however far below the bar the words put it', () => {
    const text = "I'd like to request an interview with ICORN's executive director for a long-read on cities of refuge. Do you have a direct way to reach him, email or phone?";
    expect(answered(liveEngine().ask(text))).toBe('executive-director');
    // Without him named in so many words, the bar holds.
    expect(answered(liveEngine().ask("I'd like to request an interview for a long-read on cities of refuge. Do you have a direct way to reach him, email or phone?"))).not.toBe('executive-director');
  });

  it('gives the head\'s own address for "his mail" after a message that names him, also to someone at risk', () => {
    const text = 'sorry my english not good. i am journalist in exile already, in neighbour country but not safe here also. i want write directly to the chief of icorn. what is his mail?';
    const reply = liveEngine().ask(text);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['executive-director', 'atRisk']);
    // Without a head named, "her email" is the general address.
    expect(answered(liveEngine().ask('My friend told me to write to you. What is her email?'))).toBe('email');
  });

  it('gives the head\'s own address for "his mail" after the answer that named him ("who run icorn", then "... what is his mail")', () => {
    const reply = liveEngine().ask('he speak to writers himself? what is his mail', { lastEntryId: 'executive-director' });
    expect(answered(reply)).toBe('executive-director');
    // After an answer that names no head, "his mail" is the general address.
    expect(answered(liveEngine().ask('he speak to writers himself? what is his mail', { lastEntryId: 'member-count' }))).toBe('email');
  });

  it('gives the head\'s own address for "his correct email" after a message that names him', () => {
    expect(answered(liveEngine().ask('i wrote to helge from icorn last month and no answer came. what is his correct email?'))).toBe('executive-director');
  });

  it.each([
    ['es', 'Queremos contactar con la persona que dirige ICORN. ¿Quién es y a qué correo podemos escribirle?'],
    ['fr', "Je voudrais écrire au directeur d'ICORN. Quelle est son adresse e-mail ?"],
  ])('gives the head\'s own address in %s when the message names him: "%s"', (language, text) => {
    expect(answered(inLanguage(liveEngine(), language).ask(text))).toBe('executive-director');
    // Without the head named, the general address.
    expect(answered(inLanguage(liveEngine(), language).ask(language === 'es' ? '¿Cuál es su correo electrónico?' : 'Quelle est votre adresse e-mail ?'))).toBe('email');
  });

  it('reads "an email for membership enquiries" as ICORN\'s own address, not someone else\'s', () => {
    const reply = liveEngine().ask('general email for membership enquiries?');
    expect(reply.kind === 'didYouMean' ? reply.candidates.map((c) => c.entry.id) : answered(reply)).toContain('email');
  });

  it.each(['How is its institutional nature described?', 'Separately, how does ICORN describe itself as an organisation?'])('answers "%s" with the entry on what kind of body ICORN is', (text) => {
    const reply = liveEngine().ask(text);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['independent-organisation', 'topicGiven']);
  });

  it('reads "someone senior" as ICORN\'s head', () => {
    expect(answered(liveEngine().ask("I'd like to interview someone senior at ICORN. Who would that be, and is there a direct email?"))).toBe('executive-director');
  });

  it('answers a bare "why?" after the mission with the entry of its topic that asks why, and after a project with that project again', () => {
    const after = (id: string) => liveEngine().ask('why?', { lastEntryId: id });
    expect([answered(after('mission')), answered(after('principal-objective')), answered(after('why-it-matters')), answered(after('project-expansion'))]).toEqual(['why-it-matters', 'why-it-matters', 'why-it-matters', 'project-expansion']);
  });

  it('answers "how?" alone after an answer with that answer, all the page says of it', () => {
    const reply = liveEngine().ask('how?', { lastEntryId: 'what-is-a-residency' });
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['what-is-a-residency', 'context']);
    expect(answered(liveEngineWith({ whyFollowUp: false }).ask('how?', { lastEntryId: 'what-is-a-residency' }))).not.toBe('what-is-a-residency');
    expect(answered(liveEngine().ask('how?'))).not.toBe('what-is-a-residency');
  });

  it('reads "with what aim?" alone as asking the reason of the last answer, though "aim" is a word of the objectives', () => {
    const reply = liveEngine().ask('with what aim?', { lastEntryId: 'partners' });
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['partners', 'context']);
    // With nothing before it, the words decide.
    expect(answered(liveEngine().ask('with what aim?'))).not.toBe('partners');
  });

  it('reads a form in the whole message when the asking sentence only points back, two sentences after what it points at', () => {
    const text = "I'm reporting on the relocation of journalists at risk and the bureaucratic hurdles involved. I'd like to know whether the network tackles these hurdles itself. Is that part of ICORN's work?";
    const reply = liveEngine().ask(text);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['project-relocation', 'relocationHurdles']);
    // Not where the members are, which places in the story do not ask.
    const story = "Our foundation funds free-expression work in Europe and Latin America. Ahead of a call with ICORN, I'd like to know their current priorities. What are they working on?";
    const fromStory = liveEngine().ask(story);
    expect(fromStory.kind === 'answer' ? fromStory.via : fromStory.kind).not.toBe('whereMembers');
    expect(['en', 'es', 'fr', 'ar', 'fa'].map((language) => onlyInItsSentence('whereMembers', language))).toEqual([true, true, true, true, true]);
    expect(onlyInItsSentence('relocationHurdles')).toBe(false);
  });

  it('reads "true?" after a sentence as asking whether that sentence is so: "i read icorn residency can make my work have more impact. true?"', () => {
    const reply = liveEngine().ask('i read icorn residency can make my work have more impact. true?');
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['what-is-a-residency', 'visibility']);
    expect(questionWithAntecedent('i read icorn residency can make my work have more impact. true?')).toBe('i read icorn residency can make my work have more impact. true?');
    expect(questionWithAntecedent('I am a poet. Truly lost here?')).toBeUndefined();
  });

  it('reads "for always or for some time" as asking whether the residencies are temporary', () => {
    const reply = liveEngine().ask('the residency is for always or for some time');
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['what-is-a-residency', 'temporary']);
  });

  it('reads where something fits as its role: "and how do the cities fit into that?" after the principal objective', () => {
    const reply = liveEngine().ask('and how do the cities fit into that?', { lastEntryId: 'principal-objective' });
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['principal-objective', 'context']);
    expect(liveEngine().knowledge.vocabulary?.phrases).toContainEqual(['fit into', 'role']);
  });

  it('answers "any other quote?" with the one other entry of the same topic', () => {
    const reply = liveEngine().ask('any other quote?', { lastEntryId: 'quote-director' });
    expect(answered(reply)).toBe('quote-partners');
  });

  it.each([
    ['partners', 'and local government?'],
    // "and regions?" needs no reading: the count of members is the one entry that speaks of regions.
    ['member-count', 'and towns?'],
    ['member-count', 'what about towns?'],
    // The phrase first, a story after it.
    ['who-can-get-a-residency', 'and reporters? my brother is reporter, same problem'],
  ])('after %s, "%s" (only a phrase) goes on with the last topic', (last, text) => {
    const knowledge = loadKnowledge(LIVE_KNOWLEDGE);
    const reply = createFaqEngine(knowledge).ask(text, { lastEntryId: last });
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual([last, 'context']);
    // Without the reading, the phrase alone gets a menu that leaves the last topic out of first place.
    const without = createFaqEngine(knowledge, { ellipsis: false }).ask(text, { lastEntryId: last });
    expect(without.kind).toBe('didYouMean');
  });

  it.each([
    ['what-is-icorn', 'and the weather?'],
    ['member-count', 'and what do they commit to?'],
    ['member-count', 'and is there a fee for members or a long application procedure?'],
  ])('after %s, "%s" is no phrase that goes on with the last topic', (last, text) => {
    const reply = liveEngine().ask(text, { lastEntryId: last });
    expect(reply.kind === 'answer' && reply.candidate.entry.id === last).toBe(false);
  });

  it.each(['what time is it in oslo', 'what time is it?'])('after an answer, "%s" is off the topic, not a follow-up', (text) => {
    expect(engine.ask(text, { lastEntryId: 'what-is-a-residency' }).kind).toBe('fallback');
  });
});

describe('where the members are', () => {
  const engine = liveEngine();

  it.each(['Is ICORN only in Europe?', 'are there members in the americas?', 'Where are the members located geographically?', 'where exactly are the member cities?'])('"%s" is answered by the count of members, which names the continents', (text) => {
    const reply = engine.ask(text);
    expect(answered(reply)).toBe('member-count');
  });

  it.each([
    ['is there some in asia?', 'asia'],
    ["We're a city in Japan. Can cities in Asia join?", 'Asia'],
  ])('"%s" names a continent the page never names: it does not say, and gives where the members are', (text, place) => {
    const reply = engine.ask(text);
    expect(reply.kind === 'notStated' ? [reply.candidate.entry.id, reply.missing] : reply.kind).toEqual(['member-count', `anything about ${place}`]);
  });

  it.each(["What is ICORN's current figure?", 'icorn figures'])('reads a figure as a count: "%s" is the count of members', (text) => {
    const reply = engine.ask(text);
    expect(answered(reply)).toBe('member-count');
  });

  it('reads continents as places, as it does countries and capitals', () => {
    expect(['asia', 'africa', 'europe', 'oceania', 'norway', 'paris'].map(isPlaceName)).toEqual([true, true, true, true, true, true]);
    expect(['america', 'north', 'weather'].map(isPlaceName)).toEqual([false, false, false]);
  });
});

describe("someone else's contact", () => {
  const engine = createFaqEngine(fixtureKnowledge());

  it.each(["what's the phone number of the police", 'what is the email address of the UN refugee agency'])('"%s" is not answered with ICORN\'s', (text) => {
    expect(engine.ask(text).kind).toBe('fallback');
  });

  it('reads a pronoun as someone the message named, not as someone else', () => {
    const reply = engine.ask("I'd like to interview the head of ICORN. Is there an email for him?");
    expect(reply.kind).toBe('answer');
  });

  it.each([
    ['what is the phone number of ICORN', 'phone'],
    ['what is the email of the director', 'executive-director'],
  ])('"%s" is still ICORN\'s (%s)', (text, id) => {
    const reply = engine.ask(text);
    expect(answered(reply)).toBe(id);
  });

  it('reads a department named in the story ("la Dirección de Asuntos Internacionales") as no address asked for, when the question is another', () => {
    const text = 'Le escribo desde la Dirección de Asuntos Internacionales de la Ciudad de México. Estamos evaluando sumarnos a la red ICORN. ¿Qué compromisos asume concretamente una ciudad miembro?';
    expect(answered(inLanguage(liveEngine(), 'es').ask(text))).toBe('member-commitment');
  });

  it("answers with the near entry that names the someone, rather than another entry's contact", () => {
    const text = 'We prefer to send a formal letter by email. What is the email address of the executive director?';
    const reply = liveEngine().ask(text);
    expect(answered(reply)).toBe('executive-director');
  });

  it.each([
    ['What is the general email address for enquiries?', 'email'],
    ['Is there a telephone number for the organisation?', 'phone'],
  ])('reads what the contact is for, or the organisation itself, as no one else: "%s" (%s)', (text, id) => {
    const reply = engine.ask(text);
    const first = reply.kind === 'answer' ? reply.candidate : reply.kind === 'didYouMean' ? reply.candidates[0] : undefined;
    expect([reply.kind === 'fallback', first?.entry.id]).toEqual([false, id]);
  });
});

describe('what kind of detail a question asks for, and whether an entry gives it', () => {
  const termOf = (word: string) => word.toLowerCase().replace(/s$/, '');
  const entry = (question: string, answer: string, alternates: string[] = []) => ({ question, alternates, answer });

  it.each([
    ['How much does membership cost?', 'cost'],
    ['how much cities are member', 'count'],
    ['How long does a residency last?', 'duration'],
    ['When was ICORN founded?', 'date'],
    ['What does a city do when it joins?', undefined],
    ['Where is the ICORN office located?', 'place'],
    ['Which organisations are partners?', 'names'],
    ['Which sister organisations does ICORN cooperate with?', 'names'],
    ['which country exactly?', 'names'],
    ['The partners, who are they?', 'names'],
    // Whom something is for is no name asked.
    ['Are they temporary or long-term, and who are they meant for?', undefined],
    ['How many countries are in the network?', 'count'],
    ['What is ICORN?', undefined],
    // Where a quote comes from is its source; "how much" before no noun counts nothing.
    ['solidarity creativity hospitality - where is that from?', undefined],
    // Where a website is asks for its link.
    ['where is their own website?', undefined],
    ['is icorn on signal or whatsapp? email not safe for me', 'topic'],
    ["where's this quote from", undefined],
    ['Is there a quote about how much ICORN depends on partners?', undefined],
    ['how much the network relies on partners', undefined],
  ])('"%s" asks for %s', (question, kind) => {
    expect(detailAsked(question)?.kind).toBe(kind);
  });

  it.each([
    ['Is Geneva one of them?', ['Geneva']],
    ['Is ICORN connected to PEN International?', ['PEN International']],
    ['Does ICORN run joint projects with the EU or UNESCO?', ['EU', 'UNESCO']],
    // A name of two words, as typed.
    ['Is Costa Rica a member?', ['Costa Rica']],
  ])('"%s" asks yes or no about a name the page does not know', (question, names) => {
    const unknown = names.map((name) => name.toLowerCase().split(' ')[0]!);
    expect(aboutUnknownNames(question, () => unknown)).toEqual({ kind: 'about', subject: names });
    expect(givesDetail(aboutUnknownNames(question, () => unknown)!, entry('q', `${names.join(' ')} is a member.`), termOf)).toBe(false);
  });

  it('reads a yes-or-no question about a name the page never uses in Spanish and French too', () => {
    const engine = liveEngine();
    for (const [language, text, name] of [['es', '¿Hay una ciudad refugio en Madrid?', 'Madrid'], ['fr', 'Y a-t-il une ville refuge à Lyon ?', 'Lyon']] as const) {
      const reply = engine.inLanguage(language)!.ask(text);
      expect(reply.kind === 'notStated' ? [reply.detail.kind, reply.detail.subject] : reply.kind, text).toEqual(['about', [name]]);
    }
  });

  it('answers with a near entry that gives the detail asked, before one whose words come a little nearer', () => {
    const spanish = liveEngine().inLanguage('es')!;
    const reply = spanish.ask('¿Dónde están las ciudades miembro?');
    expect(answered(reply)).toBe('member-count');
  });

  it('locates no office by a link, and reads where ICORN\'s office is as a place the page does not give', () => {
    const contact = entry('What are the different ways to reach the ICORN office?', 'Email: icorn@icorn.org. Website: [www.icorn.org](http://www.icorn.org/)');
    expect(givesDetail(detailAsked('where is the icorn office')!, contact, termOf)).toBe(false);
    // A page or a site is where its link is.
    const plan = entry('Where is the strategic plan?', 'The plan is at [www.icorn.org](http://www.icorn.org/).');
    expect(givesDetail(detailAsked('where is the strategic plan')!, plan, termOf)).toBe(true);
    // Named ICORN is enough to be a question about it, where the address's words took the rest of the sentence.
    for (const text of ['where is the icorn office', 'what is the address of the ICORN office']) {
      const reply = liveEngine().ask(text);
      expect(reply.kind === 'notStated' ? reply.detail.kind : reply.kind, text).toBe('place');
    }
    expect(liveEngine().ask('what time is it in Oslo?').kind).not.toBe('notStated');
  });

  it('knows the translations\' answers that say what the page lacks', () => {
    const knowledge = loadKnowledge(LIVE_KNOWLEDGE);
    for (const translation of knowledge.translations ?? []) {
      const lacks = (id: string) => saysWhatThePageLacks(translation.byId.get(id)!.answer);
      expect([lacks('how-to-join'), lacks('how-to-apply'), lacks('partners'), lacks('member-count')], translation.language).toEqual([true, true, false, false]);
    }
  });

  it('reads an address asked after an email as the email address, in Persian', () => {
    // "I want to email ICORN's director directly, what's the address?": no place asked.
    expect(detailAsked('میخوام مستقیم به مدیر ایکورن ایمیل بزنم، آدرسش چیه؟', 'fa')).toBeUndefined();
    expect(detailAsked('آدرس دفتر ایکورن کجاست؟', 'fa')?.kind).toBe('place');
  });

  it('reads "کی گفته" (who said it) as no date, and "در چند خط" (in a few lines) as no count, in Persian', () => {
    expect(detailAsked('کی گفته فضای آزادی بیان تو دنیا داره تنگ تر میشه؟', 'fa')).toBeUndefined();
    expect(detailAsked('منظورش چیه؟ این حرفو کی زده؟', 'fa')).toBeUndefined();
    // "so that their name gets around" asks for no names.
    expect(detailAsked('یا فقط یه کار نمادینه که اسمشون خوب در بره؟', 'fa')).toBeUndefined();
    expect(detailAsked('اسمشون چیه؟', 'fa')?.kind).toBe('names');
    expect(detailAsked('میشه ماموریت ایکورن رو در چند خط خلاصه کنید؟', 'fa')).toBeUndefined();
    expect(detailAsked('جلسه بعدی کی برگزار میشه؟', 'fa')?.kind).toBe('date');
    expect(detailAsked('چند شهر در آلمان عضو هستند؟', 'fa')?.kind).toBe('count');
  });

  it('reads "آدرس email" as no place, "which ones" of values as no names, in Persian; French "ou est-ce que" as "or", not "where"', () => {
    expect(detailAsked('میخواهم مستقیم به ICORN نامه بفرستم. آدرس email عمومی شان را دارید؟', 'fa')).toBeUndefined();
    expect(detailAsked('سه ارزشی که هلگه لونده میگه باید جزو اولویت‌های اصلی سیاست هر شهر باشه کدوما هستن؟', 'fa')).toBeUndefined();
    expect(detailAsked('شهرهای عضو کدوما هستن؟', 'fa')?.kind).toBe('names');
    expect(detailAsked("Est-ce qu'ICORN cherche à s'agrandir, ou est-ce que le réseau reste plutôt stable ?", 'fr')).toBeUndefined();
    expect(detailAsked("ou est le siège d'ICORN ?", 'fr')?.kind).toBe('place');
    expect(detailAsked("où est-ce que se trouve le bureau d'ICORN ?", 'fr')?.kind).toBe('place');
  });

  it('takes a country or a capital typed in lower case as a name', () => {
    const isPlace = (word: string) => ['paris', 'norway'].includes(word);
    expect(aboutUnknownNames('is paris a city of refuge?', () => ['paris'], isPlace)).toEqual({ kind: 'about', subject: ['paris'] });
    expect(aboutUnknownNames('is paris a city of refuge?', () => ['paris'])).toBeUndefined();
    const members = entry('How many cities are members?', 'ICORN is made up of 84 cities and regions.');
    const inNorway = detailAsked('how many member cities does icorn have in norway')!;
    expect([inNorway.qualifier, givesDetail(inNorway, members, termOf)]).toEqual(['norway', false]);
    expect(createFaqEngine(fixtureKnowledge()).ask('is paris a city of refuge?').kind).toBe('notStated');
  });

  it('reads a place typed as its people\'s adjective as the place: "Can Asian cities join ICORN?"', () => {
    const reply = liveEngine().ask('Can Asian cities join ICORN?');
    expect(reply.kind === 'notStated' ? [reply.detail.kind, reply.detail.subject] : reply.kind).toEqual(['about', ['Asia']]);
    // Europe and the Americas are on the page.
    expect(liveEngine().ask('Can European cities join ICORN?').kind).toBe('answer');
    expect(aboutUnknownNames('Are there Asian members?', () => ['asia'], (word) => word === 'asia')).toEqual({ kind: 'about', subject: ['Asia'] });
    expect(aboutUnknownNames('Are there Asian members?', () => ['asia'])).toBeUndefined();
  });

  it('takes an occupation the page does not name as such a name: "are academics eligible?" gets what the page does not say, with who the residencies are for', () => {
    const engine = liveEngine();
    for (const question of ['are academics eligible?', 'can a student get a residency?']) {
      const reply = engine.ask(question);
      expect([reply.kind, reply.kind === 'notStated' ? reply.candidate.entry.id : ''], question).toEqual(['notStated', 'who-can-get-a-residency']);
    }
    // Writers, and artists the page does not name one by one, are who the residencies are for.
    expect(engine.ask('are photographers eligible?').kind).toBe('answer');
    expect(isOccupation('researchers')).toBe(true);
    expect(isOccupation('writers')).toBe(false);
  });

  it('reads an occupation the page does not name in what someone says they do, when they ask whether they may apply', () => {
    const engine = liveEngine();
    for (const question of ['i am university researcher, not writer. can i apply to icorn', "I'm a lawyer. Am I eligible?", 'im teacher and activist, i can apply for residency?']) {
      const reply = engine.ask(question);
      expect([reply.kind, reply.kind === 'notStated' ? reply.detail.kind : ''], question).toEqual(['notStated', 'about']);
    }
    expect(selfDescribedOccupation("I'm a lawyer. Am I eligible?", 'Am I eligible?', isOccupation)).toEqual({ kind: 'about', subject: ['lawyer'] });
    // A writer may apply; a researcher who asks something else is asked something else; and what
    // someone else does is no self-description.
    expect(selfDescribedOccupation('i am a writer, can i apply?', 'i am a writer, can i apply?', isOccupation)).toBeUndefined();
    expect(selfDescribedOccupation('I am a researcher. What is ICORN?', 'What is ICORN?', isOccupation)).toBeUndefined();
    expect(selfDescribedOccupation('My friend is a lawyer. Can I apply?', 'Can I apply?', isOccupation)).toBeUndefined();
    expect(engine.ask('i am a journalist, can i apply?').kind).toBe('answer');
  });

  it.each([
    ['Which cities are members in Geneva?', ['geneva']],
    ['Is geneva a member?', ['geneva']],
    ['does icorn help with the admin things?', ['admin']],
    ['Is ICORN a member?', []],
  ])('"%s" is no yes-or-no question about a name written as one', (question, unknown) => {
    expect(aboutUnknownNames(question, () => unknown)).toBeUndefined();
  });

  it('says the page does not say about a name in a question, also when another sentence asks first', () => {
    const engine = createFaqEngine(fixtureKnowledge());
    for (const text of ['Is Geneva a member city?', 'Which cities are members? Is Geneva one of them?']) {
      const reply = engine.ask(text);
      expect(reply.kind === 'notStated' ? [reply.detail.kind, reply.missing] : reply.kind).toEqual(['about', 'anything about Geneva']);
    }
    const known = engine.ask('Is ICORN a member city?');
    expect(known.kind).not.toBe('notStated');
  });

  it.each([
    ['¿En qué año se fundó ICORN?', 'es', 'date'],
    ['ICORN a été fondé par qui ?', 'fr', 'date'],
    ['icorn a ete cree quand', 'fr', 'date'],
    ['cuando se fundo icorn', 'es', 'date'],
    // "quand" and "cuando" also join: "help with the papers when one must leave" asks no date.
    ['vous aidez pour les papiers quand on doit partir?', 'fr', undefined],
    ['ayudan cuando hay que salir del pais?', 'es', undefined],
    ['how many time take, from apply to go to city?', 'en', 'duration'],
    // "sur la durée" is lastingly, not how long.
    ["Est-ce qu'ICORN prévoit des actions pour que les villes membres restent dans le réseau sur la durée ?", 'fr', undefined],
    ['quelle est la durée de la résidence ?', 'fr', 'duration'],
    ['به کی باید پیام بدم که درخواست بدم؟', 'fa', undefined],
    ['ایکورن کی تأسیس شد؟', 'fa', 'date'],
    ['¿Qué compromiso asume una ciudad cuando se convierte en miembro de ICORN?', 'es', undefined],
    ['cuando se fundo icorn?', 'es', 'date'],
    ['¿Sabe usted cuando se fundó la red?', 'es', 'date'],
    ['ما هي الرسوم؟', 'ar', 'cost'],
    // A salary or a grant is a cost too.
    ['¿La residencia incluye un sueldo?', 'es', 'cost'],
    ['La résidence est-elle rémunérée ?', 'fr', 'cost'],
    ['كم رسومها', 'ar', 'cost'],
    ['أين مقر الشبكة؟', 'ar', 'place'],
    ['هزینه‌اش چقدر است', 'fa', 'cost'],
    ['دفتر کجاست', 'fa', 'place'],
    ['کی تأسیس شد', 'fa', 'date'],
    // "کیست" is "who is", not "when".
    ['این جمله از کیست؟', 'fa', undefined],
    // Whole words only: fees are not in "my drawings", donating not in "goals", "will continue" is no duration.
    ['انا رسام كاريكاتير ومهدد بسبب رسوماتي', 'ar', undefined],
    ['آیا دفاع از ارزش‌های دموکراتیک جزو اهداف شبکه است؟', 'fa', undefined],
    ['هل ستستمر الإقامات الحمائية للكتّاب والفنانين؟', 'ar', undefined],
    // "From where" asks for a source, and a website's address is no place.
    ['من أين تأتي هذه المعلومات؟', 'ar', undefined],
    ['این اطلاعاتو از کجا آوردی', 'fa', undefined],
    ['ما عنوان الموقع الإلكتروني للشبكة؟', 'ar', undefined],
  ] as const)('"%s" (%s) asks for %s', (question, language, kind) => {
    expect(detailAsked(question, language)?.kind).toBe(kind);
  });

  it('takes a count narrowed to a part or a time ("new", "this year") only from an answer that speaks of it', () => {
    const members = entry('How many cities are members?', 'ICORN is made up of 84 cities and regions.');
    const narrowed = detailAsked('How many new cities joined the network this year?')!;
    expect([narrowed.qualifier, givesDetail(narrowed, members, termOf)]).toEqual(['new', false]);
    expect(givesDetail(detailAsked('how many cities are members so far')!, members, termOf)).toBe(true);
    const reply = createFaqEngine(fixtureKnowledge()).ask('How many new cities joined the network this year?');
    expect(reply.kind === 'notStated' ? [reply.missing, reply.candidate.entry.id] : reply.kind).toEqual(['how many new cities', 'member-count']);
  });

  it('reads who pays, or whether it is free, as a question of cost, and "how quickly" as one of duration', () => {
    expect(['who pays for the residency', 'is it free to apply', 'can I apply for free?'].map((q) => detailAsked(q)?.kind)).toEqual(['cost', 'cost', 'cost']);
    expect(detailAsked('how quickly can icorn help')?.kind).toBe('duration');
    // Free expression is no price.
    expect(detailAsked('how does icorn assess the global situation for free speech')).toBeUndefined();
  });

  it('takes a number before the thing counted as the count, and no other number', () => {
    const members = entry('How many cities are members?', 'ICORN is made up of 84 cities and regions.');
    expect(givesDetail(detailAsked('how many cities are in icorn')!, members, termOf)).toBe(true);
    expect(givesDetail(detailAsked('how many countries are in icorn')!, members, termOf)).toBe(false);
    expect(givesDetail(detailAsked('how many people work there')!, members, termOf)).toBe(false);
  });

  it('takes a count of "places" that belong to the network as the count of members, and no other', () => {
    const members = entry('How many cities are members?', 'ICORN is made up of 84 cities and regions.');
    const belong = detailAsked('Roughly how many places already belong to it?')!;
    expect([belong.kind, belong.members, givesDetail(belong, members, termOf)]).toEqual(['count', true, true]);
    expect(givesDetail(detailAsked('how many places are available for writers')!, members, termOf)).toBe(false);
  });

  it('takes one name asked for from an answer that names someone or something, and a list of names only from a list', () => {
    const director = entry('Who is the director?', 'The Executive Director is **Helge Lunde**.');
    const unnamed = entry('q', 'ICORN has an executive director.');
    for (const question of ['what is the name of the director', "name of icorn's director pls", "what's the full name of icorn"]) {
      const asked = detailAsked(question)!;
      expect([asked.kind, asked.one, givesDetail(asked, director, termOf), givesDetail(asked, unnamed, termOf)], question).toEqual(['names', true, true, false]);
    }
    // Whose name counts: the director's entry names no song.
    expect(givesDetail(detailAsked('what’s the name of this song')!, director, termOf)).toBe(false);
    const many = detailAsked('what is the name of the member cities')!;
    expect([many.kind, many.one, givesDetail(many, director, termOf)]).toEqual(['names', undefined, false]);
  });

  it.each([
    ['Does ICORN help with visas?', 'en', 'visas'],
    ['can my wife and kids come with me?', 'en', 'family'],
    ["Who is ICORN's communications manager?", 'en', 'staff'],
    ['my brother is also journalist, we can come both to same city?', 'en', 'family'],
    ['Can a city leave the network later?', 'en', 'leaving'],
    ['Who sits on the board of ICORN?', 'en', 'governance'],
    ['Is there an annual conference for member cities?', 'en', 'events'],
    ["Can you send me ICORN's annual report?", 'en', 'publications'],
    ['who started icorn', 'en', 'founding'],
    ["what's the selection process", 'en', 'selection'],
    ['i was in prison before 2 years because of my articles. this is problem for apply?', 'en', 'selection'],
    ['This will be problem for ICORN? they will refuse me because of this record?', 'en', 'selection'],
    ['Has ICORN reported cases of guests being threatened in their host cities?', 'en', 'incidents'],
    ['How can we partner with ICORN?', 'en', 'partnering'],
    ["Could you spell out the name and tell me whether it's a government agency or something else?", 'en', 'kind of body'],
    ['is icorn from goverment?', 'en', 'kind of body'],
    ['do I need to speak english', 'en', 'language'],
    ['What are the priorities in the 2024-2028 strategic plan?', 'en', 'plan contents'],
    ["What was the period of ICORN's previous strategic plan?", 'en', 'earlier plans'],
    ['¿ICORN ayuda con el visado?', 'es', 'visas'],
    ['Est-ce que ma femme et mes enfants peuvent venir ?', 'fr', 'family'],
    ['هل تساعدون في الحصول على تأشيرة؟', 'ar', 'visas'],
    ['آیا خانواده‌ام می‌توانند همراه من بیایند؟', 'fa', 'family'],
    ['What are the main goals of the 2024-2028 strategy?', 'en', 'plan contents'],
    ["What's actually in the 2024-2028 strategic plan?", 'en', 'plan contents'],
    ['Has the 2024-2028 strategic plan been published, and what are its main goals?', 'en', 'plan contents'],
    ['Is ICORN a registered charity, and in which country?', 'en', 'governance'],
    ['Who is the communications officer?', 'en', 'staff'],
    ['Who works at the ICORN secretariat?', 'en', 'staff'],
    ['Apart from the director, who handles partnerships at ICORN?', 'en', 'staff'],
    ['after residency finish what happen? i must go back?', 'en', 'after the residency'],
    ['Has any ICORN resident ever been threatened while living in a city of refuge?', 'en', 'incidents'],
    ['Which country has the most member cities?', 'en', 'distribution'],
    ['Is there a waiting list for cities that want to join?', 'en', 'waiting list'],
    ['¿Qué pasa después de la residencia?', 'es', 'after the residency'],
    ["Y a-t-il une liste d'attente ?", 'fr', 'waiting list'],
    ['ماذا يحدث بعد انتهاء الإقامة؟', 'ar', 'after the residency'],
    ['Does ICORN offer internships?', 'en', 'jobs'],
    ['Is there a minimum city size to join ICORN?', 'en', 'city requirements'],
    ['Is our town too small to become a city of refuge?', 'en', 'city requirements'],
    ['can i volunteer for icorn', 'en', 'jobs'],
    ['icorn speak arabic? my english not good', 'en', 'language'],
    ['Which languages do the current residents write in?', 'en', 'language'],
    ["What are ICORN's social media accounts?", 'en', 'social media'],
    ['does icorn have a podcast?', 'en', 'social media'],
    ['Is ICORN on Twitter?', 'en', 'social media'],
    ['¿ICORN tiene redes sociales?', 'es', 'social media'],
    ['ICORN est-il sur Instagram ?', 'fr', 'social media'],
    ['هل لدى ICORN حساب على فيسبوك؟', 'ar', 'social media'],
    ['ایکورن اینستاگرام داره؟', 'fa', 'social media'],
  ] as const)('"%s" (%s) asks about a topic the page never speaks of: %s', (question, language, topic) => {
    const asked = detailAsked(question, language);
    expect([asked?.kind, asked?.topic]).toEqual(['topic', topic]);
    expect(givesDetail(asked!, entry('q', 'One of the key projects: the practicalities of relocation.'), termOf)).toBe(false);
  });

  it.each([
    // The cities of refuge are "مدن اللجوء": refuge is no asylum asked about.
    ['ما الذي تلتزم به مدن اللجوء؟', 'ar'],
    ['the citys stay in icorn long time or they leave?', 'en'],
    ['what is the problem with the website?', 'en'],
    // Whether ICORN has partners, or how it sees them, the page says.
    ['Does ICORN work with partners?', 'en'],
    ['How does ICORN see its partners?', 'en'],
    // The page answers this one: a network of cities and regions.
    ['Is ICORN an NGO or a network of cities?', 'en'],
    ['the government arrested my brother, can icorn help?', 'en'],
    // The asker's own report is no publication of ICORN's asked for.
    ["I'd like to know the full statement before I quote it in our annual report.", 'en'],
    ["Does ICORN work with children's authors?", 'en'],
    ['how can our city get on board?', 'en'],
    // The plan itself and its period are on the page.
    ['which period does the strategic plan cover?', 'en'],
    ['what is the strategic plan', 'en'],
    // The writer's own report, event, family or board is context, not what is asked about.
    ['I am writing a report on freedom of expression networks and would like to know what the main objective of ICORN is', 'en'],
    ["I am organising an event about exiled writers, what is ICORN's mission?", 'en'],
    ["I write about my family's history. What is ICORN?", 'en'],
    // Someone's own channel or account is context.
    ['I run a podcast about censorship. Can I apply?', 'en'],
    ['they attacked me on twitter for my poems, can icorn help', 'en'],
    // The means of contact, not social media.
    ['ما وسائل التواصل المتاحة؟', 'ar'],
    ['I sit on the board of a foundation. Does ICORN work with partners?', 'en'],
    // The director himself, and ICORN as a network, are on the page.
    ['Who is the executive director of ICORN?', 'en'],
    ['Is ICORN an NGO or a network of cities?', 'en'],
    ["What is ICORN's strategy?", 'en'],
    ['how many member cities are there?', 'en'],
    // Someone else's registration or status is context.
    ['My association is registered as an NGO in Kenya. Can we partner with ICORN?', 'en'],
    ['I have a friend who was threatened last year. Can ICORN help him?', 'en'],
    // A writer's own work and volunteers of a festival are no job at ICORN.
    ['Can I continue my work during the residency?', 'en'],
    ['Could I keep working as a journalist in a city of refuge?', 'en'],
  ] as const)('"%s" (%s) asks about no such topic', (question, language) => {
    expect(detailAsked(question, language)?.kind).not.toBe('topic');
  });

  it('names the topic on a fallback too, and in the words of the translated languages', () => {
    for (const text of ['can my wife come with me?', 'Can the writer bring a partner?']) {
      // Not a menu of entries that share a word ("partner"): the topic is named.
      const reply = createFaqEngine(fixtureKnowledge()).ask(text);
      expect(reply.kind === 'fallback' ? reply.lacking?.missing : reply.kind, text).toBe('anything about family members');
    }
    const family = detailAsked('can my wife come with me?')!;
    expect(['es', 'fr', 'fa'].map((language) => describeDetail(family, language))).toEqual(['nada sobre los familiares', 'rien sur les membres de la famille', 'اعضای خانواده']);
    // Persian reads "says nothing about {missing}": a noun phrase, not "something about ...".
    expect(describeDetail({ kind: 'cost' }, 'fa')).not.toMatch(/چیزی/);
  });

  it('takes a topic from an answer that speaks of it, and says which topic the page does not speak of', () => {
    const asked = detailAsked('Does ICORN help with visas?')!;
    expect(givesDetail(asked, entry('q', 'ICORN helps host cities with visas and residence permits.'), termOf)).toBe(true);
    // Said with the closest fact, or, on a weak match, alone with the contacts.
    const reply = createFaqEngine(fixtureKnowledge()).ask('Can a member city leave ICORN?');
    expect(reply.kind === 'notStated' ? reply.missing : reply.kind === 'fallback' ? reply.lacking?.missing : reply.kind).toBe('anything about leaving the network');
  });

  it('takes a place only from an entry about what is asked for', () => {
    const members = entry('Where are the member cities?', 'Across Europe and the Americas.');
    expect(givesDetail(detailAsked('where are the member cities')!, members, termOf)).toBe(true);
    expect(givesDetail(detailAsked('where is the office')!, members, termOf)).toBe(false);
  });

  it("takes the founding's date only from an answer that speaks of the founding, not from a plan's years", () => {
    const plan = entry('q', 'ICORN is preparing its strategic plan for the period 2024-2028.');
    const founded = entry('q', 'ICORN was founded in 2006.');
    for (const [question, language] of [['When was ICORN founded?', 'en'], ['¿En qué año se fundó ICORN?', 'es'], ['ICORN a été fondé quand ?', 'fr'], ['متى تأسست ICORN؟', 'ar']] as const) {
      const asked = detailAsked(question, language)!;
      expect([asked.founding, givesDetail(asked, plan, termOf), givesDetail(asked, founded, termOf)], question).toEqual([true, false, true]);
    }
    expect(givesDetail(detailAsked('When does the strategic plan end?')!, plan, termOf)).toBe(true);
  });

  it('takes a cost, a duration or a date only from an answer that gives one', () => {
    expect(givesDetail({ kind: 'cost' }, entry('q', 'Membership is free of charge.'), termOf)).toBe(true);
    expect(givesDetail({ kind: 'cost' }, entry('q', 'Members provide residencies.'), termOf)).toBe(false);
    expect(givesDetail({ kind: 'duration' }, entry('q', 'A residency usually lasts two years.'), termOf)).toBe(true);
    expect(givesDetail({ kind: 'date' }, entry('q', 'A plan for the period 2024-2028.'), termOf)).toBe(true);
    expect(givesDetail({ kind: 'date' }, entry('q', 'A temporary residency.'), termOf)).toBe(false);
  });
});

describe('the eligibility reading', () => {
  it.each([
    ['en', 'do you take photographers too or just journalists'],
    ['en', 'journalist can also apply or only writers'],
    ['en', 'Is it only for writers, or for musicians like me as well?'],
    ['es', '¿Los fotógrafos también pueden ir o solo periodistas?'],
    ['es', '¿Para quién son las residencias?'],
    ['fr', 'Le programme est-il seulement pour les écrivains ?'],
    ['fr', "les residences c pour qui"],
    ['ar', 'المصورين كمان ولا بس الصحفيين؟'],
    ['ar', 'الاقامة لمين؟'],
    ['fa', 'عکاس ها هم میتونن یا فقط خبرنگارا؟'],
    ['fa', 'این اقامت‌ها مال کیاست؟'],
    // Whether they are included, accepted or eligible.
    ['en', 'do the residencies include musicians?'],
    ['en', 'are cartoonists accepted?'],
    ['es', '¿Las residencias incluyen a periodistas?'],
    ['es', '¿Aceptan a músicos?'],
    ['fr', 'Les résidences concernent-elles les journalistes ?'],
    ['fr', 'Est-ce que les musiciens sont acceptés ?'],
    ['ar', 'هل الاقامات تشمل الفنانين'],
    ['ar', 'هل الصحفيين مشمولين؟'],
    ['fa', 'نقاشا رو قبول میکنن؟'],
    ['fa', 'من نقاشم نه نویسنده، بازم میتونم از این برنامه استفاده کنم؟'],
    // Who can benefit.
    ['en', 'Who can benefit from an ICORN residency?'],
    ['es', '¿Quiénes pueden beneficiarse de una residencia?'],
    ['fr', 'Qui peut bénéficier de ces résidences ?'],
    ['ar', 'مين بيقدر يستفيد من الاقامات اللي بتقدمها ايكورن؟'],
    ['fa', 'چه کسانی می‌تونن از این اقامت‌ها استفاده کنن؟'],
    // Whether they protect or host them, asked yes or no.
    ['en', 'do they protect journalists'],
    ['en', 'icorn protect artist or only give house'],
    ['es', '¿Protegen a los periodistas?'],
    ['fr', 'Est-ce que vous protégez les journalistes ?'],
    // Whether ICORN or its residencies are for them.
    ['en', 'is icorn for journalists?'],
    ['en', 'icorn is for writers yes?'],
    ['en', 'is the residency also for a cartoonist like me?'],
    // Who gets hosted, what sort of people come, whether it extends to other arts or is only literary.
    ['en', 'Who exactly gets hosted under ICORN?'],
    ['en', 'what sort of people we would actually be receiving?'],
    ['en', "Does ICORN's protection extend to filmmakers?"],
    ['en', 'Does it cover those disciplines, or is it strictly a literary thing?'],
    ['en', "Is ICORN relevant to us, or is it strictly a writers' thing?"],
    ['en', 'what is this icorn exactly and is it for people like me??'],
    ['en', 'icorn is safe place for journalist?'],
    ['en', 'icorn cities is safe place for artists like me?'],
  ])('reads the %s "%s" as asking who the residencies are for', (language, text) => {
    expect(asksWhoIsIncluded(text, language)).toBe(true);
  });

  it.each([
    ['en', 'Why does ICORN think protecting writers matters for everyone, not just the writers themselves?'],
    ['en', 'is this chat only for journalists?'],
    ['en', 'I am a journalist and I only want to know the phone number'],
    ['en', 'is it only one year?'],
    ['es', '¿Solo hay ciudades en Europa?'],
    ['fr', 'Est-ce que les journalistes peuvent contacter le directeur ?'],
    ['ar', 'بس رقم الهاتف'],
    ['fa', 'فقط ایمیل رو میخوام'],
    ['de', 'Nur für Schriftsteller?'],
    // Whom ICORN helps or hosts is what it does, not who may come.
    ['en', 'How does ICORN help journalists?'],
    ['en', 'Does the network accept new cities?'],
    ['en', 'Why should cities protect journalists?'],
    ['en', 'Who can I contact at ICORN?'],
    ['es', '¿Cómo se acoge a los escritores?'],
    ['fr', 'Comment les villes accueillent-elles les écrivains ?'],
    ['en', 'What is ICORN for?'],
    ['en', 'Is ICORN for cities in Asia too?'],
    ['en', 'Who gets the phone when I call?'],
    ['en', 'What sort of support do the cities give?'],
    // Whose a quotation is asks who said it.
    ['fa', 'کامل این نقل قول چی میگه و دقیقا مال کیه؟'],
  ])('does not read the %s "%s" so', (language, text) => {
    expect(asksWhoIsIncluded(text, language)).toBe(false);
  });

  it.each([
    ['en', 'do you take photographers too or just journalists'],
    ['fr', 'Je fais des caricatures pour un journal. Le programme est-il seulement pour les écrivains ?'],
    ['ar', 'انا رسام كاريكاتير في جريدة. البرنامج بس للكتاب؟'],
    ['ar', 'المصورين كمان ولا بس الصحفيين؟'],
    ['fa', 'من کاریکاتوریست روزنامه هستم. این برنامه فقط برای نویسنده‌هاست؟'],
    ['en', 'are cartoonists accepted?'],
    ['es', '¿Aceptan a músicos?'],
    ['en', 'do they protect journalists'],
    // Among every entry the words came near, not only the nearest few.
    ['fa', 'من نقاشم نه نویسنده، بازم میتونم از این برنامه استفاده کنم؟'],
    ['en', 'Who exactly gets hosted under ICORN?'],
    ['en', 'icorn is safe place for journalist?'],
    ['en', "Our festival works mostly with visual artists and documentary filmmakers. Does ICORN's protection extend to those disciplines, or is it strictly a literary thing, as the word 'writers' in older articles suggests?"],
  ])('answers the %s "%s" with who the residencies are for, where the words alone did not', (language, text) => {
    const reply = inLanguage(liveEngine(), language).ask(text);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual([ELIGIBILITY_ENTRY_ID, 'eligibility']);
    // Switched off, the words alone answer another entry, offer a menu, or fall back.
    const without = inLanguage(liveEngineWith({ eligibility: false }), language).ask(text);
    expect(answered(without)).not.toBe(ELIGIBILITY_ENTRY_ID);
  });

  it("reads every word of the vocabulary's writer, artist and journalist groups as one of those people (its English list stands beside the vocabulary)", () => {
    const groups = (liveEngine().knowledge.vocabulary?.synonyms ?? []).filter((group) => ['writer', 'artist', 'journalist'].includes(group[0]!));
    expect(groups).toHaveLength(3);
    // "press" is the press, not a person: "only for the press?" asks something else.
    const unread = groups.flat().filter((word) => word !== 'press' && !asksWhoIsIncluded(`is it only for ${word}?`));
    expect(unread).toEqual([]);
  });

  it('reads "for whom exactly?" after what members commit to with the last answer, and answers who the residencies are for', () => {
    const reply = liveEngine().ask('for whom exactly?', { lastEntryId: 'member-commitment' });
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual([ELIGIBILITY_ENTRY_ID, 'eligibility']);
    const without = liveEngineWith({ eligibility: false }).ask('for whom exactly?', { lastEntryId: 'member-commitment' });
    expect(answered(without)).not.toBe(ELIGIBILITY_ENTRY_ID);
  });

  it('leaves a question about the residencies to someone at risk: the at-risk entry comes first, then who they are for', () => {
    const reply = liveEngine().ask('I am musician, my songs are banned and police took my instruments. is icorn only for people who write books or also for musician like me');
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.atRisk?.id, reply.via] : reply.kind).toEqual([ELIGIBILITY_ENTRY_ID, 'at-risk', 'atRisk']);
  });

  it('does nothing when the knowledge has no such entry', () => {
    const question = 'is it only for writers or also for musicians?';
    const full = fixtureKnowledge();
    expect(answered(createFaqEngine(full).ask(question))).toBe(ELIGIBILITY_ENTRY_ID);
    const without = { ...full, entries: full.entries.filter((e) => e.id !== ELIGIBILITY_ENTRY_ID), byId: new Map([...full.byId].filter(([id]) => id !== ELIGIBILITY_ENTRY_ID)) };
    const reply = createFaqEngine(without).ask(question);
    expect(reply.kind === 'answer' ? reply.via : undefined).not.toBe('eligibility');
  });
});

describe('a short question why after an answer', () => {
  it.each([
    ['why they let me?', 'what-is-a-residency'],
    ['Why cities, in his view?', 'quote-director'],
    ['to what end?', 'partners'],
  ])('"%s" after %s gets that answer again, which gives the reason', (text, last) => {
    const reply = liveEngine().ask(text, { lastEntryId: last });
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual([last, 'context']);
    expect(answered(liveEngineWith({ whyFollowUp: false }).ask(text, { lastEntryId: last }))).not.toBe(last);
  });

  it('is not read so for a question about something the knowledge does not know, nor without an answer before', () => {
    expect(answered(liveEngine().ask('why is the sky blue?', { lastEntryId: 'what-is-a-residency' }))).not.toBe('what-is-a-residency');
    expect(liveEngine().ask('why they let me?').kind).not.toBe('answer');
  });
});

describe('a follow-up that asks what someone said', () => {
  it.each([
    ['en', 'executive-director', 'what did he say?', 'quote-director'],
    ['en', 'executive-director', 'his words?', 'quote-director'],
    ['en', 'partners', 'what did they say', 'quote-partners'],
    ['es', 'executive-director', '¿y qué dijo?', 'quote-director'],
    ['es', 'partners', '¿qué dicen?', 'quote-partners'],
    ['fr', 'executive-director', "qu'a-t-il dit ?", 'quote-director'],
    ['fr', 'partners', "qu'est-ce qu'ils disent ?", 'quote-partners'],
  ])('in %s, after %s, reads "%s" as asking for %s', (language, last, text, expected) => {
    const reply = inLanguage(liveEngine(), language).ask(text, { lastEntryId: last });
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual([expected, 'context']);
    // Switched off, the follow-up was not answered so.
    const without = inLanguage(liveEngineWith({ whatWasSaid: false }), language).ask(text, { lastEntryId: last });
    expect(answered(without)).not.toBe(expected);
  });

  it.each(["what's his exact title?", 'his name?', 'who is he?'])('after the director\'s words, reads "%s" as asking who the head is', (text) => {
    const reply = liveEngine().ask(text, { lastEntryId: 'quote-director' });
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['executive-director', 'context']);
  });

  it('reads "what\'s his exact title?" after the director\'s words by the head\'s entry, which the follow-up\'s words alone did not find', () => {
    const without = liveEngineWith({ whatWasSaid: false }).ask("what's his exact title?", { lastEntryId: 'quote-director' });
    expect(answered(without)).not.toBe('executive-director');
  });

  it('gives no quote when the last answer names no one who said something near one', () => {
    expect(answered(liveEngine().ask('what did he say', { lastEntryId: 'phone' }))).not.toMatch(/^quote-/);
    // Without a last answer it is no follow-up at all.
    expect(answered(liveEngine().ask('what did he say'))).toBe('fallback');
  });
});

describe('the continuing-work reading', () => {
  it.each([
    ['en', 'will I be able to keep writing in the city?'],
    ['en', 'could I carry on with my journalism?'],
    ['en', 'Does ICORN aim to let them continue their professional activities?'],
    ['es', '¿Podría seguir trabajando allí?'],
    ['fr', 'Est-ce que je pourrai continuer à dessiner là-bas ?'],
    ['ar', 'في الاقامة نقدر نكمل شغلي؟'],
    ['fa', 'اونجا میتونم کارمو ادامه بدم؟'],
    ['en', 'in the city of refuge could I speak freely about my country?'],
    ['es', 'En la ciudad refugio, ¿podría escribir libremente sobre mi país?'],
    ['fr', 'Là-bas, est-ce que je pourrai écrire librement ?'],
    ['ar', 'في مدينة اللجوء اقدر اكتب بحرية عن بلدي؟'],
    ['fa', 'تو شهر پناه میتونم آزادانه بنویسم؟'],
    ['en', 'in the residency i will be allowed to paint and show my art, or only to be safe and wait?'],
    ['en', 'Would the guest be permitted to publish while hosted?'],
  ])('reads the %s "%s" as asking whether one can go on working, or work freely', (language, text) => {
    expect(asksToContinueWork(text, language)).toBe(true);
  });

  it.each([
    ['en', 'can I keep working on my application later?'],
    ['en', 'how do I continue my application'],
    ['en', 'continue'],
    ['en', 'is icorn free?'],
    ['en', 'can i apply for free'],
    ['en', 'am I allowed to apply twice?'],
    ['es', '¿Cómo sigo con mi solicitud?'],
    ['fr', 'Comment continuer ?'],
    ['de', 'Kann ich dort weiter schreiben?'],
  ])('does not read the %s "%s" so', (language, text) => {
    expect(asksToContinueWork(text, language)).toBe(false);
  });

  it('finds the entries whose answers say that residents go on working, in every language of the knowledge', () => {
    expectInEveryLanguage(saysWorkContinues, ['principal-objective', 'what-is-a-residency', 'who-can-get-a-residency']);
  });

  it.each([
    ['en', 'will I be able to keep writing in the city?'],
    ['en', 'could I carry on with my journalism?'],
    ['es', 'Soy periodista y tuve que dejar de publicar. En una ciudad refugio, ¿podría seguir escribiendo?'],
    ['fa', 'اونجا میتونم به نوشتن ادامه بدم؟'],
    ['en', 'will i be able to publish without fear there'],
    ['es', 'En la ciudad refugio, ¿podría escribir libremente sobre mi país?'],
    ['fa', 'تو شهر پناه میتونم آزادانه بنویسم؟'],
    // Asked in an asking sentence before the last one.
    ['en', 'i am illustrator from Belarus. in ICORN city will I be free to make my drawings about politics? or they will ask me to stop it?'],
    ['en', 'i am painter. in my country they burned my exhibition and broke my atelier. in the residency i will be allowed to paint and show my art, or only to be safe and wait?'],
  ])('answers the %s "%s" with an entry that says so, where the words alone did not', (language, text) => {
    const reply = inLanguage(liveEngine(), language).ask(text);
    expect(reply.kind === 'answer' && saysWorkContinues(reply.candidate.entry.answer, language) ? reply.via : reply.kind).toBe('continuingWork');
    const without = inLanguage(liveEngineWith({ continuingWork: false }), language).ask(text);
    expect(without.kind === 'answer' && saysWorkContinues(without.candidate.entry.answer, language)).toBe(false);
  });
});

describe('the growing-need reading', () => {
  const asksWhetherNeedGrows = (text: string, language: string) => asksForm('growingNeed', text, language);
  const saysNeedGrows = (answer: string, language = 'en') => givesForm('growingNeed', answer, language);

  it.each([
    ['en', 'is the danger for journalists growing?'],
    ['en', 'Is the demand for this kind of programme increasing?'],
    ['en', 'Is demand for this kind of programme increasing?'],
    ['en', 'Is the situation for writers getting worse?'],
    ['en', 'are there more threats to journalists today than before?'],
    ['es', '¿El peligro para los periodistas está aumentando?'],
    ['fr', 'Les menaces contre les journalistes augmentent-elles ?'],
    ['ar', 'هل الخطر على الصحفيين يزداد؟'],
    ['fa', 'خطر برای روزنامه‌نگارها بیشتر شده؟'],
  ])('reads the %s "%s" as asking whether the danger or the need grows', (language, text) => {
    expect(asksWhetherNeedGrows(text, language)).toBe(true);
  });

  it.each([
    ['en', 'Is ICORN growing?'],
    ['en', 'Is demand for membership increasing?'],
    ['en', 'I need to know whether ICORN is planning to grow the network with more cities'],
    ['en', 'How many cities are members now?'],
    ['es', '¿La red está creciendo?'],
    ['fr', 'Le réseau grandit-il ?'],
    ['de', 'Wächst die Gefahr?'],
  ])('does not read the %s "%s" so', (language, text) => {
    expect(asksWhetherNeedGrows(text, language)).toBe(false);
  });

  it('finds the entries whose answers say the danger and the need grow, in every language of the knowledge', () => {
    expectInEveryLanguage(saysNeedGrows, ['quote-director', 'why-it-matters']);
  });

  it.each([
    ['en', 'is the danger for journalists growing?'],
    ['en', 'Is the demand for this kind of programme increasing?'],
  ])('answers the %s "%s" with such an entry, where the words alone did not', (language, text) => {
    const reply = inLanguage(liveEngine(), language).ask(text);
    expect(reply.kind === 'answer' && saysNeedGrows(reply.candidate.entry.answer, language) ? reply.via : reply.kind).toBe('growingNeed');
    const without = inLanguage(liveEngineWith({ growingNeed: false }), language).ask(text);
    expect(without.kind === 'answer' && saysNeedGrows(without.candidate.entry.answer, language)).toBe(false);
  });
});

describe('the what-is-offered reading', () => {
  it.each([
    ['en', 'What does a city actually offer a persecuted writer?'],
    ['en', 'Beyond physical safety, does ICORN care about the visibility and reach of the work these writers produce?'],
    ['en', 'What does ICORN offer the writers and artists it supports?'],
    ['en', 'What does ICORN say a residency allows the writer to do?'],
    ['en', 'what icorn do for people like him?'],
    ['en', 'What is the benefit to the guest writer of a residency, apart from protection?'],
    ['en', 'Beyond keeping them safe, what does ICORN want residencies to do for the writers and artists it hosts?'],
    ['en', 'my friend is writer, he say icorn give only house and nothing else. protection also?'],
    ['fr', "À quoi sert d'accueillir un auteur menacé, au-delà de sa sécurité ?"],
    ['es', '¿Qué ofrece ICORN a los periodistas?'],
    ['fr', "Qu'est-ce que la ville offre à un écrivain ?"],
    ['ar', 'شو بتقدم الشبكة للكتاب؟'],
    ['fa', 'ایکورن به نویسنده‌ها چی میده؟'],
  ])('reads the %s "%s" as asking what is offered', (language, text) => {
    expect(asksWhatIsOffered(text, language)).toBe(true);
  });

  it.each([
    // Whether it still will: the residencies project.
    ['en', 'Does ICORN still offer residencies to writers?'],
    ['en', 'will icorn continue to give residencies to writers?'],
    // Something else given, to no one of the page.
    ['en', 'What role does ICORN give civil society in its network?'],
    ['en', 'what does our city have to provide if we become members'],
    ['es', '¿ICORN sigue ofreciendo residencias a escritores?'],
    ['de', 'Was bietet ICORN Schriftstellern?'],
  ])('does not read the %s "%s" so', (language, text) => {
    expect(asksWhatIsOffered(text, language)).toBe(false);
  });

  it('finds the entries whose answers say what ICORN offers, in every language of the knowledge', () => {
    expectInEveryLanguage(saysWhatIsOffered, ['principal-objective', 'what-is-a-residency', 'who-can-get-a-residency']);
  });

  it('answers "What does a city actually offer a persecuted writer?" with such an entry, where the words alone got the residencies project', () => {
    const text = 'What does a city actually offer a persecuted writer?';
    const reply = liveEngine().ask(text);
    expect(reply.kind === 'answer' && saysWhatIsOffered(reply.candidate.entry.answer) ? reply.via : answered(reply)).toBe('offered');
    expect(answered(liveEngineWith({ offered: false }).ask(text))).toBe('project-residencies');
  });
});

describe('the values reading', () => {
  it.each([
    ['en', 'Which values does ICORN promote?'],
    ['en', 'What principles guide its work?'],
    ['es', '¿Qué valores defiende ICORN?'],
    ['fr', 'Quelles valeurs la ville doit-elle porter ?'],
    ['ar', 'ما هي القيم التي تدافع عنها الشبكة؟'],
    ['fa', 'ارزش‌های ایکورن چیه؟'],
    // The values the page names, asked by name, of ICORN.
    ['en', 'Does ICORN take a stance on democracy?'],
    ['en', 'Is international solidarity part of what ICORN promotes?'],
    // A word that ends in an accented letter ends there too.
    ['fr', 'La solidarité fait-elle partie de ce que défend ICORN ?'],
  ])('reads the %s "%s" as asking about values', (language, text) => {
    expect(asksAboutValues(text, language)).toBe(true);
  });

  it.each([
    ['en', 'What is the value of joining?'],
    ['en', 'which nations are not democratic'],
    ['ar', 'أنا مقيم في المدينة'],
    ['de', 'Welche Werte vertritt ICORN?'],
  ])('does not read the %s "%s" so', (language, text) => {
    expect(asksAboutValues(text, language)).toBe(false);
  });

  it('finds the entries whose answers name values, in every language of the knowledge', () => {
    expectInEveryLanguage(namesValues, ['mission', 'quote-director', 'vision']);
  });

  it.each([
    // The director's words are about each city's policy; the mission's about what cities defend together.
    ['Which values would ICORN hope to see reflected in our municipal policy?', 'quote-director'],
    ['Which values does ICORN say its cities work together to defend?', 'mission'],
  ])('answers "%s" with the entry naming values whose answer holds most of its words: %s', (text, id) => {
    // Without the reading of a city's policy, which answers the first example too.
    const reply = liveEngineWith({ cityPolicy: false }).ask(text);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual([id, 'values']);
    expect(liveEngineWith({ values: false, cityPolicy: false }).ask(text).kind).not.toBe('answer');
  });
});

describe('kinds of question one sentence of the page answers', () => {
  it.each([
    ['symbolic', 'en', "Is ICORN's work purely symbolic?"],
    ['symbolic', 'en', 'Is the contribution of a host city meant to be merely a gesture, or something more?'],
    ['symbolic', 'en', "She keeps asking me whether it's just a nice gesture or whether it actually changes anything for anyone."],
    ['symbolic', 'es', '¿Es solo un gesto simbólico?'],
    ['symbolic', 'fr', "Est-ce que c'est juste symbolique ?"],
    ['symbolic', 'ar', 'هل عمل الشبكة رمزي فقط؟'],
    ['symbolic', 'fa', 'کار این شبکه فقط نمادینه؟'],
    ['civilSociety', 'en', 'Is it true that the network is run only by governments, with no NGOs involved?'],
    ['civilSociety', 'en', "I'm wondering whether ICORN expects the city administration to do everything alone, or whether local organisations are supposed to be part of it."],
    ['civilSociety', 'es', '¿Participan las ONG o solo los gobiernos locales?'],
    ['civilSociety', 'fr', 'Les associations ont-elles un rôle, ou seulement les mairies ?'],
    ['civilSociety', 'ar', 'ما دور المجتمع المدني مع السلطات المحلية؟'],
    ['civilSociety', 'fa', 'همکاری مقامات محلی و جامعه مدنی در آیکورن'],
    ['civilSociety', 'fa', 'نهادهای مدنی هم در این شبکه نقشی دارند یا همه چیز دست شهرداری‌هاست؟'],
    ['freeExpression', 'en', "icorn's stance on free expression?"],
    ['freeExpression', 'en', 'does icorn see itself as a human rights organisation or more of a cultural one?'],
    ['freeExpression', 'es', '¿Cuál es la postura de ICORN sobre la libertad de expresión?'],
    ['freeExpression', 'fr', "Comment ICORN considère-t-il la liberté d'expression ?"],
    ['freeExpression', 'ar', 'ما موقف الشبكة من حرية التعبير؟'],
    ['freeExpression', 'fa', 'دیدگاه ایکورن درباره آزادی بیان چیه؟'],
    ['whyJoin', 'en', 'why should our city join icorn?'],
    ['whyJoin', 'en', "What's in it for our city?"],
    ['whyJoin', 'en', 'Why does ICORN think cities should be involved?'],
    ['whyJoin', 'en', 'Why does ICORN think cities should host persecuted artists?'],
    ['whyJoin', 'en', 'Honestly, why should a mid-sized city care about ICORN at all?'],
    ['whyJoin', 'es', '¿Por qué debería nuestra ciudad sumarse a la red?'],
    ['whyJoin', 'fr', 'Pourquoi notre commune devrait-elle adhérer ?'],
    ['whyJoin', 'ar', 'لماذا يجب أن تنضم مدينتنا إلى الشبكة؟'],
    ['whyJoin', 'fa', 'چرا شهر ما باید عضو این شبکه بشه؟'],
    ['whereMembers', 'en', 'which countrys have icorn citys'],
    ['whereMembers', 'en', 'Is it true that ICORN only works in Europe?'],
    ['whereMembers', 'en', 'Are there already members on our side of the Atlantic?'],
    ['whereMembers', 'en', 'is icorn a global thing or regional?'],
    ['whereMembers', 'en', 'A politician said ICORN has cities of refuge on every continent. Is that consistent with how the network is described?'],
    ['whereMembers', 'en', 'Is ICORN focused on one country or region, or does it work globally?'],
    ['whereMembers', 'es', '¿Dónde están las ciudades de la red?'],
    ['whereMembers', 'fr', "Le réseau, c'est-tu juste en Europe ou y en a aussi en Amérique ?"],
    ['whereMembers', 'ar', 'هل المدن الأعضاء في أوروبا فقط؟'],
    ['whereMembers', 'fa', 'شهرهای عضو کجا هستن؟'],
    ['citiesRole', 'en', 'What role does ICORN hope member cities will take on?'],
    ['citiesRole', 'en', 'In what sense are member cities supposed to be ambassadors?'],
    ['citiesRole', 'es', '¿Qué papel tienen las ciudades en la red?'],
    ['citiesRole', 'fr', 'Quel est le rôle des villes membres ?'],
    ['citiesRole', 'ar', 'شنو هو الدور ديال المدن فهاد الشبكة؟'],
    ['citiesRole', 'fa', 'نقش شهرها در این شبکه چیه؟'],
    ['temporary', 'en', 'Is it true that the residencies are only temporary?'],
    ['temporary', 'en', 'Are the residencies a form of permanent resettlement?'],
    ['temporary', 'en', 'for short time or long time?'],
    ['temporary', 'es', 'che, las residencias de icorn son para siempre o por un tiempo nomas?'],
    ['temporary', 'fr', 'La résidence est-elle permanente ?'],
    ['temporary', 'ar', 'هل الإقامة مؤقتة أم دائمة؟'],
    ['temporary', 'fa', 'اقامت موقته یا دائمی؟'],
    ['existingCities', 'en', 'What is ICORN doing with regard to the cities already in the network?'],
    ['existingCities', 'es', '¿Qué hacen con las ciudades que ya son miembros?'],
    ['existingCities', 'fr', "Est-ce qu'ICORN fait quelque chose pour maintenir les villes déjà membres ?"],
    ['existingCities', 'ar', 'بعد ما المدينه تنضم، بيعملو ايه عشان البرنامج يفضل مستمر فيها؟'],
    ['existingCities', 'fa', 'برای اینکه شهرهای فعلی عضو بمونن چیکار می‌کنن؟'],
    ['actsTogether', 'en', 'Who does ICORN say it acts together with to improve freedom of expression?'],
    ['actsTogether', 'en', 'Does ICORN see itself as acting together with partners and defenders?'],
    ['actsTogether', 'es', '¿Con quién actúa ICORN junto a los defensores de la libertad de expresión?'],
    ['actsTogether', 'fr', "Avec qui ICORN agit-il aux côtés des défenseurs ?"],
    ['commitment', 'en', 'what exactly are we signing up to do if we become a member?'],
    ['commitment', 'en', 'What exactly would our city be committing to if we became a member?'],
    ['commitment', 'en', "In plain terms, what we'd actually be signing up for?"],
    ['commitment', 'en', 'What would we actually be signing up for?'],
    ['purpose', 'en', 'What is ICORN ultimately trying to achieve?'],
    ['purpose', 'en', "ICORN's main goal in one sentence?"],
    ['purpose', 'en', 'What is the principal objective of the network?'],
    ['dependsOnPartners', 'en', 'Does ICORN actually want outside partners, or is it a closed circle of cities?'],
    ['dependsOnPartners', 'en', 'are partners essential to its work or more of an add-on?'],
    ['dependsOnPartners', 'en', 'does it do everything alone?'],
    ['dependsOnPartners', 'en', 'Does ICORN say anything about needing partners?'],
    ['dependsOnPartners', 'en', 'Does ICORN see itself as working alone or alongside partners?'],
    ['civilSociety', 'en', 'Is there room for civil society groups like us, or is it a club for city halls only?'],
    ['civilSociety', 'en', 'Does ICORN work only with city governments or also with organisations like ours?'],
    ['civilSociety', 'en', "The mayor's office asked us to be involved. What role are organisations like ours supposed to play?"],
    ['whatItDoes', 'en', 'I need two or three lines for our board memo describing what ICORN does.'],
    ['whatItDoes', 'en', 'In plain terms, what is this network, and what does a city take on?'],
    ['whyExpand', 'en', 'why is expanding the network a priority'],
    ['whyExpand', 'en', "What's the point of adding more cities?"],
    ['whyExpand', 'en', 'Why does the expansion one matter?'],
    ['whyProtect', 'en', 'why would a city in another country care about someone like me?'],
    ['whyProtect', 'en', 'but why they do this for people like us??'],
    ['worksWithOthers', 'en', 'does icorn work together with other organisations like this?'],
    ['worksWithOthers', 'en', 'I want to know if ICORN coordinates with other organisations.'],
    ['worksWithOthers', 'en', 'Who does ICORN see itself working alongside?'],
    ['worksWithOthers', 'fr', "ICORN collabore-t-il avec d'autres organisations ?"],
    ['worksWithOthers', 'es', '¿ICORN colabora con otras organizaciones?'],
    ['visibility', 'en', 'Is making their work visible something ICORN cares about, or do they prefer residents keep a low profile?'],
    ['relocationHurdles', 'en', "I'm writing about the legal obstacles exiled journalists face when they move to another country."],
    ['relocationHurdles', 'en', 'We often struggle with the paperwork when someone has to move country.'],
    ['moreCities', 'en', 'are thay taking more cities? i want more places'],
    ['moreCities', 'en', 'Is ICORN trying to make more residencies, more cities?'],
    ['cityPolicy', 'en', "How would ICORN expect membership to shape our city's policy?"],
    ['visibility', 'en', 'We like to give the stage to exiled authors. Does ICORN see public visibility for its residents as part of the plan?'],
    ['dependsOnPartners', 'en', 'I want to know if each city of refuge works on its own.'],
  ] as const)('reads the %s question in %s "%s"', (form, language, text) => {
    expect(asksForm(form, text, language)).toBe(true);
  });

  it.each([
    ['symbolic', 'en', 'Does ICORN make a practical guide for cities?'],
    ['symbolic', 'en', 'Does the gesture of hosting a writer need a council vote?'],
    ['civilSociety', 'en', 'Does ICORN work with NGOs?'],
    ['civilSociety', 'en', 'How does our council join?'],
    // The state of free expression in the world, and cities as ambassadors, are other questions.
    ['freeExpression', 'en', 'How does ICORN describe the global situation for free expression?'],
    ['freeExpression', 'en', 'Does ICORN describe member cities as human rights ambassadors?'],
    ['whyJoin', 'en', 'How can our city join?'],
    // Which country someone would go to, where to send an application, and ICORN's goal for the world.
    ['whereMembers', 'en', 'Which country will I be sent to?'],
    ['whereMembers', 'en', 'Where should our city send its application?'],
    ['whereMembers', 'en', 'Where should a city turn to start the conversation?'],
    ['whereMembers', 'en', 'Is the problem of censorship global or regional?'],
    ['whereMembers', 'en', "Is ICORN's goal limited to Europe or is it worldwide?"],
    // What a member city takes on is its commitment; the role of partners or of a host city in a residency is another question.
    ['citiesRole', 'en', 'What obligations does a member city take on?'],
    ['citiesRole', 'en', 'What role do partners play alongside the member cities?'],
    ['citiesRole', 'en', "What is the host city's role during a residency?"],
    // ICORN's own staff or a member city's membership is no question about the residencies.
    ['temporary', 'en', 'Does ICORN have permanent staff?'],
    ['temporary', 'en', 'Is membership permanent for a city?'],
    ['temporary', 'en', 'I only have a short time to pack, how long will the flight take?'],
    // How many or which cities are members now is the count.
    ['existingCities', 'en', 'How many cities are current members?'],
    ['existingCities', 'en', 'Which cities are already members?'],
    // Working with partners, or alongside others, is the partners' own question.
    ['actsTogether', 'en', 'Who does ICORN work alongside?'],
    ['symbolic', 'de', 'Ist das nur symbolisch?'],
    // How long, or the mission the cities share, are other questions.
    ['commitment', 'en', 'For how many years would we be committing to this?'],
    ['commitment', 'en', 'What are the cities committing to, in terms of a shared mission?'],
    ['commitment', 'en', 'What are you doing tonight?'],
    // The vision or the mission named, the cities' aims together, a plan's goals.
    ['purpose', 'en', "What is ICORN's vision, what is it ultimately trying to achieve?"],
    ['purpose', 'en', 'What do the ICORN cities hope to achieve together?'],
    ['purpose', 'en', 'What are the main goals of the 2024-2028 strategy?'],
    // Partners of one's own, or travelling alone.
    ['dependsOnPartners', 'en', 'Can the writer bring a partner?'],
    ['dependsOnPartners', 'en', 'Will the resident live alone in the flat?'],
    // What ICORN does for someone, or what it is doing about something.
    ['whatItDoes', 'en', 'I want to know what ICORN does for journalists.'],
    ['whatItDoes', 'en', 'What is the network doing about visas?'],
    // A need or a danger growing.
    ['whyExpand', 'en', 'Why is the need for protection growing?'],
    // Why something else is done.
    ['whyProtect', 'en', 'Why did the police arrest them?'],
    // Someone's own work with others.
    ['worksWithOthers', 'en', 'I worked with other organisations before, can I apply?'],
    // The website's visibility, or something forgotten that is no one's work.
    ['visibility', 'en', 'Is the ICORN website visible in search engines?'],
    ['visibility', 'en', 'I forgot my password, can you help?'],
    // Paperwork with no move abroad.
    ['relocationHurdles', 'en', 'What paperwork does our council need to join?'],
    // How many there are is the count.
    ['moreCities', 'en', 'How many new cities joined this year?'],
    // A plan to align a city's policy with is the plan's question.
    ['cityPolicy', 'en', 'Does ICORN have a strategic plan we could align our city policy with?'],
  ] as const)('does not read the %s question in %s "%s"', (form, language, text) => {
    expect(asksForm(form, text, language)).toBe(false);
  });

  it.each([
    ['symbolic', ['common-mission']],
    ['civilSociety', ['common-mission', 'partners']],
    ['freeExpression', ['vision']],
    ['whyJoin', ['principal-objective', 'quote-director', 'vision', 'why-it-matters'].sort()],
    ['whereMembers', ['member-count', 'what-is-icorn']],
    ['citiesRole', ['principal-objective', 'quote-director']],
    ['temporary', ['at-risk', 'how-to-apply', 'how-to-join', 'member-commitment', 'what-is-a-residency', 'what-is-icorn', 'who-can-get-a-residency']],
    ['existingCities', ['key-projects', 'project-retention']],
  ] as const)('finds the entries whose answers say the sentence of the %s question, in every language of the knowledge', (form, expected) => {
    expectInEveryLanguage((answer, language) => givesForm(form, answer, language), [...expected]);
  });

  // The forms read in English alone (and `worksWithOthers` in Spanish and French too): the entries whose answers say the sentence.
  it.each([
    ['dependsOnPartners', 'en', ['partners', 'quote-partners']],
    ['whatItDoes', 'en', ['what-is-icorn']],
    ['whyExpand', 'en', ['key-projects', 'project-expansion']],
    ['whyProtect', 'en', ['why-it-matters']],
    ['worksWithOthers', 'en', ['key-projects', 'partners', 'project-cooperation', 'quote-partners']],
    ['worksWithOthers', 'es', ['key-projects', 'partners', 'project-cooperation', 'quote-partners']],
    ['worksWithOthers', 'fr', ['key-projects', 'partners', 'project-cooperation', 'quote-partners']],
    ['visibility', 'en', ['principal-objective', 'what-is-a-residency']],
    // Not the at-risk answer, which says it in other words.
    ['relocationHurdles', 'en', ['key-projects', 'project-relocation']],
    ['moreCities', 'en', ['key-projects', 'project-expansion']],
    ['cityPolicy', 'en', ['quote-director']],
  ] as const)('finds the entries whose answers say the sentence of the %s question, in %s', (form, language, expected) => {
    const entries = language === 'en' ? liveEngine().knowledge.entries : liveEngine().knowledge.translations?.find((t) => t.language === language)?.entries;
    expect(entries?.filter((entry) => givesForm(form, entry.answer, language)).map((entry) => entry.id).sort()).toEqual([...expected]);
  });

  it.each([
    ['symbolic', "Is ICORN's work mainly symbolic?", 'common-mission'],
    ['civilSociety', 'Is it true that the network is run only by governments, with no NGOs involved?', 'partners'],
    ['freeExpression', 'icorn is against censorship?', 'vision'],
    ['whyJoin', 'why should our city join icorn?', 'principal-objective'],
    ['whereMembers', 'Is it true that ICORN only works in Europe?', 'member-count'],
    // No word of it is in the entry that answers it ("need" is no word to match): still found.
    ['growingNeed', 'is that need growing?', 'why-it-matters'],
    ['whereMembers', 'which countrys have icorn citys', 'member-count'],
    ['citiesRole', 'In what sense are member cities supposed to be ambassadors?', 'principal-objective'],
    ['temporary', 'Is it true that the residencies are only temporary?', 'what-is-a-residency'],
    ['existingCities', 'What is ICORN doing with regard to the cities already in the network?', 'project-retention'],
    ['actsTogether', 'Does ICORN see itself as acting together with partners and defenders?', 'vision'],
    ['commitment', 'What exactly would our city be committing to if we became a member?', 'member-commitment'],
    ['purpose', 'What is ICORN ultimately trying to achieve?', 'principal-objective'],
    ['dependsOnPartners', 'Honest question from a small donor foundation: does ICORN actually need partners like us, or are the cities self-sufficient?', 'partners'],
    ['civilSociety', "We're a local writers' association. Is there room for civil society groups like us in this network, or is it a club for city halls only?", 'partners'],
    ['whyExpand', 'why is expanding the network a priority', 'project-expansion'],
    ['moreCities', 'are thay taking more cities? i want more places', 'project-expansion'],
    ['cityPolicy', "How would ICORN expect membership to shape our city's policy?", 'quote-director'],
    ['relocationHurdles', "I'm writing about the legal obstacles exiled journalists face when they move to another country. Is this something ICORN is trying to tackle?", 'project-relocation'],
    // The kind of question read in the sentence before an asking sentence that points back to it, though the words found an answer (the partners).
    ['relocationHurdles', 'We are an NGO supporting journalists in exile. We often struggle with the paperwork when someone has to move country. Is this something ICORN is working on?', 'key-projects'],
    ['visibility', "I direct a literature festival in Scotland and we'd like to programme ICORN guest writers. Is making their work visible something ICORN cares about, or do they prefer residents keep a low profile?", 'what-is-a-residency'],
    ['worksWithOthers', 'im a cartoonist and i already wrote to some organisations that defend writers. does icorn work together with other organisations like this, or should i contact everyone separately?', 'partners'],
    ['whyProtect', 'honest question from a blogger: why would a city in another country care about someone like me? what is the idea behind all this?', 'why-it-matters'],
    ['whatItDoes', "I'm a grants officer and need two or three lines for our board memo describing what ICORN does. Could you summarise it for me?", 'what-is-icorn'],
  ] as const)('answers the %s question "%s" with %s, where the words alone did not', (form, text, id) => {
    const reply = liveEngine().ask(text);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual([id, form]);
    // Without it, and without the page's phrases, which find "civil society" in the partners' answer too.
    expect(answered(liveEngineWith({ [form]: false, pagePhrase: false }).ask(text))).not.toBe(id);
  });
});

describe("someone else's contact or application, in every language", () => {
  it.each([
    ['en', 'how do i get a w2 form'],
    ['en', 'how do i apply for a credit card'],
    ['es', 'por favor, cómo solicito una tarjeta de crédito'],
    ['es', '¿Cómo solicito una beca universitaria?'],
    ['es', 'cuál es el número de la policía en Argentina'],
    ['es', 'cuál es el correo de atención al cliente de mi banco'],
    ['fr', 'comment faire une demande de carte de crédit'],
    ['fr', "c'est quoi l'adresse courriel de ma banque"],
    ['ar', 'كيف اقدم على بطاقة ائتمان'],
    ['fa', 'چطوری درخواست کارت اعتباری بدم'],
    // A tourist visa, whatever papers it takes, is not the legal side of relocating a writer.
    ['en', 'what do i need for a tourist visa to canada?'],
    ['fr', 'il faut quoi comme papiers pour un visa touriste pour le Canada ?'],
    ['es', '¿qué papeles necesito para la visa de turista?'],
    ['ar', 'ما هي أوراق تأشيرة سياحية لتركيا؟'],
    ['fa', 'برای ویزای توریستی ترکیه چه مدارکی لازمه؟'],
    // The sentence ends at "M.": the whole message names whose number it is.
    ['fr', 'Vous pouvez me donner le numéro de téléphone de mon propriétaire, M. Dupuis ?'],
    // In Persian, a contact of someone that is "my" or "our" someone.
    ['fa', 'شماره صاحبخونمو داری؟ آبگرمکن خراب شده جواب نمیده'],
    ['fa', 'ایمیل وکیلم رو دارید؟'],
    // Or a body or person of everyday life, which is never ICORN; in French after "d'" too.
    ['fa', 'شماره تلفن سفارت آلمان تو تهران چنده؟'],
    ['fa', 'شماره تماس اداره گذرنامه ایران چیه؟'],
    ['fr', "Vous pouvez me donner le numéro d'un avocat en droit du travail à Bruxelles ?"],
    // "Electronic" is the email only after "post" or "letter": an electronic identity card is none.
    ['fa', 'چطور تذکره الکترونیکی بگیرم؟'],
    // Spoken "wants" and "does" are no words to match: "what should I do" is no question about what ICORN wants to do.
    ['fa', 'صاحبخونم میخواد اجاره رو دو برابر کنه، چیکار کنم؟'],
  ])('in %s, "%s" gets no ICORN fact', (language, text) => {
    expect(inLanguage(liveEngine(), language).ask(text).kind).toBe('fallback');
  });

  it.each([
    ['en', 'how do i apply for a residency', 'how-to-apply'],
    ['es', 'el correo de icorn por favor', 'email'],
    ['es', 'correo para contactar a icorn', 'contact'],
    ['fr', 'adresse courriel pour joindre icorn', 'email'],
    ['fr', 'le courriel du directeur', 'executive-director'],
    ['fa', 'شماره تماس آیکورن رو میخواستم', 'phone'],
    // A verb that ends the sentence is nobody: "I want to email the executive director directly".
    ['fa', 'میخوام مستقیم به مدیر اجرایی ایمیل بزنم', 'executive-director'],
    ['fr', "le numéro d'ICORN svp", 'phone'],
    ['fr', "l'adresse mail d'Helge Lunde ?", 'executive-director'],
    ['fa', 'نامه الکترونیکی به کی بفرستم؟', 'email'],
  ])('in %s, "%s" is still ICORN\'s own (%s)', (language, text, id) => {
    expect(answered(inLanguage(liveEngine(), language).ask(text))).toBe(id);
  });
});

describe('the readings of a question with a typo', () => {
  it('read the words as the matcher corrected them, where the correction is a common word', () => {
    // "jurnalist" is corrected to "journalist" by the matcher; the eligibility reading looks for "journalist".
    const reply = liveEngine().ask('icorn is for jurnalist yes?');
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual(['who-can-get-a-residency', 'eligibility']);
    expect(liveEngineWith({ typosInReadings: false }).ask('icorn is for jurnalist yes?').kind).toBe('didYouMean');
  });
});

describe('an entry named by its title', () => {
  it('is answered where the words found no answer, the first named when two are', () => {
    const reply = liveEngine().ask("what's the difference between icorn's vision and its mission?");
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual(['vision', 'named']);
    expect(liveEngineWith({ namedTitle: false }).ask("what's the difference between icorn's vision and its mission?").kind).toBe('didYouMean');
  });

  it('is answered in the translated languages too, by the title in that language', () => {
    const asked: Array<[string, string, string]> = [
      ['fr', "Allo, je bosse pour la Ville de Québec aux relations internationales. Vous pouvez m'expliquer la vision d'ICORN en quelques mots?", 'vision'],
      ['fr', "Pour un article, j'aimerais citer la mission d'ICORN telle que le réseau la formule. Laquelle est-ce ?", 'mission'],
      ['es', 'Para el informe del concejo queremos citar la misión de ICORN como la formula la red. ¿Cuál es?', 'mission'],
    ];
    for (const [language, text, id] of asked) {
      const reply = liveEngine().inLanguage(language)!.ask(text);
      expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind, text).toEqual([id, 'named']);
      expect(liveEngineWith({ namedTitle: false }).inLanguage(language)!.ask(text).kind, text).toBe('didYouMean');
    }
  });

  it('is not answered when the words did not come near it, nor for a question without a word of the domain', () => {
    // Names the website, asks what the page does not say.
    expect(liveEngine().ask('icorn website have arabic or farsi language?').kind).not.toBe('answer');
    expect(liveEngine().ask('what is the mission of a space agency').kind).not.toBe('answer');
  });
});

describe('a form read only where the words found no answer', () => {
  it.each([
    ["I'm writing about what ICORN is. Who runs it?", 'executive-director'],
    ["I'm describing what ICORN does. What is its email?", 'email'],
  ])('leaves "%s" to the answer the words found (%s): what ICORN is, in the sentence it points back to, is no question', (text, id) => {
    expect(onlyWhereUnanswered('whatItDoes')).toBe(true);
    expect(asksForm('whatItDoes', text)).toBe(true);
    expect(answered(liveEngine().ask(text))).toBe(id);
  });
});

describe('a count of members that a message states', () => {
  it.each([
    ['en', "I work in a city's international office. I've seen 75 member cities quoted in one place and 84 in another, which is a bit embarrassing to get wrong on stage. Which number is right?"],
    ['fr', "On m'a parlé de 75 villes, mais j'ai lu 84 ailleurs. Lequel est le bon chiffre ?"],
    // Persian digits read as the answers' ASCII ones.
    ['fa', 'یه جا خوندم ایکورن ۷۵ تا شهر تو ۱۸ کشور داره ولی یه جای دیگه نوشته بود ۸۴ تا. کدومش درسته؟'],
  ])('in %s, "%s" is answered with an entry that states the count of members', (language, text) => {
    const reply = inLanguage(liveEngine(), language).ask(text);
    expect(reply.kind === 'answer' ? reply.via : reply.kind).toBe('statedCount');
    // The count of members, or the page's summary, which gives the older count beside the newer one.
    expect(['member-count', 'independent-organisation']).toContain(answered(reply));
    const without = inLanguage(liveEngineWith({ statedCount: false }), language).ask(text);
    expect(without.kind === 'answer' ? without.via : without.kind).not.toBe('statedCount');
  });

  it('answers a count of countries stated ("icorn 18 countries?") with the entry that states that very number, not "which 18 countries?"', () => {
    const reply = liveEngine().ask('icorn 18 countries?');
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual(['independent-organisation', 'statedCount']);
    expect(answered(liveEngineWith({ statedCount: false }).ask('icorn 18 countries?'))).not.toBe('independent-organisation');
    const which = liveEngine().ask("Which 18 countries are ICORN's members in?");
    expect(which.kind === 'answer' ? which.via : which.kind).not.toBe('statedCount');
  });
});

describe('digits of other scripts', () => {
  it('reads Persian and Arabic-Indic digits as ASCII ones', () => {
    expect(asciiDigits('۸۴ شهر، ٧٥ مدينة, 18')).toBe('84 شهر، 75 مدينة, 18');
    expect(foldOther('۲۰۲۴-۲۰۲۸')).toBe('2024-2028');
  });
});

describe('a question asked between two entries that one answer holds both of', () => {
  it('gets the answer that holds both (the key projects), in English, French and Spanish; one asked alone keeps its own', () => {
    const engine = liveEngine();
    const asked: Array<[FaqEngine, string]> = [
      [engine, 'is icorn trying to grow or to keep the cities it has?'],
      [engine.inLanguage('fr')!, "le réseau cherche-t-il à s'agrandir ou plutôt à garder ses villes actuelles ?"],
      [engine.inLanguage('es')!, '¿La red quiere crecer o mantener las ciudades que ya tiene?'],
    ];
    for (const [asker, text] of asked) {
      const reply = asker.ask(text);
      expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind, text).toEqual(['key-projects', 'both']);
    }
    expect(answered(liveEngineWith({ both: false }).ask(asked[0]![1]))).not.toBe('key-projects');
    expect(answered(engine.ask('Is ICORN expanding?'))).toBe('project-expansion');
    // One entry on both sides of the "or" is no question between two.
    expect(answered(engine.ask('Is the programme only for writers or can we host other artists also?'))).toBe('who-can-get-a-residency');
  });

  it('holds an entry only while the answer says every sentence of it, word for word', () => {
    const knowledge = loadKnowledge(LIVE_KNOWLEDGE);
    const text = 'is icorn trying to grow or to keep the cities it has?';
    // An editor who rewords the key projects' line on growing unlinks the two.
    const reworded = {
      ...knowledge,
      entries: knowledge.entries.map((entry) => (entry.id === 'key-projects' ? { ...entry, answer: entry.answer.replace('Continued expansion of the network', 'Growing the network') } : entry)),
    };
    expect(answered(createFaqEngine(reworded).ask(text))).not.toBe('key-projects');
  });
});

describe('two ways of reaching ICORN asked together', () => {
  it('are answered by the entry that gives them all, not by the one that gives one of them', () => {
    const text = "I'm a journalist in Oslo and I'd like a comment for a story running tomorrow. Is there a general email and a phone number for the organisation I can use?";
    const reply = liveEngine().ask(text);
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual(['contact', 'channels']);
    expect(answered(liveEngineWith({ channels: false }).ask(text))).not.toBe('contact');
    // One way asked: its own entry.
    expect(answered(liveEngine().ask('what is the phone number of icorn'))).toBe('phone');
  });

  it('are read in the sentence before an asking sentence that names none and points back to it', () => {
    const text = "I coordinate a book fair and we're adding ICORN to the partners page of our website. I want to list their official site and a phone number people can call. What are they?";
    const reply = liveEngine().ask(text);
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual(['contact', 'channels']);
    expect(answered(liveEngineWith({ channels: false }).ask(text))).not.toBe('contact');
    // An asking sentence that names one way asks for that one, whatever the sentence before rules out.
    expect(answered(liveEngine().ask("I'm a freelancer and I'd rather ring than email. Is there a phone number for ICORN?"))).not.toBe('contact');
  });
});

describe('a kind of question asked with the sentence before it', () => {
  it.each([
    ['Our municipality has a lively civil society, with several literary associations and a local human rights group. If we joined, would they have a role to play, or is this purely a matter for the town administration?', 'common-mission', 'civilSociety'],
    ["My piece argues that these residencies are more than a symbolic gesture. I'd like to know whether ICORN itself claims a practical effect. Does it?", 'common-mission', 'symbolic'],
  ])('is read when the asking sentence points back to it: "%s"', (text, id, form) => {
    const reply = liveEngine().ask(text);
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual([id, form]);
    expect(answered(liveEngineWith({ antecedent: false, pagePhrase: false }).ask(text))).not.toBe(id);
  });
});

describe('a question with what it is asked for after it', () => {
  it('is read without it where the words found no answer', () => {
    const text = "Hello, I'm a Russian journalist who left the country after 2022. I keep hearing about ICORN, but I'm very careful with organisations I can't verify myself. What is their official website, so I can check it directly?";
    const reply = liveEngine().ask(text);
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual(['website', 'question']);
    expect(answered(liveEngineWith({ purposeClause: false }).ask(text))).not.toBe('website');
  });

  it.each([
    ['fr', 'adresse mail pour contacter icorn ?', 'email'],
  ])('in %s, reads "%s" without how it is to be used', (language, text, id) => {
    const reply = inLanguage(liveEngine(), language).ask(text);
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual([id, 'question']);
    expect(answered(inLanguage(liveEngineWith({ purposeClause: false }), language).ask(text))).not.toBe(id);
  });
});

describe('Persian typed with Arabic letters, and the head\'s own contact in Persian', () => {
  it('reads the kinds of question with Persian letters: "كارم ادامه بدم" is "کارم ادامه بدم"', () => {
    const text = 'من نويسنده ام و كتابهايم در ايران مجوز چاپ نگرفت. اگه به يك شهر پناهگاه برم ميتونم به كارم ادامه بدم و بنويسم يا بايد كنار بذارم؟';
    const reply = inLanguage(liveEngine(), 'fa').ask(text);
    expect(reply.kind === 'answer' ? reply.via : reply.kind).toBe('continuingWork');
  });

  it('answers "his email" of a message that names the head with the head\'s entry, not a menu', () => {
    const text = 'من خبرنگارم و می‌خواستم مستقیم با مدیر اجرایی مصاحبه کنم. email شخصیش رو دارید؟';
    expect(answered(inLanguage(liveEngine(), 'fa').ask(text))).toBe('executive-director');
    expect(answered(inLanguage(liveEngine(), 'fa').ask('میخوام مستقیم به مدیر ایکورن ایمیل بزنم، آدرسش چیه؟'))).toBe('executive-director');
  });
});

describe('who heads ICORN, asked of a message about its head', () => {
  it.each([
    "For my article I need the exact name and job title of the person heading ICORN. I've seen different versions online. Who is he and what is his position?",
    "I'm writing a profile for a culture weekly. I need the director's full name and title exactly as the organisation presents them. Who is it?",
    // His title asked by his name.
    "whats helge lunde's title",
  ])('answers "%s" with the entry that says who heads it', (text) => {
    const reply = liveEngine().ask(text);
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual(['executive-director', 'whoHeads']);
    expect(answered(liveEngineWith({ whoHeads: false }).ask(text))).not.toBe('executive-director');
  });

  it('does not read "who is it?" about something else as the head', () => {
    expect(answered(liveEngine().ask('I found a quote about spaces for free expression shrinking. Who is it from?'))).not.toBe('executive-director');
  });
});

describe('a phone number named so', () => {
  it('is ICORN\'s own when ICORN is named before it, whatever it is for, and answered', () => {
    const reply = liveEngine().ask('ICORN phone number for the fact box');
    expect(reply.kind === 'answer' ? reply.candidate.entry.id : reply.kind).toBe('phone');
    // Named by the Phone entry's title too: without either reading, a menu.
    expect(answered(liveEngineWith({ namedTitle: false }).ask('ICORN phone number for the fact box'))).toBe('phone');
    expect(liveEngineWith({ namedTitle: false, phoneNumber: false }).ask('ICORN phone number for the fact box').kind).toBe('didYouMean');
    expect(liveEngine().ask('phone number for the police').kind).toBe('fallback');
    expect(liveEngine().ask('what is my phone number').kind).not.toBe('answer');
  });

  it('is not asked for by "why is it called ..."', () => {
    expect(answered(liveEngine().ask("why is it called 'cities of refuge'?"))).toBe('what-is-icorn');
  });
});

describe("the secretariat is ICORN's office", () => {
  it.each([
    ['email for the ICORN secretariat', 'email'],
    ['ICORN phone number for the secretariat', 'phone'],
  ])('"%s" asks for ICORN\'s own contact (%s), not about its staff', (text, id) => {
    expect(answered(liveEngine().ask(text))).toBe(id);
  });
});

describe('a number asked for by someone who wants to call', () => {
  it.each([
    ["I'm at a wire service updating our background file, where we list each organisation's main phone line. What number does ICORN give?", 'phoneNumber'],
    ['i am writer from afghanistan, now hiding. i need talk with someone from icorn by phone, not email. they have number?', 'atRisk'],
    // A number written out beside ICORN's name asks whether it is ICORN's.
    ['i found a number +47 51507125 on some website and nobody answer yet, i am afraid it is wrong or fake. is this really the icorn number?', 'phoneNumber'],
  ])('gives the phone number to "%s", not the count of members', (text, via) => {
    const reply = liveEngine().ask(text);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['phone', via]);
    expect(answered(liveEngineWith({ phoneNumber: false }).ask(text))).toBe('member-count');
  });

  it("gives no ICORN number to someone else's written out: \"my lawyer's number is +33 6 12 34 56 78, can he help?\"", () => {
    expect(liveEngine().ask("my lawyer's number is +33 6 12 34 56 78, can he help?").kind).not.toBe('answer');
  });

  it('leaves a count a count: "what is the number of member cities?"', () => {
    expect(answered(liveEngine().ask('I want to call the office later. What is the number of member cities?'))).toBe('member-count');
  });
});

describe('a question of two kinds', () => {
  it("is read as the first kind: \"Is the cities' role mostly symbolic or practical?\" is the symbolic one, not the cities' role", () => {
    const reply = liveEngine().ask("Is the cities' role mostly symbolic or practical?");
    // The words alone find the common mission, which the symbolic reading points at too; the cities' role would take it elsewhere.
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['common-mission', undefined]);
    expect(answered(liveEngineWith({ symbolic: false }).ask("Is the cities' role mostly symbolic or practical?"))).toBe('principal-objective');
  });
});

describe('where the members are, and the page lacks the rest', () => {
  it('still says what the page lacks about a continent it does not name, after the reading points at the count of members', () => {
    const reply = liveEngine().ask('Does ICORN have member cities in Asia?');
    expect([reply.kind, reply.kind === 'notStated' ? reply.candidate.entry.id : undefined]).toEqual(['notStated', 'member-count']);
  });

  it('reads "the Atlantic" as a continent is read, not as a place the page never names', () => {
    const reply = liveEngine().ask('Are there already members on our side of the Atlantic?');
    expect([reply.kind, answered(reply)]).toEqual(['answer', 'member-count']);
  });
});

describe('cities and regions', () => {
  it('reads a region as no city: the page names "cities and regions" as two kinds of member', () => {
    const engine = liveEngine();
    for (const text of ['is icorn only cities or regions too', 'We are a region, not a city. Are there regions among the members?', 'our province wants to know if regions are part of icorn']) {
      expect([text, answered(engine.ask(text))]).toEqual([text, 'member-count']);
    }
  });
});

describe("a question about what ICORN's head says", () => {
  it.each(['What does the director think about cities?', 'according to the head of icorn, what should cities do?'])('answers "%s" with what the director says, where the words alone offered a menu', (text) => {
    const reply = liveEngine().ask(text);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['quote-director', 'headsView']);
    const without = liveEngineWith({ headsView: false }).ask(text);
    expect(without.kind).toBe('didYouMean');
  });

  it('finds what the director says among every entry the message came near, where its asking sentence came near another quote', () => {
    const text = "We're producing a radio segment on ICORN and I want to read the director's statement about shrinking spaces for freedom of expression on air. Could you give me the exact wording?";
    const reply = liveEngine().ask(text);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['quote-director', 'headsView']);
    expect(answered(liveEngineWith({ headsView: false }).ask(text))).not.toBe('quote-director');
  });

  it.each([
    ["My mayor wants to write a personal letter to the person who runs ICORN. She thinks it will carry more weight coming from one leader to another. Who heads the organisation, and what's his email address?", 'executive-director'],
    ['Who is the head of ICORN?', 'executive-director'],
    ["What is the director's email?", 'executive-director'],
    ['I want to say thanks to the director, how can I reach him?', 'executive-director'],
    // Someone else's director is not ICORN's head.
    ['Our finance director keeps asking me what we are actually promising if we join. Leaving aside the fine words, what is the core commitment of an ICORN city? I was wondering whether it is just a declaration or something more tangible.', 'member-commitment'],
  ])('leaves "%s" to %s: no view is asked for', (text, expected) => {
    expect(answered(liveEngine().ask(text))).toBe(expected);
  });
});

describe('a question that quotes the page', () => {
  it.each([
    ["Is 'hospitality' one of the values ICORN names?", 'quote-director'],
    ['What does the network mean by safe havens for writers?', 'mission'],
    ['what do they mean by safe havens', 'mission'],
    // The singular of what the answer says.
    ["what does ICORN mean by 'safe haven'?", 'mission'],
    // A saying reported in the question's own words.
    ['What does ICORN mean when it says these writers take risks for all of us?', 'why-it-matters'],
    ['why they say writers take risks for all of us?', 'why-it-matters'],
    // Typed on a phone: "what is mean X", of a phrase one answer alone holds.
    ['what is mean safe haven in icorn?', 'mission'],
    ['what mean safe haven', 'mission'],
    // Whether ICORN mentions a phrase, or uses a word one answer alone holds.
    ['does icorn mention human rights violations', 'principal-objective'],
    ['My essay is about hospitality as a political value in European cities. Does ICORN explicitly use the word hospitality anywhere, or am I reading it into their work?', 'quote-director'],
  ])('answers "%s" with the entry whose answer says it (%s), where the words alone did not', (text, expected) => {
    const reply = liveEngine().ask(text);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual([expected, 'quoted']);
    // Without it (and without the values reading, which finds "hospitality" in the director's words too).
    const without = liveEngineWith({ quoted: false, values: false, pagePhrase: false }).ask(text);
    expect(answered(without)).not.toBe(expected);
  });

  it.each([
    ["ICORN's mission", 'mission'],
    ["what is a 'residency'?", 'what-is-a-residency'],
  ])('reads no quotation in "%s" (an apostrophe, or a word most answers use) and answers %s as before', (text, expected) => {
    const reply = liveEngine().ask(text);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual([expected, undefined]);
  });

  it('reads "what is mean X" only of a phrase of two words or more that one answer alone holds', () => {
    // "residency" is in many answers: no quotation, the words decide as before.
    const reply = liveEngine().ask('what is mean residency');
    expect(reply.kind === 'answer' ? reply.via : reply.kind).not.toBe('quoted');
  });

  it('reads no single word most answers use as mentioned: "does icorn mention residency?"', () => {
    const reply = liveEngine().ask('does icorn mention residency?');
    expect(reply.kind === 'answer' ? reply.via : reply.kind).not.toBe('quoted');
  });

  it('answers with the entry that alone holds two words in a row of the question, the page\'s own phrase, where the words found no answer', () => {
    const text = 'I work for an international NGO with a democracy-support programme. Our donors want alignment with democratic values and international solidarity. Does ICORN frame its work in those terms?';
    const reply = liveEngine().ask(text);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['mission', 'pagePhrase']);
    expect(answered(liveEngineWith({ pagePhrase: false }).ask(text))).not.toBe('mission');
  });

  it('reads no phrase that many answers hold ("member cities"), nor one in a message that asks for a detail the page may lack', () => {
    const reply = liveEngine().ask('Is there a general assembly or annual meeting that member cities must attend?');
    expect(reply.kind === 'answer' ? reply.via : reply.kind).not.toBe('pagePhrase');
    const visa = liveEngine().ask('Our legal team wants clarity on who does the visa application for a resident, the city or ICORN. Which residence permit category is used?');
    expect(visa.kind === 'answer' ? visa.via : visa.kind).not.toBe('pagePhrase');
  });

  it('quotes nothing the page says: "what does \'xyzzy plugh\' mean?" falls back', () => {
    expect(liveEngine().ask("what does 'xyzzy plugh' mean?").kind).toBe('fallback');
  });
});

describe('the regions reading', () => {
  it.each([
    ['en', 'Are regional governments allowed to be members?'],
    ['es', '¿Una provincia puede ser miembro de ICORN o solo las ciudades?'],
    ['fr', 'Une région peut-elle devenir membre du réseau ?'],
    ['ar', 'هل يمكن لمحافظة أن تصبح عضوا في الشبكة؟'],
    ['fa', 'یک استان هم می‌تونه عضو ICORN بشه؟'],
    // Whether the members are only cities, no other body named.
    ['fr', 'Les membres, ce sont uniquement des villes ?'],
  ])('answers the %s "%s" with the count of members, which names regions, where the words alone did not', (language, text) => {
    const reply = inLanguage(liveEngine(), language).ask(text);
    expect([answered(reply), reply.kind === 'answer' ? reply.via : undefined]).toEqual(['member-count', 'regions']);
    const without = inLanguage(liveEngineWith({ regions: false }), language).ask(text);
    expect(answered(without)).not.toBe('member-count');
  });

  it.each([
    ['en', 'how does a region join the network?'],
    ['en', 'what is the weather in my region'],
    ['fr', 'Comment une région peut-elle adhérer ?'],
    ['en', 'Can a university become a member, or only cities?'],
    ['fr', 'Une association peut-elle être membre, ou seulement des villes ?'],
  ])('does not read the %s "%s" so', (language, text) => {
    expect(asksAboutRegions(text, language)).toBe(false);
  });
  it('reads it only in a sentence that asks: a story that says who is asking ("We are a small regional authority") is no such question', () => {
    const text = 'What would we actually be signing up for? We are a small regional authority in northern Spain and we are cautious about taking on new obligations, so I want to understand what member cities commit to provide.';
    const reply = liveEngine().ask(text);
    expect(reply.kind === 'answer' ? reply.via : reply.kind).not.toBe('regions');
    expect(answered(reply)).toBe('member-commitment');
  });
});

describe('asking for a summary', () => {
  it.each([
    ['sum up icorn', 'what-is-icorn'],
    ['Could you explain in a few words what the network does?', 'what-is-icorn'],
    ['give me an overview of icorn', 'what-is-icorn'],
    // How long the answer should be is no phone line nor a sentence of the page.
    ['Could you explain in a few lines what this network actually is and what it does?', 'what-is-icorn'],
    ["We're drafting a council motion and want a reference to ICORN's vision in the preamble. Could you give me the gist of it? Doesn't need to be word for word.", 'vision'],
    // The acronym spelled out is the full name.
    ['Can you spell out the name?', 'what-is-icorn'],
  ])('reads the words of asking for a summary in "%s" as filler, and answers %s', (text, expected) => {
    expect(answered(liveEngine().ask(text))).toBe(expected);
  });

  it('reads "en quelques points" in French as how to answer, not a word to match', () => {
    expect(answered(inLanguage(liveEngine(), 'fr').ask("La mission du réseau, c'est quoi en quelques points ?"))).toBe('mission');
  });
});

describe('visas asked together with the papers of relocating', () => {
  it.each([
    ['en', 'Does ICORN help with the papers and the visa when someone relocates?', 'icorn help with visa?'],
    ['es', '¿ICORN ayuda con los trámites y el visado para el traslado?', '¿ICORN da visados?'],
    ['fr', 'Le réseau aide-t-il pour les papiers et le visa ?', 'ICORN donne des visas ?'],
  ])('in %s, "%s" gets what the page says about relocation; "%s" still gets what the page does not say', (language, withPapers, visaAlone) => {
    const engine = inLanguage(liveEngine(), language);
    expect(answered(engine.ask(withPapers))).toBe('project-relocation');
    const alone = engine.ask(visaAlone);
    expect(alone.kind === 'notStated' ? [alone.kind, alone.detail.topic] : alone.kind).toEqual(['notStated', 'visas']);
    expect(detailAsked(withPapers, language)).toBeUndefined();
  });
});


describe('a topic the page\'s text never speaks of, that an entry is about', () => {
  it.each(['Is ICORN a government agency?', 'is icorn from goverment?', "Could you spell out the name and tell me whether it's a government agency or something else?"])(
    'answers "%s" with the entry on what kind of body ICORN is (the page\'s summary calls it independent)',
    (text) => {
      const reply = liveEngine().ask(text);
      expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual(['independent-organisation', 'topicGiven']);
      // Switched off, the bot says the page does not say, or offers what the words came near.
      expect(answered(liveEngineWith({ topicGiven: false }).ask(text))).not.toBe('independent-organisation');
    },
  );

  it('answers a topic only with an entry whose own questions ask about it: "the priorities of the strategic plan" get no quote that names priorities', () => {
    const reply = liveEngine().ask('What are the priorities in the 2024-2028 strategic plan?');
    expect(reply.kind === 'notStated' ? reply.detail.topic : reply.kind).toBe('plan contents');
  });

  it('follows an editor who adds an entry on a topic: "visas" are answered once an entry asks and speaks of them', () => {
    const knowledge = fixtureKnowledge();
    const visas = { ...knowledge.entries[0]!, id: 'visas', title: 'Visas', question: 'Does ICORN help with visas?', alternates: ['visa help?', 'Can ICORN get me a visa?', 'visas for residents'], answer: 'ICORN helps each guest apply for a visa with the host city.' };
    const before = createFaqEngine(knowledge).ask('is there any help with the visa when I travel?');
    expect(before.kind === 'answer' ? before.candidate.entry.id : before.kind).not.toBe('visas');
    const withVisas = { ...knowledge, entries: [...knowledge.entries, visas], byId: new Map([...knowledge.byId, ['visas', visas]]) };
    const after = createFaqEngine(withVisas).ask('is there any help with the visa when I travel?');
    expect(after.kind === 'answer' ? after.candidate.entry.id : after.kind).toBe('visas');
  });
});

describe('follow-ups on a quotation and on a count', () => {
  it.each([
    ['quote-director', 'says who?'],
    ['quote-director', 'who said that?'],
    ['quote-partners', 'Who said it?'],
  ])('after %s, "%s" gets the answer that quoted it, which says who said it (or that the page does not)', (last, text) => {
    const reply = liveEngine().ask(text, { lastEntryId: last });
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual([last, 'context']);
  });

  it('leaves "who said that?" after an answer that quotes no one to the other readings', () => {
    const reply = liveEngine().ask('who said that?', { lastEntryId: 'phone' });
    expect(reply.kind === 'answer' ? reply.candidate.entry.id : reply.kind).not.toBe('phone');
  });

  it('reads a number alone in a short follow-up to a count as a count stated: "really? i read somewhere 75 only" gets the entry that states 75', () => {
    const reply = liveEngine().ask('really? i read somewhere 75 only', { lastEntryId: 'member-count' });
    expect(reply.kind === 'answer' ? [reply.candidate.entry.id, reply.via] : reply.kind).toEqual(['independent-organisation', 'statedCount']);
    // Without a count before it, a number is no count of members.
    expect(answered(liveEngine().ask('really? i read somewhere 75 only'))).not.toBe('independent-organisation');
    // "84 city" (singular) is a count stated too.
    const singular = liveEngine().ask('my freind say icorn have 84 city. true?');
    expect(singular.kind === 'answer' ? singular.via : singular.kind).toBe('statedCount');
  });

  it('reads "government or NGO?" and "connected to any government?" as what kind of body ICORN is, "take risks" as the risk, "just a slogan" as symbolic', () => {
    expect(detailAsked('icorn is government or NGO?')?.topic).toBe('kind of body');
    expect(detailAsked('What kind of outfit is it, roughly speaking?')?.topic).toBe('kind of body');
    // Family members coming along, named in the sentence before; a plan published, or its substance.
    expect(detailAsked('if i get residency they can come with me or i must go alone?')?.topic).toBe('family');
    expect(detailAsked('Is the 2024-2028 strategic plan published?')?.topic).toBe('plan contents');
    expect(detailAsked('I need to see the substance of the new 2024-2028 strategic plan.')?.topic).toBe('plan contents');
    expect(detailAsked('Is ICORN working on a new strategic plan?')).toBeUndefined();
    // ICORN's tie to the site the page is on, not where the answers come from.
    expect(detailAsked('Is ICORN a member of the Global Cities Hub?')?.topic).toBe('the hub');
    expect(detailAsked('Are these answers taken from the Global Cities Hub?')).toBeUndefined();
    expect(detailAsked('so not connected to any government?')?.topic).toBe('kind of body');
    expect(detailAsked('the government of my country arrested my brother')).toBeUndefined();
    expect(detailAsked('it is government policy to censor me')).toBeUndefined();
    expect(answered(liveEngine().ask('icorn is government or NGO?'))).toBe('independent-organisation');
    expect(asksForm('symbolic', 'is that just a slogan or do they actually do something?')).toBe(true);
    expect(answered(liveEngine().ask('why they say writers take risks for all of us?'))).not.toBe('how-to-join');
    expect(answered(liveEngine().ask('Can you explain ICORN in one paragraph?'))).toBe('what-is-icorn');
    // A journalist's own piece is no question about writing freely.
    expect(answered(liveEngine().ask("I'm writing a feature on cities of refuge. Can you explain ICORN in one paragraph?"))).toBe('what-is-icorn');
  });
});

describe('follow-ups that ask about a related part of the page', () => {
  it.each([
    ['project-expansion', 'what about cities that are already in?', ['project-retention', 'key-projects']],
    ['member-commitment', 'and civil society, where does it come in?', ['common-mission', 'partners']],
  ])('after %s, "%s" gets one of %j', (last, text, accepted) => {
    expect(accepted).toContain(answered(liveEngine().ask(text, { lastEntryId: last })));
  });

  it('reads "what about the cities already in?" as the existing cities, and no other city', () => {
    expect(asksForm('existingCities', 'what about cities that are already in?')).toBe(true);
    expect(asksForm('existingCities', 'what about other cities?')).toBe(false);
  });
});

describe('words of the vocabulary that people type', () => {
  const engine = liveEngine();

  it.each([
    ['icorn tel', 'phone'],
    // Called is a name here, not a phone call.
    ['what does icorn call its host cities', 'what-is-icorn'],
    ['Could you explain in simple terms what a city actually has to commit to if it joins?', 'member-commitment'],
  ])('"%s" is answered by %s', (text, id) => {
    expect(answered(engine.ask(text))).toBe(id);
  });

  it('reads "Tel Aviv" as a place, not a phone line', () => {
    expect(answered(engine.ask('is there an icorn city in tel aviv'))).not.toBe('phone');
  });

  it('reads "expand on that" as asking to be told more, not about the network\'s growth', () => {
    expect(answered(engine.ask('Can you expand on that - what do the writers actually get out of it?', { lastEntryId: 'principal-objective' }))).not.toBe('project-expansion');
  });

  it('reads a day of the week as no name the page lacks: "... so he can use it in his speech on Friday?"', () => {
    const text = 'Our deputy mayor remembers a quote by the ICORN director saying that solidarity, creativity and hospitality should be priorities of city policy. Could you give me the exact words so he can use it in his speech on Friday?';
    expect(answered(engine.ask(text))).toBe('quote-director');
  });
});
