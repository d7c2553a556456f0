import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import JSZip from 'jszip';

const require = createRequire(import.meta.url);

/** What the package command needs from the environment, with its defaults. */
export const PACKAGE_VARIABLES: Record<string, string | undefined> = {
  MicrosoftAppId: undefined,
  TEAMS_APP_ID: undefined,
  TEAMS_APP_VERSION: undefined,
  BOT_SHORT_NAME: 'ICORN Assistant',
  BOT_FULL_NAME: 'ICORN FAQ Assistant',
  TEAMS_PRIVACY_URL: 'https://www.icorn.org/',
  TEAMS_TERMS_URL: 'https://www.icorn.org/',
};

/** A manifest or package that Teams would refuse, with every reason. */
export class AppPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'AppPackageError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Fills `${{NAME}}` placeholders of the manifest template from the environment and the defaults. */
export function fillManifest(template: string, env: NodeJS.ProcessEnv, version: string): Record<string, unknown> {
  const values: Record<string, string | undefined> = { ...PACKAGE_VARIABLES, TEAMS_APP_VERSION: version };
  for (const name of Object.keys(values)) {
    const value = env[name]?.trim();
    if (value) values[name] = value;
  }
  values['TEAMS_APP_ID'] ??= values['MicrosoftAppId'];
  const problems: string[] = [];
  if (!values['MicrosoftAppId'] || !GUID.test(values['MicrosoftAppId'])) problems.push('MicrosoftAppId must be set to the Azure Bot app id (a GUID)');
  if (values['TEAMS_APP_ID'] && !GUID.test(values['TEAMS_APP_ID'])) problems.push('TEAMS_APP_ID must be a GUID');
  const filled = template.replace(/\$\{\{(\w+)\}\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) {
      if (name !== 'MicrosoftAppId' && name !== 'TEAMS_APP_ID') problems.push(`no value for \${{${name}}}`);
      return '';
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (problems.length > 0) throw new AppPackageError(problems);
  return JSON.parse(filled) as Record<string, unknown>;
}

/** Validates a manifest offline against the schema of its version bundled with @microsoft/app-manifest. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const version = String(manifest['manifestVersion'] ?? '');
  if (!/^1\.(19|[2-9]\d)$/.test(version)) return [`manifestVersion ${version} is older than 1.19`];
  const { ManifestUtil } = (await import('@microsoft/app-manifest')) as unknown as {
    ManifestUtil: { validateManifestAgainstSchema(manifest: unknown, schema: unknown): Promise<string[]> };
  };
  const root = path.dirname(require.resolve('@microsoft/app-manifest'));
  const schemaPath = path.join(root, 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as unknown;
  return ManifestUtil.validateManifestAgainstSchema(manifest, schema);
}

/** Width and height of a PNG, from its header. */
export function pngSize(data: Buffer): { width: number; height: number } {
  if (data.length < 24 || data.toString('latin1', 1, 4) !== 'PNG' || data.toString('latin1', 12, 16) !== 'IHDR') throw new AppPackageError(['not a PNG file']);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Checks the icons Teams requires: colour 192x192, outline 32x32. */
export function iconProblems(color: Buffer, outline: Buffer): string[] {
  const problems: string[] = [];
  const c = pngSize(color);
  const o = pngSize(outline);
  if (c.width !== 192 || c.height !== 192) problems.push(`color.png is ${c.width}x${c.height}, Teams needs 192x192`);
  if (o.width !== 32 || o.height !== 32) problems.push(`outline.png is ${o.width}x${o.height}, Teams needs 32x32`);
  return problems;
}

/** Builds the app package: manifest.json, color.png and outline.png at the root of a zip. */
export async function buildAppPackage(dir: string, env: NodeJS.ProcessEnv, version: string): Promise<{ zip: Buffer; manifest: Record<string, unknown> }> {
  const manifest = fillManifest(readFileSync(path.join(dir, 'manifest.json'), 'utf8'), env, version);
  const color = readFileSync(path.join(dir, 'color.png'));
  const outline = readFileSync(path.join(dir, 'outline.png'));
  const problems = [...(await validateManifest(manifest)), ...iconProblems(color, outline)];
  if (problems.length > 0) throw new AppPackageError(problems);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file('color.png', color);
  zip.file('outline.png', outline);
  return { zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), manifest };
}
