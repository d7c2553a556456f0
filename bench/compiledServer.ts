import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A compiled server running in its own process, for `npm run bench` and `npm run load`. */
export interface CompiledServer {
  port: number;
  /** Process start to `GET /healthz` 200. */
  startedMs: number;
  stop(): void;
}

/**
 * Starts `dist/src/<script>` with `args` on a free loopback port (no knowledge watching, a
 * throw-away feedback folder, room for many requests at once) and returns once `/healthz` answers 200.
 */
export async function startCompiledServer(root: string, script: string, args: readonly string[] = []): Promise<CompiledServer> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', path.join(root, 'dist', 'src', script), ...args], {
    cwd: root,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', KNOWLEDGE_WATCH: 'false', FEEDBACK_DIR: mkdtempSync(path.join(tmpdir(), 'icorn-bench-')), MAX_IN_FLIGHT: '1024' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(chunk.toString('utf8'));
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`${script} exited (${code}) before listening`)));
  });
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { port, startedMs: performance.now() - started, stop: () => child.kill('SIGTERM') };
}
