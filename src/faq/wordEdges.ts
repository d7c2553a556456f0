/**
 * Patterns for whole words in any alphabet, for the question forms and danger signs of the
 * languages the knowledge is translated into (`notStated.ts`, `atRisk.ts`).
 */

/** A character of a word in any alphabet: a letter, a mark on one, or a digit. */
const WORD = '[\\p{L}\\p{M}\\p{N}]';
/** A word starts here / a word ends here. */
const STARTS = `(?<!${WORD})`;
const ENDS = `(?!${WORD})`;
/** Either edge: what `\b` means where nothing tells which side the word is on. */
const EITHER = `(?:${STARTS}(?=${WORD})|(?<=${WORD})${ENDS})`;

/**
 * A pattern whose `\b` marks the edge of a word of any alphabet: JavaScript's `\b` knows only ASCII
 * letters, so it sees no edge after "fundó" or "fondé" and one inside "année".
 *
 * Where the pattern itself puts a letter on one side of the `\b` (`\bcuándo\b`, `\b(?:miembros|
 * ciudades)\b`), the edge is one-sided: the same matches, but a position that cannot start a word
 * fails on one look behind instead of a two-sided alternation. The two-sided edge made some of
 * these patterns take over 200 ms on 100 KB of digits; the one-sided ones take a fraction of that.
 */
export function latin(pattern: RegExp): RegExp {
  return new RegExp(emit(parsePattern(pattern.source)), pattern.flags);
}

/** A piece of a pattern: its text, and what it tells about the characters it matches. */
interface Piece {
  /** The source of the piece, quantifier included (for a group: the opening, e.g. "(?:"). */
  text: string;
  kind: 'letter' | 'edge' | 'group' | 'other';
  /** The piece may match nothing (`?`, `*`, `{0,n}`). */
  optional: boolean;
  /** A group's alternatives, and what closes it (")" with its quantifier). */
  alternatives?: Piece[][];
  close?: string;
}

/** The pattern's pieces, alternatives at the top level. */
function parsePattern(source: string): Piece[][] {
  let at = 0;
  const letter = /^\p{L}$/u;
  const quantifier = () => {
    const match = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(at));
    if (!match) return { text: '', optional: false };
    at += match[0].length;
    return { text: match[0], optional: match[0].startsWith('?') || match[0].startsWith('*') || /^\{0\b/.test(match[0]) };
  };
  const alternatives = (): Piece[][] => {
    let current: Piece[] = [];
    const all: Piece[][] = [current];
    while (at < source.length && source.charAt(at) !== ')') {
      const char = source.charAt(at);
      if (char === '|') {
        at += 1;
        current = [];
        all.push(current);
        continue;
      }
      let piece: Piece;
      if (char === '\\') {
        const escape = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|k<[^>]*>|c[A-Za-z]|[\s\S])/.exec(source.slice(at))!;
        at += escape[0].length;
        piece = { text: escape[0], kind: escape[0] === '\\b' ? 'edge' : 'other', optional: false };
      } else if (char === '[') {
        const end = /^\[(?:\\[\s\S]|[^\]\\])*\]/.exec(source.slice(at))!;
        at += end[0].length;
        const letters = /^\[(?:\p{L}(?:-\p{L})?)+\]$/u.test(end[0]);
        piece = { text: end[0], kind: letters ? 'letter' : 'other', optional: false };
      } else if (char === '(') {
        const open = /^\((?:\?(?::|=|!|<=|<!|<[^>]*>))?/.exec(source.slice(at))![0];
        at += open.length;
        const inside = alternatives();
        at += 1; // ")"
        const lookaround = /^\(\?(?:=|!|<=|<!)/.test(open);
        piece = { text: open, kind: lookaround ? 'other' : 'group', optional: false, alternatives: inside, close: ')' };
      } else {
        at += char.length;
        piece = { text: char, kind: letter.test(char) ? 'letter' : 'other', optional: false };
      }
      if (piece.kind !== 'edge') {
        const { text, optional } = quantifier();
        if (piece.close) piece.close += text;
        else piece.text += text;
        piece.optional = optional;
      }
      current.push(piece);
    }
    return all;
  };
  return alternatives();
}

/** Whatever the pieces from `from` on match, it starts with a letter. */
function startsWithLetter(pieces: Piece[], from: number): boolean {
  for (const piece of pieces.slice(from)) {
    if (piece.kind === 'edge') continue;
    const sure = piece.kind === 'letter' || (piece.kind === 'group' && piece.alternatives!.every((alternative) => startsWithLetter(alternative, 0)));
    if (!sure) return false;
    if (!piece.optional) return true;
  }
  return false;
}

/** Whatever the pieces before `before` match, it ends with a letter. */
function endsWithLetter(pieces: Piece[], before: number): boolean {
  for (const piece of pieces.slice(0, before).reverse()) {
    if (piece.kind === 'edge') continue;
    const sure = piece.kind === 'letter' || (piece.kind === 'group' && piece.alternatives!.every((alternative) => endsWithLetter(alternative, alternative.length)));
    if (!sure) return false;
    if (!piece.optional) return true;
  }
  return false;
}

/** The pattern's source again, each `\b` written as the edge it can only be. */
function emit(alternatives: Piece[][]): string {
  return alternatives
    .map((pieces) =>
      pieces
        .map((piece, i) => {
          if (piece.kind === 'edge') return startsWithLetter(pieces, i + 1) ? STARTS : endsWithLetter(pieces, i) ? ENDS : EITHER;
          return piece.alternatives ? piece.text + emit(piece.alternatives) + piece.close : piece.text;
        })
        .join(''),
    )
    .join('|');
}

/** Letters and the marks on them: what a word of Arabic script is made of. */
const LETTER = '[\\p{L}\\p{M}]';

/**
 * Arabic words as whole words: after an attached conjunction, preposition or article (و ف ب ل ك,
 * ال) and before an attached pronoun (ها هم ه ي نا كم), never inside another word ("رسوم", fees,
 * is not in "رسوماتي", my drawings; "مال", money, is not in "أعمال", works).
 */
export function arabicWords(...words: string[]): RegExp {
  return new RegExp(`(?<!${LETTER})(?:[وفبلك]?(?:ال)?)(?:${words.join('|')})(?:ها|هم|ه|ي|نا|كم)?(?!${LETTER})`, 'u');
}

/**
 * Persian words as whole words, with the plural and possessive endings (ها, ی, اش, ت, ش, م, تان,
 * شان), written with or without the zero-width non-joiner, and "ست" (is, as in "کجاست"): "اهدا"
 * (donating) is not in "اهداف" (goals).
 */
export function persianWords(...words: string[]): RegExp {
  return new RegExp(`(?<!${LETTER})(?:${words.join('|')})(?:ست|\u200c?(?:ها|های|ی|ای|اش|ت|ش|م|تان|شان|مان))?(?!${LETTER})`, 'u');
}

/** Text that a regular expression matches as itself ("icorn.org" matches no "icornXorg"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
