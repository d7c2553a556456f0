/**
 * `npm run teams:package`: builds appPackage/build/icorn-faq-bot.zip, the Teams app package, with the
 * bot id and names from the environment (or .env), after validating the manifest offline against
 * the Teams schema and checking the icons.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppPackageError, buildAppPackage } from './appPackage.js';
import { readEnvironment } from '../../src/config.js';
import { projectRoot } from '../../src/paths.js';

const root = projectRoot();
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const dir = path.join(root, 'appPackage');

buildAppPackage(dir, readEnvironment(), version).then(
  ({ zip, manifest }) => {
    mkdirSync(path.join(dir, 'build'), { recursive: true });
    const out = path.join(dir, 'build', 'icorn-faq-bot.zip');
    writeFileSync(out, zip);
    console.log(`Teams app package written to ${path.relative(root, out)} (app ${String(manifest['id'])}, bot ${String((manifest['bots'] as Array<{ botId: string }>)[0]?.botId)})`);
  },
  (error: unknown) => {
    console.error(error instanceof AppPackageError ? `The Teams app package cannot be built:\n- ${error.problems.join('\n- ')}` : error);
    process.exit(1);
  },
);
