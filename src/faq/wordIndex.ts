/**
 * A candidate index for typo correction: words indexed by their letter pairs (with the word's edges
 * marked), so that the near words of a typo are found by looking up its pairs instead of comparing
 * it with the whole vocabulary. By the q-gram lemma, a word within `d` edits of another shares at
 * least `pairs - 2d` of its letter pairs with it (a transposition counts as two edits here, hence
 * the extra slack); words that share fewer cannot be near and are never looked at.
 */
export interface WordIndex {
  /** Words of the index within reach of `word` for `maxDistance` edits (a superset: verify them). */
  candidates(word: string, maxDistance: number): string[];
  readonly size: number;
}

function pairsOf(word: string): string[] {
  const padded = `^${word}$`;
  const pairs = new Set<string>();
  for (let i = 0; i < padded.length - 1; i += 1) pairs.add(padded.slice(i, i + 2));
  return [...pairs];
}

/** Builds the index over a list of words. */
export function createWordIndex(words: Iterable<string>): WordIndex {
  const list: string[] = [];
  const postings = new Map<string, number[]>();
  for (const word of new Set(words)) {
    const id = list.length;
    list.push(word);
    for (const pair of pairsOf(word)) {
      let ids = postings.get(pair);
      if (!ids) postings.set(pair, (ids = []));
      ids.push(id);
    }
  }
  return {
    size: list.length,
    candidates(word, maxDistance) {
      const pairs = pairsOf(word);
      // Each edit breaks at most two pairs, a transposition three.
      const needed = Math.max(1, pairs.length - 3 * maxDistance);
      const shared = new Map<number, number>();
      for (const pair of pairs) {
        for (const id of postings.get(pair) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      }
      const out: string[] = [];
      for (const [id, count] of shared) {
        const candidate = list[id] as string;
        if (count >= needed && Math.abs(candidate.length - word.length) <= maxDistance) out.push(candidate);
      }
      return out;
    },
  };
}
