import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConversation } from '../../src/conversation/conversation.js';
import { wordsOf } from '../../src/conversation/locales/index.js';
import { createFaqEngine } from '../../src/faq/faqEngine.js';
import { KnowledgeError, loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { answerFingerprint, readTranslations } from '../../src/faq/translations.js';
import { checkKnowledge } from '../../tools/knowledge/knowledgeCheck.js';
import { answered, copyOfFixtureKnowledge, fixtureKnowledge, KNOWLEDGE_SCHEMAS, LIVE_KNOWLEDGE, liveEngine } from '../helpers.js';

const english = fixtureKnowledge();
const phone = english.byId.get('phone')!;
const email = english.byId.get('email')!;

/** A Spanish translation of two entries, as an editor would write it. */
function spanish(phoneAnswer = phone.answer.replace("ICORN's phone number is", 'El teléfono de ICORN es el'), fingerprint = answerFingerprint(phone.answer)): string {
  const list = (items: string[]) => items.map((i) => `      - ${JSON.stringify(i)}`).join('\n');
  return `language: es
entries:
  - id: phone
    reviewed: false
    translatedFrom: "${fingerprint}"
    title: Teléfono
    question: ¿Cuál es el número de teléfono de ICORN?
    alternates:
${list(['¿A qué número puedo llamar a ICORN?', 'teléfono de icorn', 'quiero llamar a ICORN por teléfono', '¿Tiene ICORN un número de contacto telefónico?', 'número para llamar a la red'])}
    answer: ${JSON.stringify(phoneAnswer)}
  - id: email
    reviewed: true
    title: Correo electrónico
    question: ¿Cuál es el correo electrónico de ICORN?
    alternates:
${list(['¿A qué dirección de correo escribo a ICORN?', 'correo de icorn', 'quiero escribir un email a ICORN', '¿Cómo contacto a ICORN por correo?', 'dirección electrónica de la red'])}
    answer: ${JSON.stringify(email.answer.replace('You can write to ICORN at', 'Puede escribir a ICORN a'))}
`;
}

function folderWith(text: string): string {
  const dir = copyOfFixtureKnowledge();
  mkdirSync(path.join(dir, 'translations'), { recursive: true });
  writeFileSync(path.join(dir, 'translations', 'es.yaml'), text);
  cpSync(path.join(path.dirname(KNOWLEDGE_SCHEMAS.schemaPath), 'translation.schema.json'), path.join(dir, 'translation.schema.json'));
  return dir;
}

describe('translations', () => {
  it('load beside the English knowledge, and the Spanish conversation answers from them, offering the English original of what ICORN has not reviewed', () => {
    const knowledge = loadKnowledge(folderWith(spanish()));
    expect(knowledge.translations?.find((t) => t.language === 'es') && [...knowledge.translations.find((t) => t.language === 'es')!.reviewed]).toEqual(['email']);
    const conversation = createConversation(createFaqEngine(knowledge));
    const plan = conversation.respond('¿A qué número de teléfono puedo llamar a ICORN?', undefined, {});
    expect(plan.say[0]?.text).toContain('El teléfono de ICORN es el **+47 51507125**');
    const original = plan.say[0]?.buttons.find((b) => b.original === 'phone');
    expect(original?.title).toBe(wordsOf('es').englishOriginal);
    // The button shows the English answer.
    expect(conversation.respond(original!.text, { original: 'phone' }, { language: 'es' }).say[0]?.text).toBe(phone.answer);
    // A reviewed one has no such button.
    const reviewed = conversation.respond('quiero escribir un correo a ICORN', undefined, { language: 'es' });
    expect(reviewed.say[0]?.text).toContain('Puede escribir a ICORN');
    expect(reviewed.say[0]?.buttons.some((b) => b.original)).toBe(false);
    // Not in the translation: the fallback, in Spanish, with the contacts; never the English answer.
    const unknown = conversation.respond('¿Cuántas ciudades y regiones forman parte de la red hoy?', undefined, { language: 'es' });
    const es = wordsOf('es');
    expect([es.fallback, es.notStated('cuántos')].some((start) => unknown.say[0]?.text.startsWith(start))).toBe(true);
    expect(unknown.say[0]?.text).toContain('icorn@icorn.org');
  });

  it('refuse a translation whose numbers, e-mails, phones or links differ from the English, naming file and line', () => {
    const dir = folderWith(spanish(phone.answer.replace('+47 51507125', '+47 51507126')));
    expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
    const report = readTranslations(dir, english.entries, path.join(dir, 'translation.schema.json'));
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ file: 'translations/es.yaml', entryId: 'phone' });
    expect(report.problems[0]?.message).toMatch(/missing: number \+47 51507125; not in English: number \+47 51507126/);
  });

  it('refuse an entry that translates no English entry', () => {
    const report = readTranslations(folderWith(spanish().replace('id: email', 'id: e-mail')), english.entries, KNOWLEDGE_SCHEMAS.schemaPath.replace('schema.json', 'translation.schema.json'));
    expect(report.problems.map((p) => p.message)).toEqual(['translates no entry: there is no English entry with this id']);
  });

  it('warn about a stale translation and the entries not translated, in knowledge:check', async () => {
    const dir = folderWith(spanish(undefined, '000000000000'));
    const report = await checkKnowledge(dir);
    expect(report.problems).toEqual([]);
    const messages = report.warnings.map((w) => w.message);
    expect(messages.some((m) => m.startsWith(`is stale: the English answer changed after this translation (update it, then set translatedFrom: ${answerFingerprint(phone.answer)})`))).toBe(true);
    expect(messages.some((m) => m.startsWith('has no translation of') && m.includes('what-is-icorn'))).toBe(true);
  });
});

describe("a translation's domain words", () => {
  /** The shipped knowledge, with its translations' `domain` lists taken out. */
  function withoutDomains(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'icorn-knowledge-'));
    cpSync(LIVE_KNOWLEDGE, dir, { recursive: true });
    for (const language of ['es', 'fr', 'ar', 'fa']) {
      const file = path.join(dir, 'translations', `${language}.yaml`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^domain: \[.*\]\n/m, ''));
    }
    return dir;
  }

  it.each([
    ['es', '¿Quién ganó el partido de anoche?'],
    ['fa', 'طرز تهیه کباب'],
    ['fa', 'هوای شیراز فردا چطوره'],
  ])('make an everyday question in %s without one of them get the reply for what the bot cannot answer, not a menu: "%s"', (language, question) => {
    expect(liveEngine().inLanguage(language)!.ask(question).kind).toBe('fallback');
    // Without the list, the same question gets a menu of ICORN entries that only share a word.
    expect(createFaqEngine(loadKnowledge(withoutDomains())).inLanguage(language)!.ask(question).kind).toBe('didYouMean');
  });

  it('leave a question with one of them its menu', () => {
    // ("..., más allá de ponerlo a salvo?" is answered now: what a residency is beyond safety.)
    const reply = liveEngine().inLanguage('es')!.ask('¿Sirve de algo acoger a un autor?');
    expect(reply.kind).toBe('didYouMean');
  });

  it('are refused with file and line when one is not a single word', () => {
    const dir = folderWith(spanish().replace('language: es\n', 'language: es\ndomain: [icorn, derechos humanos]\n'));
    const report = readTranslations(dir, english.entries, path.join(dir, 'translation.schema.json'));
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ file: 'translations/es.yaml', line: 2 });
    expect(report.problems[0]?.message).toMatch(/domain/);
  });
});

describe('typo correction in Persian', () => {
  const persian = liveEngine().inLanguage('fa')!;

  it.each(['ساعت چنده؟', 'ساعت چند است؟', 'قیمت بلیط قطار چنده'])('leaves a real Persian word alone, and an everyday question gets no ICORN answer: "%s"', (question) => {
    // "ساعت" (hour) was read as "سایت" (website), one letter away.
    expect(persian.ask(question).kind).not.toBe('answer');
    expect(persian.ask(question).kind).not.toBe('notStated');
  });

  it('still corrects a word the dictionary does not have, and reads "چنده" (how much is it) as the question it is', () => {
    expect(answered(persian.ask('تلفن ایکورن چنده'))).toBe('phone');
    expect(answered(persian.ask('شماره تلفنن ایکورن'))).toBe('phone');
  });
});
