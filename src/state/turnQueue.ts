/**
 * Runs the turns of one conversation one after the other. The SDK saves conversation state with
 * eTag "*", so two turns of the same conversation running together would each overwrite the other's
 * state (a "None of these" lost, a did-you-mean forgotten); turns of different conversations still
 * run side by side.
 */
export class TurnQueue {
  // Also the in-process TurnLock: see blobTurnLock.ts for the one across instances.
  private readonly tails = new Map<string, Promise<unknown>>();

  /** How many conversations have a turn running or waiting. */
  get active(): number {
    return this.tails.size;
  }

  run<T>(key: string, turn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(turn, turn);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
