import { describe, expect, it } from 'vitest';
import { TurnQueue } from '../../src/state/turnQueue.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('the turn queue', () => {
  it('runs the turns of one conversation one after the other, in order, and others side by side', async () => {
    const queue = new TurnQueue();
    const events: string[] = [];
    const turn = (name: string) => async () => {
      events.push(`${name} start`);
      await tick();
      events.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([queue.run('a', turn('a1')), queue.run('a', turn('a2')), queue.run('b', turn('b1')), queue.run('a', turn('a3'))]);
    expect(results).toEqual(['a1', 'a2', 'b1', 'a3']);
    const of = (prefix: string) => events.filter((e) => e.startsWith(prefix));
    expect(of('a')).toEqual(['a1 start', 'a1 end', 'a2 start', 'a2 end', 'a3 start', 'a3 end']);
    // b did not wait for a.
    expect(events.indexOf('b1 start')).toBeLessThan(events.indexOf('a1 end'));
    expect(queue.active).toBe(0);
  });

  it('lets the next turn run after one fails, and hands the failure to its caller', async () => {
    const queue = new TurnQueue();
    const failing = queue.run('a', async () => {
      await tick();
      throw new Error('turn failed');
    });
    const thrownAtOnce = queue.run('a', () => {
      throw new Error('thrown before a promise');
    });
    const next = queue.run('a', async () => 'next ran');
    await expect(failing).rejects.toThrow('turn failed');
    await expect(thrownAtOnce).rejects.toThrow('thrown before a promise');
    await expect(next).resolves.toBe('next ran');
    expect(queue.active).toBe(0);
  });
});
