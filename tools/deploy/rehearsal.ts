/**
 * Carries out the Dockerfile's steps in a clean folder (no container engine needed), then starts the
 * image's command as the image would: its environment only, an unprivileged user when run as root,
 * and each Node.js binary asked for. For each start it checks the health check, an answer, the Web
 * Chat bundle, and that SIGTERM ends the bot with its "stopped" line within the shutdown timeout.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { freePort } from '../freePort.js';
import { readDockerfile, type Instruction, type Stage } from './dockerfile.js';

/** Where the image's WORKDIR is; every stage in the project's Dockerfile works there. */
const WORKDIR = '/app';
/** Who the bot runs as, when the rehearsal runs as root (the image has its own unprivileged `node`). */
const NOBODY = 65534;

export interface StageResult {
  name: string;
  dir: string;
  /** Output lines of npm that start with "npm warn". */
  npmWarnings: string[];
}

export interface Image {
  /** The runtime stage's folder: what the image's /app holds. */
  dir: string;
  env: Record<string, string>;
  user?: string;
  volumes: string[];
  exposed?: number;
  healthcheck?: string[];
  command: string[];
  stages: StageResult[];
  /** Folders the Dockerfile hands to the image's user. */
  owned: string[];
}

export class RehearsalError extends Error {}

function inWorkdir(stageDir: string, target: string): string {
  const relative = target.startsWith('/') ? path.posix.relative(WORKDIR, target) : target;
  if (relative.startsWith('..')) throw new RehearsalError(`${target} is outside ${WORKDIR}`);
  return path.join(stageDir, relative);
}

/** Runs one stage's instructions in its own folder; returns what the runtime stage needs. */
function runStage(stage: Stage, root: string, project: string, built: Map<string, string>, node: string, log: (line: string) => void): Image {
  const dir = path.join(root, stage.name);
  mkdirSync(dir, { recursive: true });
  const image: Image = { dir, env: {}, volumes: [], command: [], stages: [], owned: [] };
  const warnings: string[] = [];
  for (const instruction of stage.instructions) {
    apply(instruction);
  }
  image.stages.push({ name: stage.name, dir, npmWarnings: warnings });
  return image;

  function apply(step: Instruction): void {
    const where = `Dockerfile:${step.line}`;
    switch (step.kind) {
      case 'WORKDIR':
        if (step.dir !== WORKDIR) throw new RehearsalError(`${where}: the rehearsal expects WORKDIR ${WORKDIR}`);
        return;
      case 'COPY': {
        const base = step.from ? built.get(step.from) : project;
        if (!base) throw new RehearsalError(`${where}: no earlier stage named ${step.from}`);
        const intoFolder = step.dest.endsWith('/') || step.sources.length > 1;
        for (const source of step.sources) {
          const from = step.from ? inWorkdir(base, source) : path.join(base, source);
          if (!existsSync(from)) throw new RehearsalError(`${where}: ${source} does not exist`);
          const to = intoFolder ? path.join(inWorkdir(dir, step.dest), path.basename(source)) : inWorkdir(dir, step.dest);
          cpSync(from, to, { recursive: true });
        }
        return;
      }
      case 'RUN':
        return run(step.command, where);
      case 'ENV':
        Object.assign(image.env, step.values);
        return;
      case 'USER':
        image.user = step.user;
        return;
      case 'VOLUME':
        image.volumes.push(...step.paths);
        return;
      case 'EXPOSE':
        image.exposed = step.port;
        return;
      case 'HEALTHCHECK':
        image.healthcheck = step.command;
        return;
      case 'CMD':
        image.command = step.command;
        return;
    }
  }

  function run(command: string, where: string): void {
    const install = /^install -d -o (\S+) -g (\S+) (.+)$/.exec(command);
    if (install) {
      for (const folder of install[3]!.split(/\s+/)) {
        mkdirSync(inWorkdir(dir, folder), { recursive: true });
        image.owned.push(inWorkdir(dir, folder));
      }
      return;
    }
    if (!/^npm (ci|run) /.test(command)) throw new RehearsalError(`${where}: the rehearsal does not know RUN ${command}`);
    log(`  ${stage.name}$ ${command}`);
    // npm itself runs on the Node.js being rehearsed, as it does in the image.
    const result = spawnSync('sh', ['-c', command], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...image.env, PATH: `${path.dirname(node)}:${process.env['PATH'] ?? ''}`, CI: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${result.stdout}${result.stderr}`;
    warnings.push(...output.split('\n').filter((line) => line.startsWith('npm warn')));
    if (result.status !== 0) throw new RehearsalError(`${where}: \`${command}\` failed (exit ${result.status}):\n${output.trim().split('\n').slice(-15).join('\n')}`);
  }
}

/** Builds every stage in order, in a fresh folder under the system's temporary folder. */
export function buildImage(project: string, node: string, log: (line: string) => void = () => undefined): Image {
  const stages = readDockerfile(path.join(project, 'Dockerfile'));
  const root = mkdtempSync(path.join(tmpdir(), 'icorn-image-'));
  // mkdtemp makes a private folder: let the unprivileged user reach the image inside it.
  chmodSync(root, 0o755);
  const built = new Map<string, string>();
  const results: StageResult[] = [];
  let image: Image | undefined;
  for (const stage of stages) {
    image = runStage(stage, root, project, built, node, log);
    built.set(stage.name, image.dir);
    results.push(...image.stages);
  }
  image!.stages = results;
  return image!;
}

/** Megabytes a folder takes on disk (apparent size of its files). */
export function sizeInMegabytes(dir: string): number {
  let bytes = 0;
  const visit = (p: string) => {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
    else bytes += stat.size;
  };
  visit(dir);
  return Math.round(bytes / 1024 / 1024);
}


export interface StartResult {
  node: string;
  version: string;
  /** Milliseconds from the start to the first healthy /healthz. */
  healthyMs: number;
  /** Milliseconds from SIGTERM to the process's exit. */
  stopMs: number;
  answer: string;
  bundleBytes: number;
  /** The user id the bot ran as. */
  uid: number;
}

/**
 * Starts the image's command with one Node.js binary, as `docker run` would, and checks it. The
 * environment is the image's alone (the caller's settings and `.env` do not leak in).
 */
export async function startImage(image: Image, node: string): Promise<StartResult> {
  if (image.command[0] !== 'node') throw new RehearsalError(`CMD must start the bot with node directly, not ${image.command[0]}`);
  for (const volume of image.volumes) {
    if (!existsSync(inWorkdir(image.dir, volume))) throw new RehearsalError(`VOLUME ${volume} does not exist in the image`);
  }
  if (image.exposed !== undefined && String(image.exposed) !== image.env['PORT']) throw new RehearsalError(`EXPOSE ${image.exposed} is not the image's PORT (${image.env['PORT']})`);
  const asRoot = process.getuid?.() === 0;
  const uid = asRoot && image.user && image.user !== 'root' ? NOBODY : (process.getuid?.() ?? 0);
  if (asRoot) for (const folder of image.owned) chownSync(folder, uid, uid);

  const port = await freePort();
  const env = { ...image.env, PORT: String(port), PATH: `${path.dirname(node)}:/usr/bin:/bin`, HOME: image.dir };
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const started = Date.now();
  const child = spawn(node, image.command.slice(1), { cwd: image.dir, env, uid, gid: uid, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const base = `http://127.0.0.1:${port}`;
    const healthyMs = await waitHealthy(base, child, lines, started);
    await runHealthcheck(image, node, env, uid);
    const answer = await ask(base, 'What is ICORN?');
    const expected = loadKnowledge(path.join(image.dir, 'knowledge')).entries.find((entry) => entry.id === 'what-is-icorn')?.answer;
    if (!expected || answer !== expected) throw new RehearsalError(`"What is ICORN?" got ${JSON.stringify(answer.slice(0, 120))}, not the what-is-icorn answer`);
    const bundle = await fetch(`${base}/webchat/webchat.js`);
    const bundleBytes = (await bundle.arrayBuffer()).byteLength;
    if (bundle.status !== 200 || bundleBytes < 1_000_000) throw new RehearsalError(`GET /webchat/webchat.js answered ${bundle.status} with ${bundleBytes} bytes`);
    const page = await fetch(`${base}/`);
    if (page.status !== 200) throw new RehearsalError(`GET / answered ${page.status}`);

    const timeout = Number(image.env['SHUTDOWN_TIMEOUT_MS'] ?? 10_000);
    const signalled = Date.now();
    child.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), timeout + 1000))]);
    const stopMs = Date.now() - signalled;
    if (code === 'late') throw new RehearsalError(`still running ${timeout + 1000} ms after SIGTERM`);
    if (code !== 0) throw new RehearsalError(`exited with ${code} after SIGTERM:\n${lines.slice(-5).join('\n')}`);
    if (!lines.some((line) => line.includes('"msg":"stopped"'))) throw new RehearsalError('no "stopped" log line after SIGTERM');
    return { node, version, healthyMs, stopMs, answer, bundleBytes, uid };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

async function waitHealthy(base: string, child: ChildProcess, lines: string[], started: number): Promise<number> {
  while (Date.now() - started < 30_000) {
    if (child.exitCode !== null) throw new RehearsalError(`the bot exited with ${child.exitCode} before it was healthy:\n${lines.slice(-5).join('\n')}`);
    const ok = await fetch(`${base}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new RehearsalError(`not healthy within 30 s:\n${lines.slice(-5).join('\n')}`);
}

async function runHealthcheck(image: Image, node: string, env: Record<string, string>, uid: number): Promise<void> {
  if (!image.healthcheck) throw new RehearsalError('the image has no HEALTHCHECK');
  const [program, ...args] = image.healthcheck;
  const result = spawnSync(program === 'node' ? node : program!, args, { cwd: image.dir, env, uid, gid: uid, encoding: 'utf8', timeout: 5000 });
  if (result.status !== 0) throw new RehearsalError(`HEALTHCHECK failed (exit ${result.status}): ${result.stderr.trim()}`);
}

async function ask(base: string, text: string): Promise<string> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      text,
      channelId: 'webchat',
      serviceUrl: base,
      conversation: { id: 'deploy-check' },
      from: { id: 'deploy-check' },
      recipient: { id: 'bot' },
      deliveryMode: 'expectReplies',
    }),
  });
  if (response.status !== 200) throw new RehearsalError(`POST /api/messages answered ${response.status}`);
  const body = (await response.json()) as { activities?: Array<{ type: string; text?: string }> };
  return body.activities?.find((activity) => activity.type === 'message')?.text ?? '';
}
