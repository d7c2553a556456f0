import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { projectRoot } from '../../src/paths.js';
import { FIXTURE_KNOWLEDGE, KNOWLEDGE_SCHEMAS, copyOfFixtureKnowledge, eventually, post, replyTexts, saveLikeAnEditor, startBot, type RunningBot, userMessage } from '../helpers.js';

describe('live reload of the knowledge', () => {
  let bot: RunningBot;
  let dir: string;
  const contact = () => path.join(dir, 'contact.yaml');
  const askPhone = async () => replyTexts(await post(bot.url, userMessage("What is ICORN's phone number?", `reload-${Math.random()}`, { channelId: 'webchat' })))[0];
  const health = async () => (await (await fetch(`${bot.url}/healthz`)).json()) as { knowledge: { version: string; entries: number; loadedAt: string } };

  beforeAll(async () => {
    dir = copyOfFixtureKnowledge('icorn-live-');
    bot = await startBot({ KNOWLEDGE_DIR: dir, KNOWLEDGE_WATCH: 'true' });
  });
  afterAll(() => bot.close());

  it('serves a changed answer within seconds, without a restart, and reports the new version', async () => {
    const before = await health();
    expect(await askPhone()).toBe("ICORN's phone number is **+47 51507125**.");
    saveLikeAnEditor(contact(), readFileSync(contact(), 'utf8').replace("ICORN's phone number is **+47 51507125**.", "ICORN's phone number is **+47 00000000**."));
    const answer = await eventually(askPhone, (text) => text === "ICORN's phone number is **+47 00000000**.");
    expect(answer).toBe("ICORN's phone number is **+47 00000000**.");
    const after = await health();
    expect(after.knowledge.version).not.toBe(before.knowledge.version);
    expect(after.knowledge.entries).toBe(before.knowledge.entries);
    expect(Date.parse(after.knowledge.loadedAt)).toBeGreaterThan(Date.parse(before.knowledge.loadedAt));
    expect(bot.logs.some((line) => line.includes('knowledge reloaded'))).toBe(true);
  });

  it('picks up a translation added or changed in translations/, without a restart', async () => {
    const before = await health();
    mkdirSync(path.join(dir, 'translations'), { recursive: true });
    saveLikeAnEditor(path.join(dir, 'translations', 'fa.yaml'), readFileSync(path.join(FIXTURE_KNOWLEDGE, '..', 'translations', 'fa.yaml'), 'utf8'));
    const after = await eventually(health, (h) => h.knowledge.version !== before.knowledge.version);
    expect(after.knowledge.version).not.toBe(before.knowledge.version);
    expect(bot.app.engine.knowledge.translations?.map((t) => t.language)).toEqual(['fa']);
  });

  it('keeps serving the last good knowledge when a file breaks, and logs one line with file and line', async () => {
    const good = await health();
    const text = readFileSync(contact(), 'utf8');
    const broken = text.replace('  - id: email\n', '  - id: email\n    colour: red\n');
    const line = broken.split('\n').indexOf('    colour: red') + 1;
    saveLikeAnEditor(contact(), broken);
    const logged = await eventually(
      async () => bot.logs.filter((l) => l.includes('knowledge not reloaded')),
      (lines) => lines.length > 0,
    );
    expect(logged).toHaveLength(1);
    expect((JSON.parse(logged[0]!) as { msg: string }).msg).toContain(`still serving version ${good.knowledge.version}: contact.yaml:${line} [email] unknown field "colour"`);
    expect(await askPhone()).toBe("ICORN's phone number is **+47 00000000**.");
    expect((await health()).knowledge.version).toBe(good.knowledge.version);

    // Fixed again: the next save is picked up.
    saveLikeAnEditor(contact(), text.replace("ICORN's phone number is **+47 00000000**.", "ICORN's phone number is **+47 51507125**."));
    expect(await eventually(askPhone, (t) => t === "ICORN's phone number is **+47 51507125**.")).toBe("ICORN's phone number is **+47 51507125**.");
  });

  it('picks up a changed vocabulary: a synonym added to vocabulary.yaml is understood, a broken one is reported with file and line', async () => {
    const vocabulary = path.join(dir, 'vocabulary.yaml');
    const text = readFileSync(vocabulary, 'utf8');
    const residency = loadKnowledge(dir).byId.get('who-can-get-a-residency')!.answer;
    const askFellowship = async () => replyTexts(await post(bot.url, userMessage('Who can get a fellowship?', `reload-${Math.random()}`, { channelId: 'webchat' })))[0];
    expect(await askFellowship()).not.toBe(residency);
    const before = await health();

    saveLikeAnEditor(vocabulary, text.replace('[residency, residencies,', '[residency, fellowship, residencies,'));
    expect(await eventually(askFellowship, (reply) => reply === residency)).toBe(residency);
    const after = await health();
    expect(after.knowledge.version).not.toBe(before.knowledge.version);

    const broken = text.replace('  - [vision, dream, ambition]', '  - [vision]');
    const line = broken.split('\n').indexOf('  - [vision]') + 1;
    const logsBefore = bot.logs.length;
    saveLikeAnEditor(vocabulary, broken);
    const logged = await eventually(
      async () => bot.logs.slice(logsBefore).filter((l) => l.includes('knowledge not reloaded')),
      (lines) => lines.length > 0,
    );
    expect(logged).toHaveLength(1);
    expect((JSON.parse(logged[0]!) as { msg: string }).msg).toMatch(
      new RegExp(`still serving version ${after.knowledge.version}: vocabulary\\.yaml:${line} synonyms\\[\\d+\\] needs at least two words`),
    );
    // The last good vocabulary is still the one in use.
    expect(await askFellowship()).toBe(residency);
    saveLikeAnEditor(vocabulary, text);
    expect(await eventually(askFellowship, (reply) => reply !== residency)).not.toBe(residency);
  });
});

describe('a broken vocabulary at start', () => {
  it('stops the bot with the file, the line and the problem', async () => {
    const dir = copyOfFixtureKnowledge('icorn-start-');
    const file = path.join(dir, 'vocabulary.yaml');
    const broken = readFileSync(file, 'utf8').replace(/^names: .*$/m, 'names: icorn');
    writeFileSync(file, broken);
    const line = broken.split('\n').indexOf('names: icorn') + 1;
    const started = startBot({ KNOWLEDGE_DIR: dir });
    await expect(started).rejects.toBeInstanceOf(KnowledgeError);
    await expect(started).rejects.toThrow(`vocabulary.yaml:${line} names must be a list of names, like [bot, assistant]`);
  });
});
