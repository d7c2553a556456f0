import type { Activity } from 'botbuilder';

/**
 * What `npm run bench` sends over HTTP: six messages in turn (questions, a typo, a one-word query
 * that gets a "Did you mean", thanks) over 500 conversations, so that a conversation sees several
 * of them, with follow-ups and open prompts. `npm run load` sends the same kind of activity.
 */
export const BENCH_MESSAGES = ['What is ICORN?', 'How can my city join?', 'whats the emial', 'network', 'thanks', 'I am a journalist at risk, can ICORN help me?'];
export const BENCH_CONVERSATIONS = 500;

/** A Web Chat message to the bot with its replies asked for in the response (`expectReplies`). */
export function messageActivity(text: string, conversationId: string, userId = 'user'): Activity {
  return {
    type: 'message',
    text,
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: conversationId },
    from: { id: userId },
    recipient: { id: 'bot' },
    deliveryMode: 'expectReplies',
  } as Activity;
}

/** The activity of the benchmark's turn number `sequence`. */
export function benchActivity(sequence: number): Activity {
  return messageActivity(BENCH_MESSAGES[sequence % BENCH_MESSAGES.length] as string, `bench-${sequence % BENCH_CONVERSATIONS}`);
}
