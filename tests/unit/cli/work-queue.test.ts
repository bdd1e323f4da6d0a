/** The batch's shared queue: indexes in order, never past the allowed limit, closed for good. */
import { describe, expect, it } from 'vitest';
import { WorkQueue } from '@/cli/work-queue';

describe('WorkQueue', () => {
  it('hands out each index once, in order, up to the limit', () => {
    const queue = new WorkQueue();
    expect(queue.take()).toBe(-1); // nothing allowed yet
    queue.allow(3);
    expect([queue.take(), queue.take(), queue.take(), queue.take()]).toEqual([0, 1, 2, -1]);
    queue.allow(2); // a limit never goes down
    queue.allow(4);
    expect([queue.take(), queue.take()]).toEqual([3, -1]);
  });

  it('is shared through its buffer, and closing ends every taker', () => {
    const queue = new WorkQueue();
    const other = new WorkQueue(queue.buffer);
    queue.allow(2);
    expect([other.take(), queue.take(), other.take()]).toEqual([0, 1, -1]);
    queue.close();
    queue.allow(10);
    expect(other.take(true)).toBe(-1); // would block if the queue were open
  });
});
