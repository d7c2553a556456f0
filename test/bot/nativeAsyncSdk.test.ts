import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sdkRunsNativeAsync } from '../../src/bot/adapter.js';
import { NativeAsyncError, patchSdk, sdkPackages, toNativeAsync } from '../../src/bot/nativeAsyncSdk.js';
import { projectRoot } from '../../src/paths.js';

/** TypeScript's ES2015 output, the form the SDK ships in. */
function es2015(source: string): string {
  return ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2015, module: ts.ModuleKind.CommonJS } }).outputText;
}

/** Runs a CommonJS module's `run(log)` and reports what it resolved to or rejected with, and what it logged. */
async function outcome(code: string): Promise<{ settled: string; log: string[] }> {
  const module = { exports: {} as { run: (log: string[]) => Promise<unknown> } };
  new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(import.meta.url));
  const log: string[] = [];
  const settled = await module.exports.run(log).then(
    (value) => `resolved ${JSON.stringify(value)}`,
    (error: unknown) => `rejected ${(error as Error).message}`,
  );
  return { settled, log };
}

// Each program is compiled as the SDK is, rewritten, and must behave the same both ways.
const programs: Array<[string, string]> = [
  [
    'this, and a chain of awaits in a method',
    `class Counter { n = 1; async add(k: number) { await null; this.n += k; return this.n; } }
     export async function run(log: string[]) { const c = new Counter(); log.push(String(await c.add(2))); return await c.add(await Promise.resolve(3)); }`,
  ],
  [
    'arguments',
    `export async function run(log: string[]) { return inner(log, 'a', 'b'); }
     async function inner(..._all: unknown[]) { await null; return arguments.length; }`,
  ],
  [
    'default and rest parameters',
    `async function f(a: number, { b } = { b: 2 }, ...rest: number[]) { await 0; return a + b + rest.length; }
     export async function run(log: string[]) { log.push(String(await f(1))); return f(1, { b: 5 }, 7, 8); }`,
  ],
  [
    'an await whose operand holds operators that bind looser than await',
    `export async function run(log: string[]) { const zero = 0; const one = Promise.resolve(1); const x = (await (zero || one)) + 1; const y = await (zero ? one : 5); return [x, y, await (zero, one)]; }`,
  ],
  [
    'super in an async method',
    `class Base { async value() { await null; return 1; } }
     class Child extends Base { override async value() { return (await super.value()) + 1; } }
     export async function run(log: string[]) { return new Child().value(); }`,
  ],
  [
    'try, catch and finally around a rejected await',
    `export async function run(log: string[]) {
       try { log.push('try'); await Promise.reject(new Error('no')); log.push('not reached'); }
       catch (e) { log.push('caught ' + (e as Error).message); }
       finally { await null; log.push('finally'); }
       return 'after';
     }`,
  ],
  [
    'a throw before the first await rejects, it does not throw',
    `async function f(): Promise<number> { throw new Error('early'); }
     export async function run(log: string[]) { const p = f(); log.push('called'); return p; }`,
  ],
  [
    'an async arrow function inside an async function',
    `class Box { v = 4; async twice() { const get = async () => { await null; return this.v; }; return (await get()) + (await get()); } }
     export async function run(log: string[]) { return new Box().twice(); }`,
  ],
  [
    'a thenable',
    `export async function run(log: string[]) { return await ({ then(resolve: (v: number) => void) { resolve(7); } } as unknown as Promise<number>); }`,
  ],
  [
    "the code's own generators",
    `function* numbers() { yield 1; yield 2; }
     export async function run(log: string[]) { await null; return [...numbers()]; }`,
  ],
  [
    'an await in a loop',
    `export async function run(log: string[]) { let sum = 0; for (const n of [1, 2, 3]) sum += await Promise.resolve(n); return sum; }`,
  ],
];

describe('SDK rewritten into native async functions', () => {
  it.each(programs)('%s: the same result and the same steps', async (_name, source) => {
    const compiled = es2015(source);
    expect(compiled).toContain('__awaiter(');
    const rewritten = toNativeAsync(compiled, 'program.js');
    expect(rewritten.rewritten).toBeGreaterThan(0);
    expect(rewritten.code).not.toContain('__awaiter(');
    expect(await outcome(rewritten.code)).toEqual(await outcome(compiled));
  });

  it('keeps the whole operand of a yield that TypeScript left unparenthesised', async () => {
    const helper = es2015('export async function unused() {}').split('Object.defineProperty')[0] as string;
    const compiled = `${helper}
      module.exports.run = function (log) {
        return __awaiter(this, void 0, void 0, function* () {
          const zero = 0;
          const first = yield zero || Promise.resolve(2);
          log.push(String(yield zero ? 0 : 3));
          return first + (yield, 1);
        });
      };`;
    const rewritten = toNativeAsync(compiled, 'program.js');
    expect(rewritten.code).toContain('(await ( zero || Promise.resolve(2)))');
    expect(await outcome(rewritten.code)).toEqual(await outcome(compiled));
    expect(await outcome(rewritten.code)).toEqual({ settled: 'resolved 3', log: ['3'] });
  });

  it("leaves the code's own generators as generators", () => {
    const { code } = toNativeAsync(es2015(programs.find(([name]) => name === "the code's own generators")![1]), 'program.js');
    expect(code).toContain('function* numbers()');
    expect(code).toContain('async function');
  });

  it('leaves code without __awaiter untouched', () => {
    const code = 'function* g() { yield 1; }\nmodule.exports = g;\n';
    expect(toNativeAsync(code)).toEqual({ code, rewritten: 0 });
  });

  it('refuses a shape it does not know, naming the file and line', () => {
    const code = 'var __awaiter = function () {};\n\nfunction f() { return __awaiter(this, void 0, MyPromise, function* () { yield 1; }); }\n';
    expect(() => toNativeAsync(code, 'lib/odd.js')).toThrow(NativeAsyncError);
    expect(() => toNativeAsync(code, 'lib/odd.js')).toThrow('lib/odd.js:3: __awaiter with its own promise type');
  });
});

describe('patching installed packages', () => {
  const awaiterModule = es2015('export async function twice(n: number) { return (await Promise.resolve(n)) * 2; }');

  function fakeModules(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'icorn-sdk-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write('botbuilder-core/package.json', JSON.stringify({ version: '4.23.3' }));
    write('botbuilder-core/lib/a.js', awaiterModule);
    write('botbuilder-core/lib/inner/b.js', awaiterModule);
    write('botbuilder-stdlib/package.json', JSON.stringify({ version: '4.23.3-internal' }));
    write('botbuilder-stdlib/lib/retry.js', awaiterModule);
    write('botbuilder-dialogs/package.json', JSON.stringify({ version: '4.23.3' }));
    write('botbuilder-dialogs/lib/odd.js', 'function f() { return __awaiter(this, void 0, MyPromise, function* () { yield 1; }); }\n');
    write('botframework-webchat/package.json', JSON.stringify({ version: '4.18.1' }));
    write('botframework-webchat/lib/c.js', awaiterModule);
    write('other/package.json', JSON.stringify({ version: '4.23.3' }));
    write('other/lib/d.js', awaiterModule);
    return root;
  }

  it('rewrites the SDK release only, reports what it could not rewrite, and runs again as a no-op', async () => {
    const root = fakeModules();
    const first = patchSdk(root);
    expect(first.packages).toEqual(['botbuilder-core', 'botbuilder-dialogs', 'botbuilder-stdlib']);
    expect(first.files).toBe(3);
    expect(first.skipped).toEqual([expect.stringContaining(`${path.join('botbuilder-dialogs', 'lib', 'odd.js')}:1: __awaiter with its own promise type`)]);
    for (const file of ['botbuilder-core/lib/a.js', 'botbuilder-core/lib/inner/b.js', 'botbuilder-stdlib/lib/retry.js']) {
      expect(readFileSync(path.join(root, file), 'utf8')).not.toContain('__awaiter(');
    }
    expect(readFileSync(path.join(root, 'botframework-webchat/lib/c.js'), 'utf8')).toBe(awaiterModule);
    expect(readFileSync(path.join(root, 'other/lib/d.js'), 'utf8')).toBe(awaiterModule);
    expect(readFileSync(path.join(root, 'botbuilder-dialogs/lib/odd.js'), 'utf8')).toContain('MyPromise');
    // The rewritten module still works, and no temporary file is left behind.
    const { twice } = createRequire(import.meta.url)(path.join(root, 'botbuilder-core/lib/a.js')) as { twice: (n: number) => Promise<number> };
    expect(await twice(21)).toBe(42);
    expect(readdirSync(path.join(root, 'botbuilder-core/lib')).sort()).toEqual(['a.js', 'inner']);

    const second = patchSdk(root);
    expect(second.files).toBe(0);
    expect(second.functions).toBe(0);
  });

  it('finds nothing to rewrite in a folder without the SDK', () => {
    expect(patchSdk(mkdtempSync(path.join(tmpdir(), 'icorn-empty-'))).packages).toEqual([]);
  });
});

describe('the installed SDK', () => {
  // `npm ci` runs the rewrite as the project's postinstall step; this fails if it did not run.
  it('runs native async functions (npm run sdk:native-async)', async () => {
    expect(sdkRunsNativeAsync()).toBe(true);
    const nodeModules = path.join(projectRoot(), 'node_modules');
    const packages = sdkPackages(nodeModules);
    expect(packages.map((p) => p.name)).toContain('botbuilder-core');
    const left = packages.flatMap((p) => p.files).filter((file) => readFileSync(file, 'utf8').includes('__awaiter('));
    expect(left).toEqual([]);
  });
});
