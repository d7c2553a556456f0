import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { latin } from '../../src/faq/wordEdges.js';
import { projectRoot } from '../../src/paths.js';
import { regexLiteralsIn } from '../support/regexLiterals.js';

/** What `latin()` means, written the plain way: every `\b` the two-sided edge of a word of any alphabet. */
const WORD = '[\\p{L}\\p{M}\\p{N}]';
const TWO_SIDED = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;
const plain = (pattern: RegExp) => new RegExp(pattern.source.replaceAll('\\b', TWO_SIDED), pattern.flags);

/** Every `latin(/.../)` written in the source, with where it is. */
function latinLiterals(): Array<[string, RegExp]> {
  const files = (folder: string): string[] =>
    readdirSync(path.join(projectRoot(), folder), { withFileTypes: true }).flatMap((entry) => {
      const file = `${folder}/${entry.name}`;
      return entry.isDirectory() ? files(file) : file.endsWith('.ts') ? [file] : [];
    });
  return files('src').flatMap((file) =>
    regexLiteralsIn(file)
      .filter(({ node, source }) => ts.isCallExpression(node.parent) && node.parent.expression.getText(source) === 'latin' && node.parent.arguments[0] === node)
      .map(({ regex, line }): [string, RegExp] => [`${file}:${line}`, regex]),
  );
}

/** Messages in the four languages and English, and text made to sit on every kind of edge. */
function corpus(): string[] {
  const evalDir = path.join(projectRoot(), 'test/eval');
  const texts: string[] = [];
  for (const folder of readdirSync(evalDir).filter((name) => name.startsWith('languages'))) {
    for (const file of readdirSync(path.join(evalDir, folder)).filter((name) => name.endsWith('.yaml'))) {
      const data = parse(readFileSync(path.join(evalDir, folder, file), 'utf8')) as { questions?: Array<{ q: string }>; out_of_scope?: Array<{ q: string }> };
      for (const item of [...(data.questions ?? []), ...(data.out_of_scope ?? [])]) texts.push(item.q.toLowerCase());
    }
  }
  texts.push(
    'fundó fondé année año 2024 ¿cuándo? quand? cuándo2 xcuándo cuándox 3cuándo',
    'Où est-ce que ICORN se trouve ? où sont les villes ? combien de villes, combien2',
    'c’est pour qui ? est-ce sûr d’écrire ici ? mes données, ce chat est privé',
    '٣٣ ۳۳ ۳‑۳ écrivain_ journaliste-artiste l’ICORN d’en haut licenciée licencié',
  );
  return texts;
}

/** The pattern, to find every match with. */
function global(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
}

/** Where a global pattern matches in a text, every match, as one string to compare. */
function matches(pattern: RegExp, text: string): string {
  return [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`).join('|');
}

describe('latin(): word edges of any alphabet', () => {
  it('matches exactly where the two-sided edge would, for every latin(/.../) in the source, on every language question', () => {
    const literals = latinLiterals();
    const texts = corpus();
    expect(literals.length).toBeGreaterThan(150);
    expect(texts.length).toBeGreaterThan(1000);
    const differences: string[] = [];
    for (const [where, pattern] of literals) {
      const fast = global(latin(pattern));
      const reference = global(plain(pattern));
      for (const text of texts) {
        if (matches(fast, text) !== matches(reference, text)) {
          differences.push(`${where} on ${JSON.stringify(text)}`);
          break;
        }
      }
    }
    expect(differences).toEqual([]);
    // About 200 patterns on about 1,400 texts, twice: some 12 s alone, more beside other suites.
  }, 120_000);

  it('makes the edge one-sided where the pattern puts a letter next to it, and keeps it two-sided elsewhere', () => {
    const twoSided = (pattern: RegExp) => latin(pattern).source.split(TWO_SIDED).length - 1;
    expect(twoSided(/\bcuándo\b/u)).toBe(0);
    expect(twoSided(/\b(?:miembros|ciudades)\b/u)).toBe(0);
    expect(twoSided(/\bcu[aá]nt[oa]s\b/u)).toBe(0);
    expect(twoSided(/\b(?:es|est[aá])? seguro\b/u)).toBe(1); // the group may match nothing: a space may follow
    expect(twoSided(/\b(?:a|\d)x\b/u)).toBe(1); // one alternative starts with a digit, not a letter
    expect(twoSided(/\b\w+\b/u)).toBe(2);
    expect(twoSided(/(?=x)\bx/u)).toBe(0);
    expect(twoSided(/(?=[a-z])\b/u)).toBe(1); // a look-ahead decides nothing about the edge here
    expect(latin(/\\b/u).source).toBe('\\\\b'); // an escaped backslash before a "b" is no edge
  });

  it('reads its edges in any alphabet, where JavaScript\'s \\b sees only ASCII letters', () => {
    expect(/\bfundó\b/u.test('fundó en')).toBe(false);
    expect(latin(/\bfundó\b/u).test('fundó en')).toBe(true);
    expect(latin(/\bann\b/u).test('année')).toBe(false);
    expect(latin(/\b(?:cuándo|quand)\b/u).test('¿cuándo?')).toBe(true);
  });
});
