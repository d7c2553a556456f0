/**
 * Runs the turns of one conversation one after the other. The SDK saves conversation state with
 * eTag "*", so two turns of the same conversation running together would each overwrite the other's
 * state (a "None of these" lost, a did-you-mean forgotten); turns of different conversations still
 * run side by side.
 */
export class TurnQueue {
  // Also the in-process TurnLock: see blobTurnLock.ts for the one across instances.
  /** Conversations with a turn running: the turns waiting behind it, in order. */
  private readonly waiting = new Map<string, Array<() => void>>();

  /** How many conversations have a turn running or waiting. */
  get active(): number {
    return this.waiting.size;
  }

  async run<T>(key: string, turn: () => Promise<T>): Promise<T> {
    const queue = this.waiting.get(key);
    if (queue) await new Promise<void>((resolve) => queue.push(resolve));
    else this.waiting.set(key, []);
    // Here the conversation is this turn's alone, until it hands over to the next one in line.
    try {
      return await turn();
    } finally {
      const next = this.waiting.get(key)?.shift();
      if (next) next();
      else this.waiting.delete(key);
    }
  }
}
