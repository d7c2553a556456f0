// `npm run build`: compiles src/ and dialogs/ to dist/ (incremental), then copies Web Chat's
// self-contained bundle to dist/public/webchat.js. botframework-webchat (with React and a speech
// SDK, about 160 MiB) is then a dev dependency only: a production install serves the copied file.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Where the build puts Web Chat's bundle (src/webchat/routes.ts reads it from there). */
export const BUILT_WEBCHAT_BUNDLE = path.join(root, 'dist', 'public', 'webchat.js');

/** Written last by a build that succeeded: `npm start` rebuilds when a source is newer. */
export const BUILD_STAMP = path.join(root, 'dist', '.build-stamp');

/** The bundle inside the installed botframework-webchat package. */
function installedWebChatBundle() {
  // The package's "exports" hide its files, so find its folder from its entry point.
  let dir = path.dirname(require.resolve('botframework-webchat'));
  while (!existsSync(path.join(dir, 'dist', 'webchat.js'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('botframework-webchat is installed without dist/webchat.js');
    dir = parent;
  }
  return path.join(dir, 'dist', 'webchat.js');
}

export function build() {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  mkdirSync(path.dirname(BUILT_WEBCHAT_BUNDLE), { recursive: true });
  copyFileSync(installedWebChatBundle(), BUILT_WEBCHAT_BUNDLE);
  writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    build();
  } catch (error) {
    console.error(error.code === 'MODULE_NOT_FOUND' ? `build: ${error.message.split('\n')[0]}: run \`npm ci\` first (the build needs the dev dependencies).` : `build failed: ${error.message}`);
    process.exit(1);
  }
}
