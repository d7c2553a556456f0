import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { DockerfileError, readDockerfile, type Instruction, type Stage } from '../../tools/deploy/dockerfile.js';

/**
 * What the image must be, read from the project's Dockerfile. `npm run deploy:check` (run by
 * .ci/run) carries the same file out in a clean folder and starts it; no container engine runs here.
 */
const stages = readDockerfile(path.join(projectRoot(), 'Dockerfile'));
const runtime = stages.at(-1)!;
const of = <K extends Instruction['kind']>(stage: Stage, kind: K) => stage.instructions.filter((i): i is Extract<Instruction, { kind: K }> => i.kind === kind);
const env = Object.assign({}, ...of(runtime, 'ENV').map((i) => i.values)) as Record<string, string>;

describe('the Dockerfile', () => {
  it('builds with the dev dependencies and runs with production ones only, from the compiled bot', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'runtime']);
    expect(of(stages[0]!, 'RUN').map((i) => i.command)).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
    expect(of(runtime, 'RUN').map((i) => i.command)).toContain('npm ci --omit=dev --no-audit --no-fund');
    const copies = of(runtime, 'COPY').map((i) => `${i.from ?? ''}:${i.sources.join(',')}`);
    expect(copies).toContain('build:/app/dist');
    expect(copies.some((c) => /(^|[:,])(src|dialogs|tools)\b/.test(c))).toBe(false);
  });

  it('runs the bot itself as the main process, as a user that is not root', () => {
    expect(of(runtime, 'CMD').at(-1)?.command).toEqual(['node', 'dist/src/index.js']);
    const user = of(runtime, 'USER').at(-1)?.user;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
  });

  it('listens on every interface, checks its health on /healthz, and keeps knowledge and feedback in volumes', () => {
    expect(env['HOST']).toBe('0.0.0.0');
    expect(of(runtime, 'EXPOSE').map((i) => String(i.port))).toEqual([env['PORT']]);
    expect(of(runtime, 'HEALTHCHECK').at(-1)?.command.join(' ')).toContain('/healthz');
    const volumes = of(runtime, 'VOLUME').flatMap((i) => i.paths);
    expect(volumes).toContain('/app/knowledge');
    expect(volumes).toContain(env['FEEDBACK_DIR']);
    // Graceful stop inside docker stop's default 10 s grace period.
    expect(Number(env['SHUTDOWN_TIMEOUT_MS'])).toBeLessThan(10_000);
  });

  it('is read strictly: an instruction the rehearsal does not know names its line', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'icorn-dockerfile-')), 'Dockerfile');
    writeFileSync(file, 'FROM node:24 AS build\n# a comment\nWORKDIR /app\nADD https://example.com/x.tgz /app/\n');
    expect(() => readDockerfile(file)).toThrow(DockerfileError);
    expect(() => readDockerfile(file)).toThrow(`${file}:4: the rehearsal does not know ADD`);
    writeFileSync(file, 'FROM node:24\nCMD node dist/src/index.js\n');
    expect(() => readDockerfile(file)).toThrow(/:2: use the exec form/);
  });
});
