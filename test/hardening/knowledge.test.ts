/**
 * Issue 20, knowledge loading: hostile knowledge folders. A file too big, a folder too big, 30,000
 * schema errors, a link out of the folder, bytes that are not UTF-8, an alias bomb, a pipe, and a
 * folder replaced by a deploy: each is refused (or followed) quickly, named by file and line, with
 * short messages that never quote the file, and the bot stays up and reloadable.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { projectRoot } from '../../src/paths.js';
import { FIXTURE_KNOWLEDGE, copyOfFixtureKnowledge, eventually, post, problemsOf, replyTexts, saveLikeAnEditor, startBot, userMessage, type RunningBot } from '../helpers.js';

const MB = 1024 * 1024;
const SECRET = 'SECRET-do-not-log';

/** `bytes` of YAML comments: a file whose size is all that matters. */
function commentFile(file: string, bytes: number): void {
  const line = `# ${'x'.repeat(97)}\n`;
  writeFileSync(file, line.repeat(Math.ceil(bytes / line.length)));
}

/** A knowledge file of `count` entries, each with four schema errors and an id against the pattern: 5 problems an entry, in under 1 MB. */
function manyErrors(count = 30_000): string {
  const entries: string[] = [];
  for (let i = 0; i < count; i += 1) entries.push(`  - id: BAD${i}\n    colour: x`);
  return `topic: many\nentries:\n${entries.join('\n')}\n`;
}

/** A file outside any knowledge folder whose every line is a secret. */
function secretFile(text = `topic: ${SECRET}\nentries:\n  - id: ${SECRET.toLowerCase()}\n    ${SECRET}: 1\n`): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'icorn-outside-')), 'secret.yaml');
  writeFileSync(file, text);
  return file;
}

/** The line (1-based) of the first line of `text` that contains `needle`. */
function lineWith(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

/** Runs a command of the project to its end, with a deadline. */
function run(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: projectRoot(),
    env: { ...process.env, KNOWLEDGE_WATCH: 'false', FEEDBACK_DIR: mkdtempSync(path.join(tmpdir(), 'icorn-kstart-')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    }),
  );
}

describe('knowledge files the loader refuses before reading them', () => {
  it('a file over the size limit is refused by its size, naming the file, in well under a second', () => {
    const dir = copyOfFixtureKnowledge('icorn-big-');
    commentFile(path.join(dir, 'big.yaml'), 3 * MB);
    const started = Date.now();
    const problems = problemsOf(dir);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(problems).toEqual([{ file: 'big.yaml', line: 1, message: 'is 3 MB: a knowledge file may be at most 1 MB (split it into topics)' }]);
  });

  it('a translation over the size limit is named with its folder', () => {
    const dir = copyOfFixtureKnowledge('icorn-big-fa-');
    mkdirSync(path.join(dir, 'translations'));
    commentFile(path.join(dir, 'translations', 'fa.yaml'), 2 * MB);
    expect(problemsOf(dir)).toEqual([{ file: 'translations/fa.yaml', line: 1, message: 'is 2 MB: a knowledge file may be at most 1 MB (split it into topics)' }]);
  });

  it('a folder over its size limit is refused at the file that passes it', () => {
    const dir = copyOfFixtureKnowledge('icorn-big-folder-');
    for (const name of ['x1.yaml', 'x2.yaml', 'x3.yaml']) commentFile(path.join(dir, name), 0.9 * MB);
    const problems = problemsOf(dir);
    expect(problems).toContainEqual({ file: 'x3.yaml', line: 1, message: expect.stringMatching(/^would bring the knowledge read to 2\.\d MB: a knowledge folder may hold at most 2 MB of files$/) });
    expect(problems.some((p) => p.file === 'x1.yaml' && /at most/.test(p.message))).toBe(false);
  });

  it('a folder of thousands of files is refused by their number, in one problem', () => {
    const dir = copyOfFixtureKnowledge('icorn-many-files-');
    for (let i = 0; i < 2000; i += 1) writeFileSync(path.join(dir, `f${i}.yaml`), 'x: 1\n');
    expect(problemsOf(dir)).toEqual([{ file: dir, line: 1, message: 'folder has 2009 YAML files: a knowledge folder may have at most 200, with its translations' }]);
    const translated = copyOfFixtureKnowledge('icorn-many-translations-');
    mkdirSync(path.join(translated, 'translations'));
    for (let i = 0; i < 2000; i += 1) writeFileSync(path.join(translated, 'translations', `f${i}.yaml`), 'x: 1\n');
    expect(problemsOf(translated)).toEqual([{ file: 'translations', line: 1, message: 'folder has 2009 YAML files: a knowledge folder may have at most 200, with its translations' }]);
  });

  it('the translations count toward the folder limit, for the bot and for npm run knowledge:check alike', async () => {
    const dir = copyOfFixtureKnowledge('icorn-big-translations-');
    // A vocabulary of comments only is an empty vocabulary: the English loads, the translations are read.
    commentFile(path.join(dir, 'vocabulary.yaml'), 0.95 * MB);
    mkdirSync(path.join(dir, 'translations'));
    for (const name of ['es.yaml', 'fa.yaml']) commentFile(path.join(dir, 'translations', name), 0.95 * MB);
    const overBudget = { file: 'translations/fa.yaml', line: 1, message: expect.stringMatching(/^would bring the knowledge read to 2\.\d MB: a knowledge folder may hold at most 2 MB of files$/) };
    expect(problemsOf(dir)).toContainEqual(overBudget);
    const { checkKnowledge } = await import('../../tools/knowledge/knowledgeCheck.js');
    expect((await checkKnowledge(dir)).problems).toContainEqual(overBudget);
  }, 60_000);

  it('a link to a file outside the folder is refused, and no problem quotes that file', () => {
    const dir = copyOfFixtureKnowledge('icorn-link-');
    symlinkSync(secretFile(), path.join(dir, 'evil.yaml'));
    const problems = problemsOf(dir);
    expect(problems).toEqual([{ file: 'evil.yaml', line: 1, message: 'is a link to a file outside the knowledge folder: put the file itself in the folder' }]);
    expect(JSON.stringify(problems)).not.toContain(SECRET);
  });

  it('a schema or a translation linked from outside is refused the same way, its content never quoted', () => {
    const dir = copyOfFixtureKnowledge('icorn-link-schema-');
    rmSync(path.join(dir, 'schema.json'));
    symlinkSync(secretFile(`root:x:0:0:${SECRET}:/root:/bin/bash\n`), path.join(dir, 'schema.json'));
    const problems = problemsOf(dir);
    expect(problems[0]).toEqual({ file: 'schema.json', line: 1, message: 'is a link to a file outside the knowledge folder: put the file itself in the folder' });
    expect(JSON.stringify(problems)).not.toContain(SECRET);

    const other = copyOfFixtureKnowledge('icorn-link-fa-');
    mkdirSync(path.join(other, 'translations'));
    symlinkSync(secretFile(`language: ${SECRET}\nentries: []\n`), path.join(other, 'translations', 'fa.yaml'));
    const translated = problemsOf(other);
    expect(translated).toEqual([{ file: 'translations/fa.yaml', line: 1, message: 'is a link to a file outside the knowledge folder: put the file itself in the folder' }]);
  });

  it('a schema of the folder that is not JSON is named with its line, not quoted', () => {
    const dir = copyOfFixtureKnowledge('icorn-schema-text-');
    writeFileSync(path.join(dir, 'schema.json'), `{\n  "type": "object",\n  ${SECRET}\n}\n`);
    const problems = problemsOf(dir);
    expect(problems).toEqual([{ file: 'schema.json', line: 3, message: 'is not a valid JSON Schema: it is not valid JSON' }]);
  });

  it('links inside the folder are followed, and the folder itself may be a link (a deploy\'s "current")', () => {
    const dir = copyOfFixtureKnowledge('icorn-link-inside-');
    mkdirSync(path.join(dir, 'stash'));
    renameSync(path.join(dir, 'contact.yaml'), path.join(dir, 'stash', 'contact.yaml'));
    symlinkSync(path.join('stash', 'contact.yaml'), path.join(dir, 'contact.yaml'));
    const current = path.join(mkdtempSync(path.join(tmpdir(), 'icorn-current-')), 'current');
    symlinkSync(dir, current);
    expect(loadKnowledge(current).entries.map((e) => e.id)).toEqual(loadKnowledge(FIXTURE_KNOWLEDGE).entries.map((e) => e.id));
  });

  it('a pipe named like a knowledge file is refused without blocking the load', () => {
    const dir = copyOfFixtureKnowledge('icorn-fifo-');
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    expect(problemsOf(dir)).toEqual([{ file: 'pipe.yaml', line: 1, message: 'is not a regular file: a knowledge file must be a plain text file' }]);
  });
});

describe('knowledge files with hostile content', () => {
  it('bytes that are not UTF-8 are refused with the file and the line', () => {
    const dir = copyOfFixtureKnowledge('icorn-latin1-');
    const file = path.join(dir, 'contact.yaml');
    const text = readFileSync(file, 'utf8');
    const line = lineWith(text, "What is ICORN's phone number?");
    const [before, after] = text.split("What is ICORN's phone number?") as [string, string];
    // "é" in Latin-1, as an editor's old program saves it.
    writeFileSync(file, Buffer.concat([Buffer.from(before), Buffer.from('What is ICORN\'s t\xe9l\xe9phone?', 'latin1'), Buffer.from(after)]));
    expect(problemsOf(dir)).toEqual([{ file: 'contact.yaml', line, message: `is not UTF-8 text: line ${line} has a byte that is not UTF-8 (save the file as UTF-8)` }]);
  });

  it('a translation that is not UTF-8 is named with its folder and line', () => {
    const dir = copyOfFixtureKnowledge('icorn-latin1-fa-');
    mkdirSync(path.join(dir, 'translations'));
    const text = readFileSync(path.join(FIXTURE_KNOWLEDGE, '..', 'translations', 'fa.yaml'));
    const cut = text.indexOf('entries:');
    writeFileSync(path.join(dir, 'translations', 'fa.yaml'), Buffer.concat([text.subarray(0, cut), Buffer.from([0xff, 0x0a]), text.subarray(cut)]));
    const line = text.subarray(0, cut).toString('utf8').split('\n').length;
    expect(problemsOf(dir)).toEqual([{ file: 'translations/fa.yaml', line, message: `is not UTF-8 text: line ${line} has a byte that is not UTF-8 (save the file as UTF-8)` }]);
  });

  it('an alias bomb is refused, naming the file and the line of its first alias', () => {
    const dir = copyOfFixtureKnowledge('icorn-bomb-');
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i += 1) {
      const previous = String.fromCharCode(96 + i);
      lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    writeFileSync(path.join(dir, 'bomb.yaml'), `${lines.join('\n')}\n`);
    expect(problemsOf(dir)).toEqual([{ file: 'bomb.yaml', line: 2, message: 'uses aliases (*name) that expand too much, from line 2: write the values out instead' }]);
  });

  it('30,000 schema errors give the first 50 problems and a count of the rest, in seconds, not minutes', () => {
    const dir = copyOfFixtureKnowledge('icorn-many-');
    writeFileSync(path.join(dir, 'many.yaml'), manyErrors());
    const started = Date.now();
    const problems = problemsOf(dir);
    // Generous for a loaded machine: the load took 10 s and more before the fix.
    expect(Date.now() - started).toBeLessThan(8000);
    expect(problems).toHaveLength(51);
    expect(problems[0]).toEqual({ file: 'many.yaml', line: 3, entryId: 'BAD0', message: 'missing field "title"' });
    expect(problems[50]).toEqual({ file: 'many.yaml', line: expect.any(Number), message: 'and 149950 more problems in this file (fix the ones above first)', omitted: 149_950 });
  });

  it('a problem quoting a huge field name is cut to a readable line', async () => {
    const dir = copyOfFixtureKnowledge('icorn-long-key-');
    const file = path.join(dir, 'contact.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - id: email\n', `  - id: email\n    ? ${'k'.repeat(200_000)}\n    : red\n`));
    const { formatProblem } = await import('../../src/faq/knowledgeLoader.js');
    const lines = problemsOf(dir).map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThanOrEqual(400);
    expect(lines[0]).toMatch(/^contact\.yaml:\d+ \[email\] unknown field "kkkk.*…$/);
  });
});

describe('the running bot and hostile knowledge', () => {
  let bot: RunningBot;
  let dir: string;
  const askPhone = async () => replyTexts(await post(bot.url, userMessage("What is ICORN's phone number?", `hostile-${Math.random()}`, { channelId: 'webchat' })))[0];
  const notReloaded = (from: number) => bot.logs.slice(from).filter((line) => line.includes('knowledge not reloaded'));

  beforeAll(async () => {
    dir = copyOfFixtureKnowledge('icorn-hostile-live-');
    bot = await startBot({ KNOWLEDGE_DIR: dir, KNOWLEDGE_WATCH: 'true' });
  });
  afterAll(() => bot.close());

  it('logs one short line for 30,000 schema errors: the first 20 problems and how many more', async () => {
    const from = bot.logs.length;
    writeFileSync(path.join(dir, 'many.yaml'), manyErrors());
    const logged = await eventually(() => notReloaded(from), (lines) => lines.length > 0, 20_000);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.length).toBeLessThan(8 * 1024);
    const { msg } = JSON.parse(logged[0]!) as { msg: string };
    expect(msg.split('; ')).toHaveLength(21);
    expect(msg).toMatch(/; and 149980 more problems$/);
    expect(await askPhone()).toBe("ICORN's phone number is **+47 51507125**.");
    rmSync(path.join(dir, 'many.yaml'));
  }, 40_000);

  it('logs a link out of the folder by its name only, never the lines of the file it leads to', async () => {
    const from = bot.logs.length;
    symlinkSync(secretFile(), path.join(dir, 'evil.yaml'));
    const logged = await eventually(() => notReloaded(from), (lines) => lines.length > 0, 10_000);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('evil.yaml:1 is a link to a file outside the knowledge folder');
    expect(bot.logs.join('\n')).not.toContain(SECRET);
    rmSync(path.join(dir, 'evil.yaml'));
  }, 20_000);

  it('keeps live reload when a deploy replaces the folder (moved away, copied back), and says so once', async () => {
    const old = `${dir}.old`;
    renameSync(dir, old);
    cpSync(old, dir, { recursive: true });
    rmSync(old, { recursive: true, force: true });
    const rewatched = await eventually(() => bot.logs.filter((l) => l.includes('knowledge folder replaced')), (lines) => lines.length > 0, 10_000);
    expect(rewatched).toHaveLength(1);
    // An editor's change in the new folder is served.
    const contact = path.join(dir, 'contact.yaml');
    saveLikeAnEditor(contact, readFileSync(contact, 'utf8').replace("ICORN's phone number is **+47 51507125**.", "ICORN's phone number is **+47 22222222**."));
    expect(await eventually(askPhone, (text) => text === "ICORN's phone number is **+47 22222222**.", 10_000)).toBe("ICORN's phone number is **+47 22222222**.");
    // So is a change in the new folder's translations/.
    mkdirSync(path.join(dir, 'translations'), { recursive: true });
    saveLikeAnEditor(path.join(dir, 'translations', 'fa.yaml'), readFileSync(path.join(FIXTURE_KNOWLEDGE, '..', 'translations', 'fa.yaml'), 'utf8'));
    await eventually(() => bot.app.engine.knowledge.translations?.length ?? 0, (n) => n === 1, 10_000);
    expect(bot.app.engine.knowledge.translations?.map((t) => t.language)).toEqual(['fa']);
    expect(bot.logs.filter((l) => l.includes('knowledge folder replaced'))).toHaveLength(1);
  }, 30_000);
});

describe('start-up, the checker and shutdown with hostile knowledge', () => {
  /** A folder with a 50 MB file (it blocked the bot for minutes) and a file of 30,000 schema errors. */
  function hostileFolder(): string {
    const dir = copyOfFixtureKnowledge('icorn-hostile-');
    writeFileSync(path.join(dir, 'big.yaml'), '- x\n'.repeat((50 * MB) / 4));
    writeFileSync(path.join(dir, 'many.yaml'), manyErrors());
    return dir;
  }

  it('the bot stops at start with the first problems and a count, naming the files, in seconds', async () => {
    const { code, stderr, ms } = await run(['src/index.ts'], { PORT: '0', KNOWLEDGE_DIR: hostileFolder() });
    expect(code).toBe(1);
    const lines = stderr.split('\n').filter(Boolean);
    expect(lines[0]).toBe('The knowledge cannot be loaded:');
    expect(lines[1]).toBe('big.yaml:1 is 50 MB: a knowledge file may be at most 1 MB (split it into topics)');
    expect(lines[2]).toBe('many.yaml:3 [BAD0] missing field "title"');
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe('and 149981 more problems');
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it('npm run knowledge:check reports the same problems, capped with a count, and exits 1', async () => {
    const { code, stdout } = await run(['tools/knowledge/check.ts'], { KNOWLEDGE_DIR: hostileFolder() });
    expect(code).toBe(1);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines[0]).toBe('big.yaml:1 is 50 MB: a knowledge file may be at most 1 MB (split it into topics)');
    expect(lines).toContain('many.yaml:23 and 149950 more problems in this file (fix the ones above first)');
    expect(lines.length).toBeLessThan(60);
    expect(lines.at(-1)).toMatch(/^150001 problems \(/);
  }, 60_000);

  it('SIGTERM stops a running bot promptly after a 50 MB file lands in its folder', async () => {
    const dir = copyOfFixtureKnowledge('icorn-hostile-term-');
    const root = projectRoot();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'index.ts')], {
      cwd: root,
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', KNOWLEDGE_WATCH: 'true', KNOWLEDGE_DIR: dir, FEEDBACK_DIR: mkdtempSync(path.join(tmpdir(), 'icorn-term-')) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const logs: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => logs.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await eventually(() => logs.some((l) => l.includes('listening on')), Boolean, 30_000);
      writeFileSync(path.join(dir, 'big.yaml'), '- x\n'.repeat((50 * MB) / 4));
      await eventually(() => logs.some((l) => l.includes('knowledge not reloaded')), Boolean, 5000);
      const sent = Date.now();
      child.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
      expect(code).toBe(0);
      expect(Date.now() - sent).toBeLessThan(10_000);
      expect(logs.some((l) => l.includes('big.yaml:1 is 50 MB'))).toBe(true);
      expect(logs.some((l) => l.includes('"stopped"'))).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
