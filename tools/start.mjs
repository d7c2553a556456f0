// `npm start`: runs the built bot (dist/src/index.js) in this same process. In a development
// checkout it builds first when dist/ is missing or older than the sources; a production install
// (no TypeScript, no src/) just runs what it was given. Production and containers start the bot with
// `node dist/src/index.js` instead, so no npm or shell sits between the bot and the signals it gets.
// (Not a `prestart` script: the project's .npmrc sets ignore-scripts, under which npm runs no pre- or
// post-scripts.)
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist', 'src', 'index.js');
const stamp = path.join(root, 'dist', '.build-stamp');

/** The newest modification time of the sources the build compiles, or 0 where there are none. */
function newestSource() {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of ['src', 'dialogs', 'tsconfig.json', 'tsconfig.build.json']) visit(path.join(root, p));
  return newest;
}

function hasCompiler() {
  try {
    createRequire(import.meta.url).resolve('typescript/bin/tsc');
    return true;
  } catch {
    return false;
  }
}

const missing = !existsSync(entry) || !existsSync(path.join(root, 'dist', 'public', 'webchat.js'));
const stale = !missing && (!existsSync(stamp) || newestSource() > statSync(stamp).mtimeMs);
if ((missing || stale) && hasCompiler()) {
  console.error(missing ? 'dist/ is missing: building it first (npm run build).' : 'the sources changed since the last build: building first (npm run build).');
  const { build } = await import('./build.mjs');
  build();
} else if (missing) {
  console.error('dist/src/index.js is missing and TypeScript is not installed: build with `npm ci && npm run build` first.');
  process.exit(1);
}
await import(pathToFileURL(entry).href);
