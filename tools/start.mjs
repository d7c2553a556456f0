// `npm start`: compile first when the compiler is installed (incremental, so an unchanged tree costs
// little), then run the bot in this same process, so signals reach it. A production install has no
// compiler and runs the `dist/` it was given. (Not a `prestart` hook: the project's .npmrc sets
// ignore-scripts, under which npm runs no pre- or post-scripts.)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist', 'src', 'index.js');
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  tsc = undefined;
}
if (tsc) {
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
} else if (!existsSync(entry)) {
  console.error('dist/src/index.js is missing and TypeScript is not installed: run `npm ci && npm run build` first.');
  process.exit(1);
}
await import(pathToFileURL(entry).href);
