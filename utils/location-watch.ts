/**
 * Tells the content script when the page's URL changed without a page load (single-page
 * sites, anchors, pushState/replaceState). It reads `location.href` itself and trusts no
 * event's payload: a page can dispatch any event under any name (WXT's own
 * `<id>:content:wxt:locationchange` included, whose forged copy had no URLs and threw), so
 * events here only mean "look at the URL now".
 */
export interface LocationWatchOptions {
  win: Window;
  /** `hashOnly`: only the fragment changed (same document, same story). */
  onChange: (hashOnly: boolean) => void;
  /** Polling period where the Navigation API is missing (Firefox 140), ms. */
  pollMs?: number;
}

function withoutHash(href: string): string {
  const at = href.indexOf('#');
  return at === -1 ? href : href.slice(0, at);
}

/** Starts watching; returns the function that stops it. */
export function watchLocation({ win, onChange, pollMs = 1000 }: LocationWatchOptions): () => void {
  let last = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === last) return;
    const hashOnly = withoutHash(href) === withoutHash(last);
    last = href;
    onChange(hashOnly);
  };
  // `navigate` fires before the URL commits: look right after it.
  const afterNavigate = () => void win.setTimeout(check, 0);
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  const hasNavigationApi = typeof navigation?.addEventListener === 'function';
  if (hasNavigationApi) {
    navigation?.addEventListener('navigate', afterNavigate);
    navigation?.addEventListener('currententrychange', check);
  }
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  // pushState fires no window event: without the Navigation API, poll.
  const poll = hasNavigationApi ? 0 : win.setInterval(check, pollMs);
  return () => {
    if (hasNavigationApi) {
      navigation?.removeEventListener('navigate', afterNavigate);
      navigation?.removeEventListener('currententrychange', check);
    }
    win.removeEventListener('popstate', check);
    win.removeEventListener('hashchange', check);
    if (poll) win.clearInterval(poll);
  };
}
