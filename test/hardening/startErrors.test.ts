import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { FIXTURE_KNOWLEDGE } from '../helpers.js';

/** Runs a command of the project to its end, as a user would from the project folder. */
function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: projectRoot(),
    env: { ...process.env, KNOWLEDGE_WATCH: 'false', KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE, FEEDBACK_DIR: mkdtempSync(path.join(tmpdir(), 'icorn-start-')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('start-up errors: one line saying what to do, no stack', () => {
  it('a port in use', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const { code, stderr } = await run(['src/index.ts'], { PORT: String(port) });
      expect(code).toBe(1);
      expect(lines(stderr)).toEqual([`Port ${port} on 127.0.0.1 is already in use (is the bot already running?): stop the other process or set PORT to a free port.`]);
    } finally {
      holder.close();
    }
  }, 30_000);

  it('the Web Chat bridge with an app id (the bot would answer its messages 401, and the user nothing)', async () => {
    const { code, stderr } = await run(['src/index.ts'], { PORT: '0', MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', WEBCHAT_BRIDGE: 'true' });
    expect(code).toBe(1);
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/^Configuration error: WEBCHAT_BRIDGE=true cannot work with MicrosoftAppId set .*DIRECT_LINE_SECRET/);
  }, 30_000);

  it('a knowledge folder that does not exist', async () => {
    const missing = path.join(tmpdir(), 'icorn-no-such-knowledge');
    const { code, stderr } = await run(['src/index.ts'], { PORT: '0', KNOWLEDGE_DIR: missing });
    expect(code).toBe(1);
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toContain(`${missing}:1 no such folder: set KNOWLEDGE_DIR`);
  }, 30_000);

  it('an evaluation without CLINC150 says where the data set comes from and its licence', async () => {
    const missing = path.join(tmpdir(), 'icorn-no-clinc', 'val.json');
    const { code, stderr } = await run(['tools/eval/evaluate.ts'], { CLINC150_FILE: missing });
    expect(code).toBe(2);
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toContain(`CLINC150 not found at ${missing}`);
    expect(stderr).toContain('clinc/oos-eval');
    expect(stderr).toContain('CC BY 3.0');
  }, 60_000);
});
