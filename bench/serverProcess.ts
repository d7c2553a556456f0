import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The node arguments of the production start (`npm start`): the compiled bot. */
export const PRODUCTION_BOT: readonly string[] = [path.join('dist', 'src', 'index.js')];

/** The node arguments that run a TypeScript script (relative to the project root) with tsx. */
export function tsxScript(script: string): string[] {
  return ['--import', 'tsx', script];
}

/** A server running in its own process, for `npm run bench` and `npm run load`. */
export interface ServerProcess {
  port: number;
  /** Process start to `GET /healthz` 200, in milliseconds. */
  startedMs: number;
  /** Sends SIGTERM and resolves once the process has exited. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const running = new Set<ReturnType<typeof spawn>>();
// A benchmark that fails half-way leaves no server behind.
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

/**
 * Runs `node <nodeArgs>` in the project root on a free loopback port (PORT=0, LOG_LEVEL=info,
 * KNOWLEDGE_WATCH=false, a throw-away FEEDBACK_DIR, then `env`; Node's start-up warning about restify muted), finds its port in the
 * `listening on http://127.0.0.1:PORT` line it prints, and returns once `/healthz` answers 200.
 */
export async function startServer(root: string, nodeArgs: readonly string[], env: Record<string, string> = {}): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, nodeArgs, {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'info',
      KNOWLEDGE_WATCH: 'false',
      FEEDBACK_DIR: mkdtempSync(path.join(tmpdir(), 'icorn-bench-')),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));
  const name = nodeArgs.join(' ');
  const fail = (reason: string) => {
    child.kill('SIGTERM');
    return new Error(`${name} ${reason}`);
  };

  // The output is read to its end, so the server never blocks on a full pipe.
  let output = '';
  let listening = false;
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(fail(`did not say where it listens within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (listening) return;
      output += chunk.toString('utf8');
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        listening = true;
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before listening`));
    });
  });

  while (!(await healthy(port))) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited before /healthz answered 200`);
    if (performance.now() - started > START_TIMEOUT_MS) throw fail('did not answer /healthz with 200');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return {
    port,
    startedMs: performance.now() - started,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function healthy(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/healthz`).then(
    (response) => {
      void response.body?.cancel();
      return response.status === 200;
    },
    () => false,
  );
}
