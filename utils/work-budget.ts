/**
 * A sliding-window budget for automatic work on a page (re-checks after DOM changes and
 * single-page navigations): at most `limit` takes per `windowMs`. A page that churns all the
 * time (a live blog, a script calling pushState in a loop) then costs a bounded amount of
 * extraction and analysis per minute instead of one run per change. Pure: the clock is given.
 */
export interface WorkBudget {
  /** Takes one unit if the window has room; false when the budget is spent. */
  take(): boolean;
  /** Milliseconds until `take()` can succeed again (0 when it can now). */
  waitMs(): number;
}

export function createWorkBudget(limit: number, windowMs: number, now: () => number): WorkBudget {
  const taken: number[] = [];
  const expire = (t: number) => {
    while (taken.length > 0 && (taken[0] ?? 0) <= t - windowMs) taken.shift();
  };
  return {
    take() {
      const t = now();
      expire(t);
      if (taken.length >= limit) return false;
      taken.push(t);
      return true;
    },
    waitMs() {
      const t = now();
      expire(t);
      if (taken.length < limit) return 0;
      return Math.max(0, (taken[0] ?? t) + windowMs - t);
    },
  };
}

/** FNV-1a over the story's text: tells an unchanged article from a changed one in one pass. */
export function textFingerprint(parts: readonly string[]): string {
  let hash = 0x811c9dc5;
  let length = 0;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      hash ^= part.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    // A separator, so ["ab", "c"] and ["a", "bc"] differ.
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193);
    length += part.length + 1;
  }
  return `${length}:${(hash >>> 0).toString(36)}`;
}
