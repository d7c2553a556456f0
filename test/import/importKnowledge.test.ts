import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/faq/knowledgeLoader.js';
import { buildEntries } from '../../tools/knowledge/buildEntries.js';
import { importPage } from '../../tools/knowledge/importKnowledge.js';
import { PageFormatError, parsePage } from '../../tools/knowledge/pageParser.js';
import { SOURCE_PAGE } from '../../src/paths.js';
import { FIXTURE_KNOWLEDGE, KNOWLEDGE_SCHEMAS } from '../helpers.js';

/** The page as it was when the fixture was made (test/fixtures/knowledge/source): re-fetching the live page changes no test here. */
const PAGE = readFileSync(path.join(FIXTURE_KNOWLEDGE, SOURCE_PAGE), 'utf8');

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'icorn-import-'));
}

/** The page with its HTML changed: a newer version of it, as the importer would see it. */
function changedPage(change: (html: string) => string): string {
  const page = JSON.parse(PAGE) as { content: { rendered: string }; modified: string };
  page.content.rendered = change(page.content.rendered);
  page.modified = '2026-12-01T10:00:00';
  return JSON.stringify(page);
}

describe('parsing the page', () => {
  const page = parsePage(PAGE);

  it('reads the opening statement, every section, both quotes and every contact button', () => {
    expect(page.intro).toMatch(/^At present, ICORN is made up of 84 cities and regions across Europe and the Americas\./);
    expect(page.sections.map((s) => s.heading)).toEqual(['VISION', 'MISSION', 'PRINCIPAL OBJECTIVES', 'KEY PROJECTS', 'CONTACT INFORMATION']);
    expect(page.sections[1]?.items).toEqual(['advance freedom of expression.', 'defend democratic values.', 'promote international solidarity']);
    expect(page.sections[3]?.items).toHaveLength(6);
    expect(page.quotes).toHaveLength(2);
    expect(page.quotes[0]?.attribution).toBe('HELGE LUNDE, EXECUTIVE DIRECTOR OF ICORN');
    expect(page.quotes[1]?.attribution).toBeUndefined();
    expect(page.links).toEqual([
      { label: 'ICORN website', href: 'http://www.icorn.org/' },
      { label: 'MR. HELGE LUNDE Executive Director', href: 'mailto:helge@icorn.org' },
      { label: 'Contact', href: 'mailto:icorn@icorn.org' },
      { label: '+47 51507125' },
    ]);
    expect(page.modified).toBe('2026-02-18T09:26:38');
    expect(page.published).toBe('2022-03-09T09:11:26');
    // The page's own summary (its SEO description), which its text does not repeat.
    expect(page.summary).toBe('ICORN is an independent, international membership organization whose members include 75 cities in 18 countries.');
  });

  it.each([
    ['not JSON', '{oops'],
    ['JSON without content', '{"title":{}}'],
  ])('rejects a file that is %s with a clear error', (_, text) => {
    expect(() => parsePage(text)).toThrow(PageFormatError);
  });
});

describe('the entries built from the page', () => {
  const entries = buildEntries(parsePage(PAGE));
  const byId = new Map(entries.map((e) => [e.id, e]));

  it('cover everything the page says, with real links', () => {
    expect(byId.get('member-count')?.answer).toContain('84 cities and regions across Europe and the Americas');
    expect(byId.get('member-commitment')?.answer).toContain('temporary protective residencies for writers, artists, and journalists at risk');
    expect(byId.get('mission')?.answer).toMatch(/- Advance freedom of expression\.\n- Defend democratic values\.\n- Promote international solidarity\./);
    expect(byId.get('quote-director')?.answer).toContain('Helge Lunde, Executive Director of ICORN');
    expect(byId.get('quote-partners')?.answer).toContain('without naming who said it');
    expect(byId.get('contact')?.answer).toContain('[icorn@icorn.org](mailto:icorn@icorn.org)');
    expect(byId.get('contact')?.answer).toContain('[www.icorn.org](http://www.icorn.org/)');
    expect(byId.get('contact')?.answer).toContain('+47 51507125');
    expect(byId.get('executive-director')?.answer).toContain('**Helge Lunde** is the Executive Director of ICORN');
    expect(byId.get('executive-director')?.answer).toContain('[helge@icorn.org](mailto:helge@icorn.org)');
    expect(byId.get('information-source')?.answer).toContain('2026-02-18');
    // And when the page was first published (the JSON's "date").
    expect(byId.get('information-source')?.answer).toContain('first published on **2022-03-09**');
    expect(entries.filter((e) => e.id.startsWith('project-'))).toHaveLength(6);
    // What kind of body ICORN is, from the summary, with the text's newer count beside its older one.
    expect(byId.get('independent-organisation')?.answer).toContain('an independent, international membership organization');
    expect(byId.get('independent-organisation')?.answer).toContain('84 cities and regions');
    expect(byId.get('independent-organisation')?.source.section).toBe('Page summary');
  });

  it('answer what the page is silent on with what it does say and the contacts', () => {
    for (const id of ['how-to-join', 'how-to-apply']) {
      expect(byId.get(id)?.answer).toMatch(/The page does not describe/);
      expect(byId.get(id)?.answer).toContain('mailto:icorn@icorn.org');
    }
  });

});

// On purpose on the LIVE files: the committed knowledge/ must say what the committed copy of the
// page says (an editor who rewrites an answer taken from the page is told to drop its source, or
// the next import would silently undo the edit).
describe('the fixture knowledge', () => {
  it('matches the fixture copy of the page, answer for answer', () => {
    const entries = buildEntries(parsePage(PAGE));
    const byId = new Map(entries.map((e) => [e.id, e]));
    const fromPage = loadKnowledge(FIXTURE_KNOWLEDGE, KNOWLEDGE_SCHEMAS).entries.filter((e) => e.source);
    expect(fromPage.map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
    for (const entry of fromPage) expect(entry.answer, entry.id).toBe(byId.get(entry.id)?.answer);
  });
});

describe('importing into a knowledge folder', () => {
  it('writes files that load, and changes nothing when run again', () => {
    const dir = tempDir();
    const first = importPage(PAGE, dir);
    expect(first.added.length).toBeGreaterThanOrEqual(25);
    expect(loadKnowledge(dir, KNOWLEDGE_SCHEMAS).entries).toHaveLength(first.added.length);
    const second = importPage(PAGE, dir);
    expect(second).toEqual({ added: [], changed: [], removed: [], kept: first.added.length, filesWritten: [] });
  });

  it('applies page changes and keeps what editors wrote', () => {
    const dir = tempDir();
    cpSync(FIXTURE_KNOWLEDGE, dir, { recursive: true });
    const membership = path.join(dir, 'membership.yaml');
    writeFileSync(
      membership,
      readFileSync(membership, 'utf8')
        .replace('      - How big is the network?', '      - How big is the network?\n      - how many towns are members nowadays # added by an editor')
        .concat(
          [
            '  - id: membership-fee',
            '    title: Membership fee',
            '    question: Is there a membership fee?',
            '    answer: Written by an editor.',
            '',
          ].join('\n'),
        ),
    );
    const newer = changedPage((html) =>
      html
        .replace('made up of 84 cities', 'made up of 90 cities')
        .replace(/<li><span[^>]*>Working on a new strategic plan[^<]*<\/span><\/li>/, '')
        .replace('</ul>', '<li><span>Training programme for host city coordinators.</span></li></ul>'),
    );

    const report = importPage(newer, dir);
    expect(report.removed).toEqual(['project-strategic-plan']);
    expect(report.added).toEqual(['project-training-programme-host-city']);
    expect(report.changed).toEqual(expect.arrayContaining(['member-count', 'what-is-icorn', 'key-projects']));

    const knowledge = loadKnowledge(dir, KNOWLEDGE_SCHEMAS);
    const memberCount = knowledge.byId.get('member-count');
    expect(memberCount?.answer).toContain('90 cities and regions');
    expect(memberCount?.alternates).toContain('how many towns are members nowadays');
    expect(memberCount?.source?.modified).toBe('2026-12-01T10:00:00');
    expect(knowledge.byId.get('membership-fee')?.answer).toBe('Written by an editor.');
    expect(knowledge.byId.get('key-projects')?.followUps).not.toContain('project-strategic-plan');
    expect(readFileSync(membership, 'utf8')).toContain('# added by an editor');
  });
});
