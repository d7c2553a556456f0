/**
 * `npm run sdk:native-async` (and npm's `postinstall`): rewrites the installed Bot Framework SDK's
 * compiled files into native async functions (see `src/bot/nativeAsyncSdk.ts` for why). Prints one
 * line; a file it cannot rewrite is named and left as it was, and the install goes on.
 */
import path from 'node:path';
import { patchSdk, SDK_VERSION } from '../bot/nativeAsyncSdk.js';
import { projectRoot } from '../paths.js';

const nodeModules = path.join(projectRoot(), 'node_modules');
try {
  const report = patchSdk(nodeModules);
  for (const reason of report.skipped) console.warn(`sdk:native-async: left as it was: ${reason}`);
  if (report.packages.length === 0) {
    console.warn(`sdk:native-async: no Bot Framework SDK ${SDK_VERSION} package in ${nodeModules}; nothing rewritten.`);
  } else if (report.files === 0) {
    console.log(`sdk:native-async: the ${report.packages.length} SDK ${SDK_VERSION} packages already run native async functions.`);
  } else {
    console.log(`sdk:native-async: ${report.functions} async functions in ${report.files} files of ${report.packages.length} SDK ${SDK_VERSION} packages now native.`);
  }
} catch (error) {
  // The SDK works unpatched, only slower: an install is never failed for this.
  console.warn(`sdk:native-async: not done: ${(error as Error).message}`);
}
