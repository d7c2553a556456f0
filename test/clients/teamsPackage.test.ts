import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { AppPackageError, buildAppPackage, fillManifest, iconProblems, pngSize, validateManifest } from '../../tools/teams/appPackage.js';

const DIR = path.join(projectRoot(), 'appPackage');
const APP_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const template = readFileSync(path.join(DIR, 'manifest.json'), 'utf8');

describe('the Teams app package', () => {
  it('fills the bot id and names from the environment and validates against the bundled schema (1.19)', async () => {
    const manifest = fillManifest(template, { MicrosoftAppId: APP_ID, BOT_SHORT_NAME: 'ICORN Help' }, '1.2.3');
    expect(manifest['manifestVersion']).toBe('1.19');
    expect(manifest['id']).toBe(APP_ID);
    expect(manifest['version']).toBe('1.2.3');
    expect(manifest['name']).toEqual({ short: 'ICORN Help', full: 'ICORN FAQ Assistant' });
    expect((manifest['bots'] as Array<{ botId: string; scopes: string[] }>)[0]).toMatchObject({ botId: APP_ID, scopes: ['personal', 'team', 'groupChat'] });
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('reports what the schema refuses', async () => {
    const manifest = fillManifest(template, { MicrosoftAppId: APP_ID }, '1.0.0');
    const broken = { ...manifest, accentColor: 'red', developer: { name: 'ICORN' }, unknownField: true };
    const problems = await validateManifest(broken);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.join('\n')).toMatch(/accentColor/);
    expect(problems.join('\n')).toMatch(/websiteUrl|privacyUrl/);
  });

  it('refuses to build without a bot id', () => {
    expect(() => fillManifest(template, {}, '1.0.0')).toThrow(AppPackageError);
    expect(() => fillManifest(template, { MicrosoftAppId: 'not-a-guid' }, '1.0.0')).toThrow(/GUID/);
  });

  it('has icons of the sizes Teams needs', () => {
    const color = readFileSync(path.join(DIR, 'color.png'));
    const outline = readFileSync(path.join(DIR, 'outline.png'));
    expect(pngSize(color)).toEqual({ width: 192, height: 192 });
    expect(pngSize(outline)).toEqual({ width: 32, height: 32 });
    expect(iconProblems(color, outline)).toEqual([]);
    expect(iconProblems(outline, color)).toEqual(['color.png is 32x32, Teams needs 192x192', 'outline.png is 192x192, Teams needs 32x32']);
  });

  it('zips manifest.json and both icons at the root', async () => {
    const { zip } = await buildAppPackage(DIR, { MicrosoftAppId: APP_ID }, '1.0.0');
    const archive = await JSZip.loadAsync(zip);
    expect(Object.keys(archive.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await archive.file('manifest.json')!.async('string')) as Record<string, unknown>;
    expect(await validateManifest(manifest)).toEqual([]);
    expect(pngSize(await archive.file('color.png')!.async('nodebuffer'))).toEqual({ width: 192, height: 192 });
  });
});
