/**
 * The question inside a long message. People in danger, and officials writing for a council, often
 * tell their story first and ask last: "The police took me twice for my articles. Can your
 * organisation do anything for someone like me?". The story's words drown the question when the
 * whole message is matched, so the engine also matches the sentence that asks.
 *
 * Sentences come from the platform's Unicode sentence segmentation (Intl.Segmenter, ICU), which
 * handles abbreviations, quotes and missing spaces better than splitting on full stops.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A sentence that asks: ends with a question mark (Latin or Arabic script), or starts like a question. */
const ASKS = /[?؟]\s*$|^(?:and |but |so |then |please )?(?:what|who|whom|whose|which|where|when|why|how|can|could|may|might|is|are|was|were|do|does|did|will|would|should|shall|have|has|tell me|i (?:want|would like|need) to know)\b/i;

/** The sentences of a message. */
function sentencesOf(text: string): string[] {
  // ICU does not break before a lower-case letter; people typing fast on a phone often start
  // sentences that way ("I lost everything. i need to know ..."), so those are split too.
  return [...segmenter.segment(text)]
    .flatMap((s) => s.segment.split(/(?<=[.!?])\s+(?=[a-z])/))
    // "Before I prepare a briefing note: what exactly does a city take on?": the clause after a colon
    // that starts like a question is a sentence of its own.
    .flatMap((s) => s.split(/(?<=:)\s+(?=(?:what|who|which|where|when|why|how|can|could|is|are|does|do)\b)/i))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Words by which an asking sentence points back to the sentence before it: "I'm writing about the
 * legal obstacles exiled journalists face. Is this something ICORN is trying to tackle?".
 */
const POINTS_BACK = /\b(?:this|that|these|those|it|its|they|them|their|he|him|his|she|her|such|similar|so|there|both)\b/i;
/** A sentence that only asks whether the one before is so: "true?", "really?", "correct?". */
const CONFIRMS = /^(?:true|really|correct|right)\s*\?+$/i;

/** The asking sentence of a message of two sentences or more (the last one that asks, else the last). */
export function questionPart(text: string): string | undefined {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return undefined;
  return sentences[askingAt(sentences)];
}

function askingAt(sentences: string[]): number {
  const asking = sentences.findLastIndex(asksSomething);
  return asking === -1 ? sentences.length - 1 : asking;
}

/** The asking sentence with the sentence before it, when it points back to that one; else undefined. */
export function questionWithAntecedent(text: string): string | undefined {
  const sentences = sentencesOf(text);
  const at = askingAt(sentences);
  return at > 0 && (POINTS_BACK.test(sentences[at]!) || CONFIRMS.test(sentences[at]!)) ? `${sentences[at - 1]} ${sentences[at]}` : undefined;
}

/** True for a sentence that asks: it ends with a question mark or starts like a question. */
export function asksSomething(sentence: string): boolean {
  return ASKS.test(sentence.trim());
}

/** Every sentence of a message that asks ("Which cities are members? Is Geneva one of them?"), in order. */
export function askingSentences(text: string): string[] {
  return sentencesOf(text).filter(asksSomething);
}
