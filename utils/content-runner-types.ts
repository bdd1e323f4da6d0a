/**
 * What the content script's runner needs from its page and browser (ContentDeps) and what it
 * offers the WXT entry point and the tests (ContentRunner). Apart from the runner so the
 * contract reads on one screen.
 */
import type { GateResult } from '@/utils/extract/gate';
import type { ExtractedArticle, ExtractOptions } from '@/utils/extract/extract';
import type { BackgroundRequest, TabState } from '@/utils/messages';

export interface ContentDeps {
  doc: Document;
  win: Window;
  gate: (doc: Document) => GateResult;
  extract: (doc: Document, opts: ExtractOptions) => ExtractedArticle & { root?: Element | null };
  /** The element holding the story, for the mutation watch, when extraction does not say. */
  findRoot?: (doc: Document) => Element | null;
  send: (message: BackgroundRequest) => Promise<unknown>;
  /** Fallback text for a message key (browser.i18n) when the background has no strings. */
  fallbackText?: (key: string) => string;
  now?: () => number;
  /** Longest wait for an idle moment before extracting anyway (ms). */
  idleTimeout?: number;
  /** Quiet time after the last relevant DOM change before re-checking the article (ms). */
  mutationDebounce?: number;
  /** Wait after a single-page navigation before looking at the new page (ms): sites render it after the URL changes. */
  navigationSettle?: number;
  /** Automatic re-checks (extraction, maybe analysis) allowed per `recheckWindow` ms. */
  recheckLimit?: number;
  recheckWindow?: number;
}

export interface ContentRunner {
  /** First run on page load (gate, then analysis if it is an article and auto-run is on). */
  start(): Promise<TabState>;
  /** A validated request from the popup; anything else is refused. */
  handle(message: unknown): Promise<TabState>;
  /**
   * The URL changed without a page load. `hashOnly`: only the fragment changed (same story).
   * Settles on the page's new state: re-analysed when its story changed, kept otherwise.
   */
  onLocationChange(hashOnly?: boolean): Promise<TabState>;
  state(): TabState;
  /** Stop watching and remove everything shown in the page. */
  dispose(): void;
}

export class RefusedRequest extends Error {
  override name = 'RefusedRequest';
}
