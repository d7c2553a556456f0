/**
 * The Bot Framework SDK 4.23.3 is compiled for ES2015: every `async` method is a generator run by
 * TypeScript's `__awaiter` helper, with a new generator function made on every call. V8 gives each
 * such function its own object map in the old generation, which keeps the turn's objects alive
 * until the next full collection (TypeScript issue #36056). Measured on this bot: a fifth of each
 * turn's allocations survived into the old generation and young collections took a quarter of the
 * CPU. The SDK is archived, so no fixed release will come; this rewrites its compiled files into
 * the native `async` functions their TypeScript sources declare, once, after `npm install`.
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type Node } from 'acorn';
import { ancestor } from 'acorn-walk';
import MagicString from 'magic-string';

/** The SDK release whose compiled output this rewrite is written for. */
export const SDK_VERSION = '4.23.3';

/** A compiled file the rewrite does not understand: it is left as it was. */
export class NativeAsyncError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'NativeAsyncError';
  }
}

interface Located {
  start: number;
  end: number;
  loc?: { start: { line: number } } | null;
}

type AnyNode = Node & Located & Record<string, unknown>;

const FUNCTIONS = new Set(['FunctionExpression', 'FunctionDeclaration', 'ArrowFunctionExpression']);

/**
 * Rewrites `__awaiter(thisArg, args, void 0, function* (...) { ... yield x ... })`, exactly as
 * TypeScript emits it, into `(async function (...) { ... await (x) ... }).call(thisArg)` (or
 * `.apply(thisArg, args)`). Generators of the code's own stay generators. Returns the code as it
 * was when there is nothing to rewrite; throws `NativeAsyncError` on a shape it does not know.
 */
export function toNativeAsync(code: string, file = '<code>'): { code: string; rewritten: number } {
  if (!code.includes('__awaiter(')) return { code, rewritten: 0 };
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'script', locations: true, allowHashBang: true, allowReturnOutsideFunction: true });
  const out = new MagicString(code);
  const fail = (node: Located, reason: string) => new NativeAsyncError(file, node.loc?.start.line ?? 0, reason);
  const converted = new Set<Node>();
  ancestor(ast, {
    CallExpression(node) {
      const call = node as unknown as AnyNode & { callee: AnyNode; arguments: AnyNode[] };
      if (call.callee.type !== 'Identifier' || call.callee['name'] !== '__awaiter') return;
      const [thisArg, args, promise, body] = call.arguments;
      if (!thisArg || !args || !promise || !body || call.arguments.length !== 4) throw fail(call, '__awaiter without its four arguments');
      if (body.type !== 'FunctionExpression' || body['generator'] !== true || body['async'] === true) throw fail(call, '__awaiter of something other than a generator function');
      if (!isVoid(promise)) throw fail(call, '__awaiter with its own promise type');
      if (code.slice(body.start, body.start + 9) !== 'function*') throw fail(call, 'a named or spaced generator function');
      const thisSource = code.slice(thisArg.start, thisArg.end);
      out.overwrite(call.start, body.start, '(');
      out.overwrite(body.start, body.start + 9, 'async function');
      out.overwrite(body.end, call.end, isVoid(args) ? `).call(${thisSource})` : `).apply(${thisSource}, ${code.slice(args.start, args.end)})`);
      converted.add(body);
    },
  });
  ancestor(ast, {
    YieldExpression(node, _state, ancestors) {
      const owner = [...ancestors].reverse().find((a) => a !== node && FUNCTIONS.has(a.type));
      if (!owner || !converted.has(owner)) return;
      const expression = node as unknown as AnyNode & { argument: AnyNode | null; delegate: boolean };
      if (expression.delegate) throw fail(expression, 'yield* inside an __awaiter body');
      if (!expression.argument) {
        out.overwrite(expression.start, expression.end, '(await undefined)');
        return;
      }
      // `yield` binds looser than `await`: the operand keeps its own extent in parentheses.
      out.overwrite(expression.start, expression.start + 5, '(await (');
      out.appendLeft(expression.end, '))');
    },
  });
  return { code: out.toString(), rewritten: converted.size };
}

function isVoid(node: AnyNode): boolean {
  return node.type === 'UnaryExpression' && node['operator'] === 'void';
}

/** What `patchSdk` did. */
export interface PatchReport {
  packages: string[];
  files: number;
  functions: number;
  /** Files left as they were, with the reason. */
  skipped: string[];
}

/** The installed Bot Framework SDK packages of `SDK_VERSION` in `nodeModules`, with their compiled files. */
export function sdkPackages(nodeModules: string): Array<{ name: string; files: string[] }> {
  const found: Array<{ name: string; files: string[] }> = [];
  for (const name of readdirSync(nodeModules).sort()) {
    if (!/^(?:botbuilder|botframework-)/.test(name)) continue;
    const root = path.join(nodeModules, name);
    const lib = path.join(root, 'lib');
    let version: string | undefined;
    try {
      version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string }).version;
    } catch {
      continue;
    }
    // Its helper packages carry the release with a tag ("4.23.3-internal", "4.23.3-preview").
    if (version?.split('-')[0] !== SDK_VERSION || !isDirectory(lib)) continue;
    found.push({ name, files: javascriptFiles(lib) });
  }
  return found;
}

/**
 * Rewrites the compiled files of every installed Bot Framework SDK package of `SDK_VERSION` in
 * `nodeModules`. Safe to run again: rewritten files have nothing left to rewrite. A file it cannot
 * rewrite is left as it was (it still works, only slower) and reported.
 */
export function patchSdk(nodeModules: string): PatchReport {
  const report: PatchReport = { packages: [], files: 0, functions: 0, skipped: [] };
  for (const { name, files } of sdkPackages(nodeModules)) {
    report.packages.push(name);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      let result: { code: string; rewritten: number };
      try {
        result = toNativeAsync(code, path.relative(nodeModules, file));
      } catch (error) {
        report.skipped.push((error as Error).message);
        continue;
      }
      if (result.rewritten === 0) continue;
      // Written whole or not at all: an interrupted install never leaves half a file.
      const temporary = `${file}.native-async-${process.pid}`;
      writeFileSync(temporary, result.code);
      renameSync(temporary, file);
      report.files += 1;
      report.functions += result.rewritten;
    }
  }
  return report;
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function javascriptFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') files.push(...javascriptFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.js')) files.push(full);
  }
  return files;
}
