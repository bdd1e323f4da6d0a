/**
 * The content script's state machine for one page, apart from the WXT entry point so
 * tests can drive it. Order of work, cheapest first:
 *   gate (a few queries) -> non-article: `skipped`, and nothing else happens on this page;
 *   article -> settings -> idle callback -> extraction -> the background runs the engine ->
 *   `ready` (+ highlighting when on). Every step's time lands in `TabState.timings`.
 */
import type { Report } from '@/core/report';
import type { GateResult } from '@/utils/extract/gate';
import type { ExtractedArticle, ExtractOptions } from '@/utils/extract/extract';
import { buildTextIndex, locateSentences, rangeFor } from '@/utils/content-locate';
import { createPageHighlighter, type LocatedClaim, type PageHighlighter } from '@/utils/highlight';
import { contentRequestSchema, contentSettingsSchema, looksLikeReport, uiStringsSchema } from '@/utils/content-schemas';
import type { BackgroundRequest, ContentSettings, TabState } from '@/utils/messages';

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
}

export interface ContentRunner {
  /** First run on page load (gate, then analysis if it is an article and auto-run is on). */
  start(): Promise<TabState>;
  /** A validated request from the popup; anything else is refused. */
  handle(message: unknown): Promise<TabState>;
  /** The page navigated inside a single-page app: forget everything, look again. */
  onLocationChange(): Promise<TabState>;
  state(): TabState;
  /** Stop watching and remove everything shown in the page. */
  dispose(): void;
}

export class RefusedRequest extends Error {
  override name = 'RefusedRequest';
}

export function createContentRunner(deps: ContentDeps): ContentRunner {
  const { doc, win } = deps;
  const now = deps.now ?? (() => win.performance.now());
  let state: TabState = { status: 'idle', url: win.location.href, highlight: false };
  /** Bumped on navigation: results of an older run are dropped. */
  let generation = 0;
  let running: Promise<TabState> | null = null;
  let located: LocatedClaim[] | null = null;
  let strings: Record<string, string> | null = null;
  let settings: ContentSettings | null = null;
  let observer: MutationObserver | null = null;
  let mutationTimer = 0;
  let signature = '';
  /** True once this page told the background anything (so a later skip must clear its badge). */
  let spoke = false;
  const highlighter: PageHighlighter = createPageHighlighter(doc, { onClose: () => void setHighlight(false) });

  const setState = (next: Partial<TabState>): TabState => (state = { ...state, ...next });

  /** From the background, so the settings module (and its storage code) stays out of every page. */
  async function getSettings(): Promise<ContentSettings> {
    if (!settings) {
      const parsed = contentSettingsSchema().safeParse(await deps.send({ type: 'content-settings' }).catch(() => null));
      settings = parsed.success ? parsed.data : { autoRun: true, highlightByDefault: false };
    }
    return settings;
  }

  function idle(): Promise<void> {
    const timeout = deps.idleTimeout ?? 1500;
    return new Promise((resolve) => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout });
      else win.setTimeout(resolve, 50);
    });
  }

  async function start(): Promise<TabState> {
    const run = generation;
    const t0 = now();
    const gate = deps.gate(doc);
    const gateMs = now() - t0;
    setState({ url: win.location.href, gate, timings: { gate: gateMs } });
    if (!gate.article) {
      // Nothing else on a page that is not an article: no extraction, no message, no badge.
      if (spoke) void deps.send({ type: 'tab-state', status: 'skipped', flagged: 0 }).catch(() => {});
      return setState({ status: 'skipped', report: undefined });
    }
    // The settings round trip and the wait for an idle moment overlap.
    const [s] = await Promise.all([getSettings(), idle()]);
    if (run !== generation) return state;
    setState({ highlight: s.highlightByDefault });
    if (!s.autoRun) return setState({ status: 'idle' });
    return analyzeNow(gate, t0);
  }

  function analyzeNow(gate: GateResult | undefined, t0 = now()): Promise<TabState> {
    // One analysis at a time; a second request waits for the first.
    if (running) return running;
    running = runAnalysis(gate, t0).finally(() => (running = null));
    return running;
  }

  async function runAnalysis(gate: GateResult | undefined, t0: number): Promise<TabState> {
    const run = generation;
    const timings: Record<string, number> = { ...(state.timings ?? {}) };
    setState({ status: 'analyzing', error: undefined, url: win.location.href });
    try {
      const t1 = now();
      const extracted = deps.extract(doc, { url: win.location.href });
      timings.extract = now() - t1;
      const input = {
        blocks: extracted.blocks,
        url: extracted.url ?? win.location.href,
        langHint: extracted.langHint,
        title: extracted.title,
        credits: extracted.credits,
        // "Analyse anyway" means the reader takes it for an article.
        isArticle: gate ? extracted.isArticle : true,
      };
      const t2 = now();
      spoke = true;
      const response = await deps.send({ type: 'analyze', input });
      timings.analyze = now() - t2;
      if (run !== generation) return state;
      if (!looksLikeReport(response)) throw new Error('the analysis came back in an unexpected shape');
      // An explicit request ("Analyse anyway") is analysed as an article (the badge counts
      // it), and the state keeps what the extraction made of the page, with its signals.
      const explicit = gate === undefined;
      const report = response as Report;
      timings.total = now() - t0;
      located = null;
      signature = signatureOf(extracted);
      const seen = explicit ? { gate: { article: extracted.isArticle, signals: extracted.signals } } : {};
      setState({ status: 'ready', report, timings, ...seen });
      watch(extracted.root ?? deps.findRoot?.(doc) ?? null);
      if (state.highlight) await applyHighlight();
      return state;
    } catch (error) {
      if (run !== generation) return state;
      const message = error instanceof Error ? error.message : String(error);
      return setState({ status: 'error', error: message, timings });
    }
  }

  /** Cheap fingerprint of the extracted story, to tell a replaced article from a re-render. */
  function signatureOf(extracted: ExtractedArticle): string {
    const b = extracted.blocks;
    return `${b.length}|${b[0]?.text.slice(0, 80) ?? ''}|${b[b.length - 1]?.text.slice(0, 80) ?? ''}|${extracted.title ?? ''}`;
  }

  /** Watch the story's container and its parent (children only, no subtree): a swapped body re-runs. */
  function watch(root: Element | null): void {
    observer?.disconnect();
    observer = null;
    if (!root || typeof MutationObserver !== 'function') return;
    const watcher = new MutationObserver((records) => {
      // Our own legend host and style are not the page changing.
      const relevant = records.some((r) =>
        [...r.addedNodes, ...r.removedNodes].some((n) => !(n.nodeType === 1 && (n as Element).hasAttribute('data-sumber'))),
      );
      if (!relevant) return;
      win.clearTimeout(mutationTimer);
      mutationTimer = win.setTimeout(() => void recheck(), deps.mutationDebounce ?? 800);
    });
    watcher.observe(root, { childList: true });
    if (root.parentElement) watcher.observe(root.parentElement, { childList: true });
    observer = watcher;
  }

  async function recheck(): Promise<void> {
    if (running || state.status !== 'ready') return;
    const gate = deps.gate(doc);
    if (!gate.article) {
      await onLocationChange();
      return;
    }
    const extracted = deps.extract(doc, { url: win.location.href });
    if (signatureOf(extracted) === signature) {
      // Same story, re-rendered: the marks may point at detached nodes; place them again.
      located = null;
      if (state.highlight) await applyHighlight();
      return;
    }
    generation++;
    highlighter.hide();
    located = null;
    await analyzeNow(gate);
  }

  async function pageText(): Promise<(key: string) => string> {
    if (!strings) {
      try {
        const parsed = uiStringsSchema().safeParse(await deps.send({ type: 'ui-strings' }));
        strings = parsed.success ? parsed.data.strings : {};
      } catch {
        strings = {};
      }
    }
    const table = strings;
    return (key) => table[key] || deps.fallbackText?.(key) || key;
  }

  function locate(): LocatedClaim[] {
    if (located) return located;
    const claims = state.report?.claims ?? [];
    if (claims.length === 0) return (located = []);
    const index = buildTextIndex(doc.body ?? doc.documentElement);
    const spans = locateSentences(
      index,
      claims.map((c) => c.sentence),
    );
    located = claims.map((claim, i) => {
      const span = spans[i];
      return { claim, range: span ? rangeFor(index, span, doc) : null };
    });
    return located;
  }

  async function applyHighlight(): Promise<void> {
    if (state.status !== 'ready') return;
    const t = await pageText();
    const t0 = now();
    highlighter.show(locate(), t);
    setState({ timings: { ...(state.timings ?? {}), highlight: now() - t0 } });
  }

  async function setHighlight(on: boolean): Promise<TabState> {
    setState({ highlight: on });
    if (on) await applyHighlight();
    else highlighter.hide();
    return state;
  }

  async function onLocationChange(): Promise<TabState> {
    generation++;
    observer?.disconnect();
    observer = null;
    win.clearTimeout(mutationTimer);
    highlighter.hide();
    located = null;
    signature = '';
    const keepHighlight = settings?.highlightByDefault ?? false;
    setState({ status: 'idle', report: undefined, error: undefined, gate: undefined, timings: undefined, highlight: keepHighlight, url: win.location.href });
    if (spoke) void deps.send({ type: 'tab-state', status: 'idle', flagged: 0 }).catch(() => {});
    const run = generation;
    await new Promise((resolve) => win.setTimeout(resolve, deps.navigationSettle ?? 400));
    // Navigated again meanwhile: that navigation's run takes over.
    if (run !== generation) return state;
    return start();
  }

  async function handle(message: unknown): Promise<TabState> {
    const parsed = contentRequestSchema().safeParse(message);
    if (!parsed.success) {
      console.warn('[sumber] refused an invalid request');
      throw new RefusedRequest('invalid request');
    }
    const request = parsed.data;
    switch (request.type) {
      case 'get-state':
        return state;
      case 'analyze-now':
        if (running) return running;
        highlighter.hide();
        located = null;
        return analyzeNow(undefined);
      case 'set-highlight':
        return setHighlight(request.on);
      case 'scroll-to-claim': {
        if (state.status !== 'ready') return state;
        const t = await pageText();
        highlighter.focusClaim(request.id, locate(), t);
        return state;
      }
    }
  }

  return {
    start: () => start(),
    handle,
    onLocationChange,
    state: () => state,
    dispose() {
      generation++;
      observer?.disconnect();
      observer = null;
      win.clearTimeout(mutationTimer);
      highlighter.hide();
    },
  };
}
