/**
 * Watches the story after an analysis: a change to its container (or the container's
 * parent: a swapped body) asks for a re-check after a quiet spell, and only while the work
 * budget lasts; past it the re-check waits for the budget, so the last change is always
 * looked at, just later. Sumber's own nodes (`data-sumber`: legend host, style) are not the
 * page changing.
 */
import type { WorkBudget } from '@/utils/work-budget';

export interface StoryWatchDeps {
  win: Pick<Window, 'setTimeout' | 'clearTimeout'>;
  budget: WorkBudget;
  /** Quiet time after a DOM change before the re-check (ms). */
  debounceMs: number;
  /** An analysis is running: try again after another quiet spell. */
  busy: () => boolean;
  /** The budget made a re-check wait (for the work counters). */
  onDeferred: () => void;
  recheck: () => Promise<void>;
}

export interface StoryWatch {
  /** Watches `root` (children only, no subtree) and its parent; null stops watching. */
  watch(root: Element | null): void;
  /** A re-check after `delay` ms of quiet (each new call restarts the wait). */
  schedule(delay: number): void;
  /** No more watching, no pending re-check. */
  stop(): void;
}

export function createStoryWatch(deps: StoryWatchDeps): StoryWatch {
  const { win } = deps;
  let observer: MutationObserver | null = null;
  let timer = 0;

  function schedule(delay: number): void {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      if (deps.busy()) return schedule(deps.debounceMs);
      const wait = deps.budget.waitMs();
      if (wait > 0) {
        deps.onDeferred();
        return schedule(wait);
      }
      deps.budget.take();
      void deps.recheck();
    }, delay);
  }

  function unobserve(): void {
    observer?.disconnect();
    observer = null;
  }

  function watch(root: Element | null): void {
    unobserve();
    if (!root || typeof MutationObserver !== 'function') return;
    const watcher = new MutationObserver((records) => {
      const changed = (n: Node) =>
        !(n.nodeType === 1 && (n as Element).hasAttribute('data-sumber'));
      if (records.some((r) => [...r.addedNodes, ...r.removedNodes].some(changed))) {
        schedule(deps.debounceMs);
      }
    });
    watcher.observe(root, { childList: true });
    if (root.parentElement) watcher.observe(root.parentElement, { childList: true });
    observer = watcher;
  }

  return {
    watch,
    schedule,
    stop() {
      unobserve();
      win.clearTimeout(timer);
    },
  };
}
