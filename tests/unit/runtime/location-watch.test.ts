// @vitest-environment happy-dom
/** The content script's own URL watch: reads location itself, so forged events cannot steer or break it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from '@/utils/location-watch';

describe('watchLocation', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    history.replaceState({}, '', '/story');
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('tells a path change from a fragment jump', async () => {
    const changes: boolean[] = [];
    stop = watchLocation({
      win: window,
      onChange: (hashOnly) => changes.push(hashOnly),
      pollMs: 100,
    });
    history.pushState({}, '', '/story#comments');
    await vi.advanceTimersByTimeAsync(150);
    history.pushState({}, '', '/other-story');
    await vi.advanceTimersByTimeAsync(150);
    history.replaceState({}, '', '/other-story');
    await vi.advanceTimersByTimeAsync(150);
    expect(changes).toEqual([true, false]);
  });

  it("forged events (WXT's location-change name included) neither throw nor report a change", async () => {
    const onChange = vi.fn();
    stop = watchLocation({ win: window, onChange, pollMs: 100 });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    for (const name of [
      'wxt:locationchange',
      'some-id:content:wxt:locationchange',
      'popstate',
      'hashchange',
      'navigate',
      'currententrychange',
    ]) {
      expect(() => window.dispatchEvent(new Event(name))).not.toThrow();
      window.dispatchEvent(
        new CustomEvent(name, { detail: { newUrl: 'https://evil.test/', oldUrl: null } }),
      );
    }
    await vi.advanceTimersByTimeAsync(300);
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stops watching', async () => {
    const onChange = vi.fn();
    watchLocation({ win: window, onChange, pollMs: 100 })();
    history.pushState({}, '', '/elsewhere');
    await vi.advanceTimersByTimeAsync(300);
    expect(onChange).not.toHaveBeenCalled();
  });
});
