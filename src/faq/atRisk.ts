/**
 * The at-risk reading of a message: words of persecution, threats, detention or flight, as people
 * in danger write them (often in a second language, so stems rather than whole words). A message
 * with one of the strong signs, or two of the weaker ones, reads as coming from someone at risk; the
 * engine then answers with the knowledge's `at-risk` entry, first time and never as a menu.
 */

/** Signs that on their own say someone is in danger. */
const STRONG = [
  /\b(?:arrest|detain|detention|imprison|jail|prison|tortur|kidnap|abduct)\w*/,
  /\bpersecut\w* (?:me|us)\b|\b(?:i am|i'm|im|we are) (?:being )?persecuted\b/,
  /\b(?:death|murder\w*|killed|killing|kill (?:me|us|him|her|them))\b/,
  /\bthreat\w*/,
  /\b(?:flee|fled|fleeing|escape\w*|exile\w*)\b/,
  /\b(?:in|into) hiding\b|\bhiding\b|\bhide\b/,
  /\b(?:militia|secret (?:service|police)|intelligence service)\w*/,
  /\b(?:beaten|beat me|attacked|was shot|disappear\w*)\b/,
  /\bin danger\b|\bdangerous for me\b|\bnot safe\b|\bunsafe\b/,
];

/** Signs that count when two of them come together. */
const WEAK = [
  /\bpolice\b/,
  /\bpersecut\w*/,
  /\b(?:missing|took my|came to my)\b/,
  /\b(?:afraid|scared|fear|frighten\w*)\b/,
  /\b(?:urgent\w*|emergency|quickly|fast|immediately)\b/,
  /\b(?:banned|censor\w*|court|sentence\w*|trial|charged|bail)\b/,
  /\b(?:leave|get out of|go out from) (?:my|the|our) country\b/,
  /\bsafe place\b/,
  /\b(?:help me|please help|need help)\b/,
  /\b(?:my family|my children|my wife|my husband|my son|my daughter)\b/,
];

/** The writer speaks of themselves: a message about others (a city, an NGO, a news story) is not a cry for help. */
const FIRST_PERSON = /\b(?:i|i'm|im|me|my|myself)\b/;

/** True when a message reads as coming from someone at risk. */
export function readsAtRisk(text: string): boolean {
  const lower = text.toLowerCase();
  if (!FIRST_PERSON.test(lower)) return false;
  if (STRONG.some((pattern) => pattern.test(lower))) return true;
  return WEAK.filter((pattern) => pattern.test(lower)).length >= 2;
}

/** The knowledge entry the at-risk reading answers with, when the knowledge has it. */
export const AT_RISK_ENTRY_ID = 'at-risk';

/**
 * A question that asks for help itself ("Can your organisation do anything for me?", "is there any
 * way ICORN can help me"): the at-risk answer is its answer, not the entry its words come nearest.
 */
const HELP_REQUEST = [
  /\b(?:help|protect|support|assist|save|rescue)\s+(?:me|us|him|her|them|my|someone|people)\b/,
  /\bdo (?:anything|something)\b|\bdo for (?:me|us|him|her|them|someone|people)\b/,
  /\bwhat (?:can|could|should|do|shall) (?:i|we) do\b|\bwhat (?:i|we) (?:can|could|should) do\b/,
  /\b(?:any|some) (?:way|help|chance|hope)\b/,
];

/** True when a question asks for help itself (English). */
export function asksForHelp(text: string): boolean {
  const lower = text.toLowerCase();
  return HELP_REQUEST.some((pattern) => pattern.test(lower));
}
