// `npm start` in a development checkout: compile first when the compiler is installed (it is
// incremental, so an unchanged tree costs little). A production install has no compiler and runs
// the `dist/` it was given; without one it says how to make it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc');
} catch {
  tsc = undefined;
}
if (tsc) {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
} else if (!existsSync('dist/src/index.js')) {
  console.error('dist/src/index.js is missing and TypeScript is not installed: run `npm ci && npm run build` first.');
  process.exit(1);
}
