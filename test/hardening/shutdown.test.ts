import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { FIXTURE_KNOWLEDGE, userMessage } from '../helpers.js';

/** The bot as `npm start` runs it, in a child process, with its log lines. */
async function startProcess(env: Record<string, string> = {}): Promise<{ child: ChildProcess; port: number; logs: string[]; exited: Promise<{ code: number | null; at: number }> }> {
  const root = projectRoot();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'index.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', KNOWLEDGE_WATCH: 'false', KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE, FEEDBACK_DIR: mkdtempSync(path.join(tmpdir(), 'icorn-stop-')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: Date.now() })));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        logs.push(line);
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
        if (match) resolve(Number(match[1]));
      }
    });
    child.on('exit', () => reject(new Error(`the bot exited before listening: ${logs.join('\n')}`)));
  });
  return { child, port, logs, exited };
}

/** A request whose body arrives in two parts, `gapMs` apart: a turn in flight for that long. */
function slowRequest(port: number, body: string): { socket: Socket; finish(): void; response: Promise<string> } {
  const socket = connect(port, '127.0.0.1');
  const half = Math.floor(body.length / 2);
  socket.write(`POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`);
  let out = '';
  socket.on('data', (chunk) => (out += chunk.toString('utf8')));
  const response = new Promise<string>((resolve) => {
    socket.on('close', () => resolve(out));
    socket.on('error', () => resolve(out));
  });
  return { socket, finish: () => socket.write(body.slice(half)), response };
}

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting, finishes the turn in flight, and exits soon after it', async () => {
    const { child, port, logs, exited } = await startProcess();
    // An idle keep-alive connection must not hold the process up.
    const idle = connect(port, '127.0.0.1');
    await new Promise((resolve) => idle.on('connect', resolve));
    const inFlight = slowRequest(port, JSON.stringify(userMessage('How do I contact ICORN?', 'conv-stop', { channelId: 'webchat' })));
    await new Promise((resolve) => setTimeout(resolve, 200));

    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => `answered ${r.status}`,
      () => 'refused',
    );
    expect(refused).toBe('refused');
    expect(child.exitCode).toBeNull();

    const finishedAt = Date.now();
    inFlight.finish();
    const response = await inFlight.response;
    expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(response).toMatch(/connection: close/i);
    expect(response).toContain('icorn@icorn.org');
    const { code, at } = await exited;
    expect(code).toBe(0);
    expect(at - finishedAt).toBeLessThan(2000);
    expect(logs.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
    idle.destroy();
  }, 30_000);

  it('with an open Web Chat stream, ends it with a shutdown event and exits 0 at once, with no false "turns still running"', async () => {
    const { child, port, logs, exited } = await startProcess({ SHUTDOWN_TIMEOUT_MS: '8000' });
    const url = `http://127.0.0.1:${port}`;
    const created = (await (await fetch(`${url}/directline/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    const stream = await fetch(`${url}/directline/conversations/${created.conversationId}/stream?t=${encodeURIComponent(created.token)}`);
    expect(stream.status).toBe(200);
    let text = '';
    const read = (async () => {
      for await (const chunk of stream.body!) text += Buffer.from(chunk as Uint8Array).toString('utf8');
    })().catch(() => undefined);
    // The welcome has arrived: the stream is open and idle.
    while (!text.includes('"text"')) await new Promise((resolve) => setTimeout(resolve, 50));

    const killedAt = Date.now();
    child.kill('SIGTERM');
    const { code, at } = await exited;
    await read;
    expect(code).toBe(0);
    expect(at - killedAt).toBeLessThan(4000);
    expect(text).toContain('event: shutdown');
    expect(logs.some((l) => l.includes('turns still running'))).toBe(false);
    expect(logs.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
  }, 30_000);

  it('cuts off a stuck turn at the deadline', async () => {
    const { child, port, exited } = await startProcess({ SHUTDOWN_TIMEOUT_MS: '1000' });
    const stuck = slowRequest(port, JSON.stringify(userMessage('phone', 'conv-stuck')));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const killedAt = Date.now();
    child.kill('SIGTERM');
    const { code, at } = await exited;
    expect(code).toBe(1);
    expect(at - killedAt).toBeGreaterThanOrEqual(900);
    expect(at - killedAt).toBeLessThan(3000);
    stuck.socket.destroy();
  }, 30_000);
});
