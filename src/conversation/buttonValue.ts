import { BUTTON_VALUE_LIMITS } from '../limits.js';

/**
 * What an activity's `value` may be: exactly what one of the bot's own buttons sends (see
 * `cardAction` in src/bot/replies.ts), and nothing else. Anyone can post an activity with any
 * value, and a forged one must never reach the feedback log or count "helpful" for an entry that
 * does not exist, so a value is read here into one of the known kinds, or not at all.
 */
export type ButtonValue =
  /** "Helpful" / "Not helpful" under an answer: `{ feedback, entryId }`. */
  | { kind: 'feedback'; feedback: 'helpful' | 'notHelpful'; entryId: string }
  /** "English original" under an unreviewed translation: `{ original: entryId }`. */
  | { kind: 'original'; entryId: string }
  /** "Send this question to ICORN's editors" after a fallback: `{ consent: 'sendQuestion' }`. */
  | { kind: 'consent' };

/** What a kind's reader may ask: is this the id of an entry of the current knowledge? */
export interface ValueContext {
  isEntry(id: string): boolean;
}

type Reader = (value: Record<string, unknown>, context: ValueContext) => ButtonValue | undefined;

/**
 * The readers of the known kinds, one per kind: each takes the value's own properties (and no
 * others) and returns the kind, or undefined when the value is not of that kind.
 *
 * To add a button value: add its kind to `ButtonValue` above and its reader here; keep it strict
 * (exact keys, bounded strings, ids checked against the knowledge).
 */
const READERS: readonly Reader[] = [
  (value, context) => {
    const { feedback, entryId } = value;
    if (!hasExactly(value, ['feedback', 'entryId'])) return undefined;
    if (feedback !== 'helpful' && feedback !== 'notHelpful') return undefined;
    return isEntryId(entryId, context) ? { kind: 'feedback', feedback, entryId } : undefined;
  },
  (value, context) => {
    if (!hasExactly(value, ['original'])) return undefined;
    return isEntryId(value['original'], context) ? { kind: 'original', entryId: value['original'] } : undefined;
  },
  (value) => (hasExactly(value, ['consent']) && value['consent'] === 'sendQuestion' ? { kind: 'consent' } : undefined),
];

/** The known kind a value is, or undefined for no value and for anything the bot never sends. */
export function buttonValueOf(value: unknown, context: ValueContext): ButtonValue | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  for (const read of READERS) {
    const known = read(record, context);
    if (known) return known;
  }
  return undefined;
}

/** True when an object has these own keys and no others. */
function hasExactly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

/** A short string naming an entry of the current knowledge. */
function isEntryId(id: unknown, context: ValueContext): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= BUTTON_VALUE_LIMITS.maxEntryIdLength && context.isEntry(id);
}
