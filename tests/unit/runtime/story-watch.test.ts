// @vitest-environment happy-dom
/** The story watch on its own: quiet spells, the work budget, and Sumber's own nodes. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStoryWatch } from '@/utils/story-watch';
import { createWorkBudget } from '@/utils/work-budget';

function setup(limit = 2) {
  const recheck = vi.fn(() => Promise.resolve());
  const onDeferred = vi.fn();
  let busy = false;
  const budget = createWorkBudget(limit, 60_000, () => vi.getMockedSystemTime()?.getTime() ?? 0);
  const story = createStoryWatch({
    win: window,
    budget,
    debounceMs: 100,
    busy: () => busy,
    onDeferred,
    recheck,
  });
  const root = document.createElement('div');
  document.body.append(root);
  return { story, root, recheck, onDeferred, setBusy: (b: boolean) => (busy = b) };
}

/** MutationObserver callbacks run as microtasks; timers are faked. */
const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('story watch', () => {
  it('re-checks once after a burst of changes has gone quiet', async () => {
    const { story, root, recheck } = setup();
    story.watch(root);
    for (let i = 0; i < 5; i++) root.append(document.createElement('p'));
    await flush();
    vi.advanceTimersByTime(99);
    expect(recheck).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(recheck).toHaveBeenCalledOnce();
  });

  it("ignores Sumber's own nodes", async () => {
    const { story, root, recheck } = setup();
    story.watch(root);
    const own = document.createElement('div');
    own.setAttribute('data-sumber', 'legend');
    root.append(own);
    await flush();
    vi.advanceTimersByTime(1_000);
    expect(recheck).not.toHaveBeenCalled();
  });

  it('waits for the budget instead of dropping the last change', () => {
    const { story, recheck, onDeferred } = setup(2);
    for (let i = 0; i < 3; i++) {
      story.schedule(100);
      vi.advanceTimersByTime(100);
    }
    expect(recheck).toHaveBeenCalledTimes(2);
    expect(onDeferred).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(60_000);
    expect(recheck).toHaveBeenCalledTimes(3);
  });

  it('waits while an analysis runs, and stop() cancels what is pending', () => {
    const { story, recheck, setBusy } = setup();
    setBusy(true);
    story.schedule(100);
    vi.advanceTimersByTime(500);
    expect(recheck).not.toHaveBeenCalled();
    setBusy(false);
    vi.advanceTimersByTime(100);
    expect(recheck).toHaveBeenCalledOnce();
    story.schedule(100);
    story.stop();
    vi.advanceTimersByTime(1_000);
    expect(recheck).toHaveBeenCalledOnce();
  });
});
