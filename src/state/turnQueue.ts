import type { TurnLock } from './blobTurnLock.js';

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

/** A turn that ran past its time; its conversation has been handed to the next turn. */
export class TurnTimeoutError extends Error {
  override name = 'TurnTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`turn still running after ${timeoutMs} ms`);
  }
}

/**
 * A turn lock whose turns give their conversation up after `timeoutMs`: the turn's caller gets a
 * `TurnTimeoutError` (the adapter's error handler logs it, clears the state and apologises) and the
 * next turn of the conversation runs. A JavaScript promise cannot be cancelled, so the stuck turn
 * itself may still finish later; every outgoing call has its own timeout, so that is rare. Without
 * this, one reply call that never returned blocked its conversation for good.
 */
export function withTurnTimeout(lock: TurnLock, timeoutMs: number, onTimeout: () => void): TurnLock {
  return {
    run: <T>(key: string, turn: () => Promise<T>) =>
      lock.run(
        key,
        () =>
          new Promise<T>((resolve, reject) => {
            const timer = setTimeout(() => {
              onTimeout();
              reject(new TurnTimeoutError(timeoutMs));
            }, timeoutMs);
            Promise.resolve()
              .then(turn)
              .then(
                (value) => {
                  clearTimeout(timer);
                  resolve(value);
                },
                (error: unknown) => {
                  clearTimeout(timer);
                  reject(error);
                },
              );
          }),
      ),
  };
}
