/**
 * Reads the project's Dockerfile into its stages and instructions, for `npm run deploy:check`, which
 * carries them out in a clean folder where no container engine runs. Only the instructions the
 * project's Dockerfile uses are known; any other is an error naming its line, so the Dockerfile and
 * its rehearsal cannot drift apart in silence.
 */
import { readFileSync } from 'node:fs';

export type Instruction =
  | { kind: 'WORKDIR'; line: number; dir: string }
  | { kind: 'COPY'; line: number; from?: string; sources: string[]; dest: string }
  | { kind: 'RUN'; line: number; command: string }
  | { kind: 'ENV'; line: number; values: Record<string, string> }
  | { kind: 'USER'; line: number; user: string }
  | { kind: 'VOLUME'; line: number; paths: string[] }
  | { kind: 'EXPOSE'; line: number; port: number }
  | { kind: 'HEALTHCHECK'; line: number; command: string[] }
  | { kind: 'CMD'; line: number; command: string[] };

export interface Stage {
  name: string;
  image: string;
  instructions: Instruction[];
}

export class DockerfileError extends Error {}

/** Logical lines: comments dropped, backslash continuations joined, each with its first line number. */
function logicalLines(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  let pending: { line: number; text: string } | undefined;
  text.split('\n').forEach((raw, index) => {
    const trimmed = raw.trim();
    if (!pending && (trimmed === '' || trimmed.startsWith('#'))) return;
    if (pending && trimmed.startsWith('#')) return;
    const continued = trimmed.endsWith('\\');
    const part = continued ? trimmed.slice(0, -1).trim() : trimmed;
    pending = pending ? { line: pending.line, text: `${pending.text} ${part}` } : { line: index + 1, text: part };
    if (!continued) {
      out.push(pending);
      pending = undefined;
    }
  });
  if (pending) out.push(pending);
  return out;
}

function execForm(text: string, where: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DockerfileError(`${where}: use the exec form ["node", ...] (no shell between the process and its signals)`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((part) => typeof part === 'string')) {
    throw new DockerfileError(`${where}: expected a JSON array of strings`);
  }
  return parsed as string[];
}

/** The stages of a Dockerfile, in order; the last one is the image. */
export function readDockerfile(file: string): Stage[] {
  const stages: Stage[] = [];
  for (const { line, text } of logicalLines(readFileSync(file, 'utf8'))) {
    const where = `${file}:${line}`;
    const [keyword = '', ...rest] = text.split(/\s+/);
    const args = text.slice(keyword.length).trim();
    const upper = keyword.toUpperCase();
    if (upper === 'FROM') {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!match) throw new DockerfileError(`${where}: FROM <image> [AS <name>]`);
      stages.push({ image: match[1]!, name: match[2] ?? `stage-${stages.length}`, instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new DockerfileError(`${where}: ${upper} before any FROM`);
    const add = (instruction: Instruction) => stage.instructions.push(instruction);
    switch (upper) {
      case 'WORKDIR':
        add({ kind: 'WORKDIR', line, dir: args });
        break;
      case 'COPY': {
        const flags = rest.filter((part) => part.startsWith('--'));
        const paths = rest.filter((part) => !part.startsWith('--'));
        const unknown = flags.filter((flag) => !flag.startsWith('--from='));
        if (unknown.length > 0) throw new DockerfileError(`${where}: the rehearsal does not know COPY ${unknown.join(' ')}`);
        if (paths.length < 2) throw new DockerfileError(`${where}: COPY <source>... <destination>`);
        const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
        add({ kind: 'COPY', line, from, sources: paths.slice(0, -1), dest: paths.at(-1)! });
        break;
      }
      case 'RUN':
        // A BuildKit cache mount changes where npm keeps its cache, not what the step does.
        add({ kind: 'RUN', line, command: args.replace(/^(?:--mount=\S+\s+)+/, '') });
        break;
      case 'ENV': {
        const values: Record<string, string> = {};
        for (const pair of rest) {
          const match = /^([A-Za-z_][A-Za-z0-9_]*)=(\S*)$/.exec(pair);
          if (!match) throw new DockerfileError(`${where}: ENV takes NAME=value pairs (got "${pair}")`);
          values[match[1]!] = match[2]!;
        }
        add({ kind: 'ENV', line, values });
        break;
      }
      case 'USER':
        add({ kind: 'USER', line, user: args });
        break;
      case 'VOLUME':
        add({ kind: 'VOLUME', line, paths: execForm(args, where) });
        break;
      case 'EXPOSE':
        add({ kind: 'EXPOSE', line, port: Number(args) });
        break;
      case 'HEALTHCHECK': {
        const cmd = /\bCMD\s+(\[.*\])$/.exec(args);
        if (!cmd) throw new DockerfileError(`${where}: HEALTHCHECK [options] CMD [...]`);
        add({ kind: 'HEALTHCHECK', line, command: execForm(cmd[1]!, where) });
        break;
      }
      case 'CMD':
        add({ kind: 'CMD', line, command: execForm(args, where) });
        break;
      default:
        throw new DockerfileError(`${where}: the rehearsal does not know ${upper}`);
    }
  }
  if (stages.length === 0) throw new DockerfileError(`${file}: no FROM`);
  return stages;
}
