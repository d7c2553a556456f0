import { describe, expect, it } from 'vitest';
import { contentWords, terms, words } from '../../src/faq/normalize.js';

describe('normalisation', () => {
  it.each([
    ["What's ICORN's e-mail?", ['what', 'is', 'icorn', 'email']],
    ['Whats ICORNs e mail', ['what', 'is', 'icorns', 'email']],
    ["Who's the executive director?", ['who', 'is', 'the', 'director']],
    ['Café MUNICIPALITY', ['cafe', 'municipality']],
    ['How can we become a member', ['how', 'can', 'we', 'join']],
    ['I dont know', ['i', 'do', 'not', 'know']],
  ])('splits %j into %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('drops filler but keeps the question words that tell entries apart', () => {
    expect(contentWords('Can you please tell me who can get a residency?')).toEqual(['who', 'residency']);
  });

  it('reads synonyms as one term', () => {
    expect(terms('town')).toEqual(terms('cities'));
    expect(terms('telephone')).toEqual(terms('phone'));
    expect(terms('mail')).toEqual(terms('email'));
    expect(terms('writers')).toEqual(terms('author'));
    expect(terms('town')).not.toEqual(terms('phone'));
    expect(terms('ICORNs')).toEqual(terms('ICORN'));
  });

  it('gives nothing for empty, blank or punctuation-only text', () => {
    expect(terms('')).toEqual([]);
    expect(terms('   \n\t ')).toEqual([]);
    expect(terms('?!...')).toEqual([]);
  });
});
