/**
 * `npm run deploy:check [-- --node <path>]...`: rehearses the Dockerfile where no container engine
 * runs. Builds both stages in a clean temporary folder (a full install and `npm run build`, then a
 * production-only install with the compiled bot and the knowledge), then starts the image's command
 * with each Node.js binary given (default: the one running this), as an unprivileged user when run as
 * root, and checks the health check, an answer, the Web Chat bundle and a graceful SIGTERM.
 * Exits 1 with the reason on the first failure. `--keep` leaves the folder for a look.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../src/paths.js';
import { DockerfileError } from './dockerfile.js';
import { buildImage, RehearsalError, sizeInMegabytes, startImage } from './rehearsal.js';

const { values } = parseArgs({ options: { node: { type: 'string', multiple: true }, keep: { type: 'boolean', default: false } } });
const nodes = (values.node ?? [process.execPath]).map((node) => path.resolve(node));

try {
  console.log(`Rehearsing the Dockerfile in a clean folder, building with ${nodes[0]}:`);
  const image = buildImage(projectRoot(), nodes[0]!, (line) => console.log(line));
  for (const stage of image.stages) console.log(`  stage ${stage.name}: ${stage.npmWarnings.length} npm warnings${stage.npmWarnings.map((w) => `\n    ${w}`).join('')}`);
  const size = (folder: string) => sizeInMegabytes(path.join(image.dir, folder));
  console.log(`  image /app: node_modules ${size('node_modules')} MB, dist ${size('dist')} MB, knowledge ${size('knowledge')} MB`);
  for (const node of nodes) {
    const result = await startImage(image, node);
    console.log(
      `  ${result.version} as uid ${result.uid}: healthy in ${result.healthyMs} ms, HEALTHCHECK passed, "What is ICORN?" answered, ` +
        `Web Chat bundle ${(result.bundleBytes / 1024 / 1024).toFixed(1)} MB, "stopped" ${result.stopMs} ms after SIGTERM`,
    );
  }
  if (values.keep) console.log(`Kept: ${path.dirname(image.dir)}`);
  else rmSync(path.dirname(image.dir), { recursive: true, force: true });
  console.log('The image\'s steps work.');
} catch (error) {
  if (!(error instanceof RehearsalError || error instanceof DockerfileError)) throw error;
  console.error(`deploy:check failed: ${error.message}`);
  process.exit(1);
}
