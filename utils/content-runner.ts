/**
 * The content script's state machine for one page, apart from the WXT entry point so
 * tests can drive it. Order of work, cheapest first:
 *   gate (a few queries) -> non-article: `skipped`, and nothing else happens on this page;
 *   article -> settings -> idle callback -> extraction -> the background runs the engine ->
 *   `ready` (+ highlighting when on). Every step's time lands in `TabState.timings`.
 * After that, DOM changes and single-page navigations re-check the page within a work budget
 * (a few re-checks per minute), re-analyse only when the story's text changed, and re-mark
 * the page only when the claims changed; every unit of work is counted in `TabState.work`.
 */
import type { Report } from '@/core/report';
import type { GateResult } from '@/utils/extract/gate';
import type { ExtractedArticle } from '@/utils/extract/extract';
import { buildTextIndex, locateSentences, rangeFor } from '@/utils/content-locate';
import { createPageHighlighter, type LocatedClaim, type PageHighlighter } from '@/utils/highlight';
import {
  looksLikeReport,
  readContentRequest,
  readContentSettings,
  readUiStrings,
} from '@/utils/content-checks';
import type { ContentSettings, TabState } from '@/utils/messages';
import { createStoryWatch } from '@/utils/story-watch';
import { createWorkBudget, textFingerprint } from '@/utils/work-budget';
import type { ContentDeps, ContentRunner } from '@/utils/content-runner-types';
import { RefusedRequest } from '@/utils/content-runner-types';

// Relative: WXT's auto-import scanner does not resolve the @ alias in a star re-export.
export * from './content-runner-types';

/** Six automatic re-checks a minute: a new article in a single-page site is still seen at once. */
const RECHECK_LIMIT = 6;
const RECHECK_WINDOW_MS = 60_000;

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
  /** Fingerprint of the story's text as last analysed: the same text is never analysed twice. */
  let signature = '';
  /** What the pending re-check was asked for: a DOM change, a navigation, or a fragment jump. */
  let pendingNavigation: 'none' | 'hash' | 'url' = 'none';
  let settleWaiters: Array<(s: TabState) => void> = [];
  const budget = createWorkBudget(
    deps.recheckLimit ?? RECHECK_LIMIT,
    deps.recheckWindow ?? RECHECK_WINDOW_MS,
    now,
  );
  const work = { analyses: 0, extractions: 0, highlights: 0, rechecks: 0, deferred: 0 };
  /** True once this page told the background anything (so a later skip must clear its badge). */
  let spoke = false;
  const highlighter: PageHighlighter = createPageHighlighter(doc, {
    onClose: () => void setHighlight(false),
  });
  const story = createStoryWatch({
    win,
    budget,
    debounceMs: deps.mutationDebounce ?? 800,
    busy: () => running !== null,
    onDeferred: () => {
      work.deferred++;
      setState({});
    },
    recheck: () => recheck().finally(settle),
  });

  const setState = (next: Partial<TabState>): TabState =>
    (state = { ...state, ...next, work: { ...work } });

  /** From the background, so the settings module (and its storage code) stays out of every page. */
  async function getSettings(): Promise<ContentSettings> {
    if (!settings) {
      const reply = await deps.send({ type: 'content-settings' }).catch(() => null);
      settings = readContentSettings(reply) ?? { autoRun: true, highlightByDefault: false };
    }
    return settings;
  }

  function idle(): Promise<void> {
    const timeout = deps.idleTimeout ?? 1500;
    return new Promise((resolve) => {
      if (typeof win.requestIdleCallback === 'function')
        win.requestIdleCallback(() => resolve(), { timeout });
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
      if (spoke)
        void deps.send({ type: 'tab-state', status: 'skipped', flagged: 0 }).catch(() => {});
      return setState({ status: 'skipped', report: undefined });
    }
    // The settings round trip and the wait for an idle moment overlap.
    const [s] = await Promise.all([getSettings(), idle()]);
    if (run !== generation) return state;
    setState({ highlight: s.highlightByDefault });
    if (!s.autoRun) return setState({ status: 'idle' });
    return analyzeNow(gate, t0);
  }

  type Extracted = ReturnType<ContentDeps['extract']>;

  function extractNow(): Extracted {
    work.extractions++;
    return deps.extract(doc, { url: win.location.href });
  }

  /** `extracted`: a re-check already extracted the page; it is not extracted again. */
  function analyzeNow(
    gate: GateResult | undefined,
    t0 = now(),
    extracted?: Extracted,
    lang?: 'en' | 'id',
  ): Promise<TabState> {
    // One analysis at a time; a second request waits for the first.
    if (running) return running;
    running = runAnalysis(gate, t0, extracted, lang).finally(() => (running = null));
    return running;
  }

  async function runAnalysis(
    gate: GateResult | undefined,
    t0: number,
    given?: Extracted,
    lang?: 'en' | 'id',
  ): Promise<TabState> {
    const run = generation;
    const timings: Record<string, number> = { ...(state.timings ?? {}) };
    setState({ status: 'analyzing', error: undefined, url: win.location.href });
    try {
      const t1 = now();
      const extracted = given ?? extractNow();
      timings.extract = now() - t1;
      const input = {
        blocks: extracted.blocks,
        url: extracted.url ?? win.location.href,
        langHint: extracted.langHint,
        title: extracted.title,
        credits: extracted.credits,
        // The check's verdict stays in the report; "Analyse anyway" still lists claims.
        isArticle: extracted.isArticle,
        requested: gate === undefined,
      };
      const t2 = now();
      spoke = true;
      work.analyses++;
      const response = await deps.send({ type: 'analyze', input, ...(lang ? { lang } : {}) });
      timings.analyze = now() - t2;
      if (run !== generation) return state;
      if (!looksLikeReport(response))
        throw new Error('the analysis came back in an unexpected shape');
      // After an explicit request ("Analyse anyway") the state keeps what the extraction
      // made of the page, with its signals, for the popup's "What Sumber saw".
      const explicit = gate === undefined;
      const report = response as Report;
      timings.total = now() - t0;
      // The marks already in the page stay when they still show exactly these claims.
      const marksStillRight = state.highlight && marksMatch(report);
      if (!marksStillRight) located = null;
      signature = signatureOf(extracted);
      const seen = explicit
        ? { gate: { article: extracted.isArticle, signals: extracted.signals } }
        : {};
      setState({ status: 'ready', report, timings, ...seen });
      story.watch(extracted.root ?? deps.findRoot?.(doc) ?? null);
      if (state.highlight && !marksStillRight) await applyHighlight();
      return state;
    } catch (error) {
      if (run !== generation) return state;
      const message = error instanceof Error ? error.message : String(error);
      return setState({ status: 'error', error: message, timings });
    }
  }

  /** Fingerprint of the whole extracted story: unchanged text means an unchanged analysis. */
  function signatureOf(extracted: ExtractedArticle): string {
    return textFingerprint([
      extracted.title ?? '',
      ...extracted.blocks.map((b) => `${b.type}:${b.text}`),
    ]);
  }

  /** Marks placed in live nodes for the same sentences, kinds and flags as `report`'s claims. */
  function marksMatch(report: Report): boolean {
    if (!located || located.length !== report.claims.length) return false;
    return located.every((mark, i) => {
      const next = report.claims[i];
      const same =
        next !== undefined &&
        mark.claim.sentence === next.sentence &&
        mark.claim.source.kind === next.source.kind &&
        mark.claim.flags.join() === next.flags.join();
      return (
        same &&
        (!mark.range ||
          (mark.range.startContainer.isConnected && mark.range.endContainer.isConnected))
      );
    });
  }

  function settle(): void {
    const waiters = settleWaiters;
    settleWaiters = [];
    for (const resolve of waiters) resolve(state);
  }

  async function recheck(): Promise<void> {
    work.rechecks++;
    const navigation = pendingNavigation;
    pendingNavigation = 'none';
    const hadReport = state.status === 'ready' || state.status === 'error';
    if (navigation === 'hash' && state.status === 'ready') {
      // Same story, new fragment: the badge is kept; tell the background it still holds.
      setState({ url: win.location.href });
      confirmReport();
      return;
    }
    if (!hadReport) {
      // Nothing analysed here yet (skipped, auto-run off): look at the new page as on load.
      if (navigation === 'none') return;
      resetPage();
      await start();
      return;
    }
    const gate = deps.gate(doc);
    if (!gate.article) {
      resetPage();
      await start();
      return;
    }
    const extracted = extractNow();
    if (signatureOf(extracted) === signature) {
      // Same story (a re-render or a URL change that kept the article): no new analysis.
      setState({ url: win.location.href });
      if (navigation !== 'none') confirmReport();
      // A re-render may have detached the marks: place them again, only then.
      if (state.highlight && state.report && !marksMatch(state.report)) {
        located = null;
        await applyHighlight();
      }
      return;
    }
    generation++;
    if (navigation === 'url') {
      // Another story: its badge is not the old one's.
      highlighter.hide();
      located = null;
      if (spoke)
        void deps.send({ type: 'tab-state', status: 'analyzing', flagged: 0 }).catch(() => {});
    }
    await analyzeNow(gate, now(), extracted);
  }

  /** The background keeps this tab's report (its badge survives same-document navigation). */
  function confirmReport(): void {
    if (spoke && state.status === 'ready')
      void deps.send({ type: 'tab-state', status: 'ready', flagged: 0 }).catch(() => {});
  }

  /** Forgets the page's analysis and marks before looking at it afresh. */
  function resetPage(): void {
    generation++;
    story.watch(null);
    highlighter.hide();
    located = null;
    signature = '';
    const keepHighlight = settings?.highlightByDefault ?? false;
    setState({
      status: 'idle',
      report: undefined,
      error: undefined,
      gate: undefined,
      timings: undefined,
      highlight: keepHighlight,
      url: win.location.href,
    });
  }

  async function pageText(): Promise<(key: string) => string> {
    if (!strings) {
      try {
        strings = readUiStrings(await deps.send({ type: 'ui-strings' }))?.strings ?? {};
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
    work.highlights++;
    highlighter.show(locate(), t);
    setState({ timings: { ...(state.timings ?? {}), highlight: now() - t0 } });
  }

  async function setHighlight(on: boolean): Promise<TabState> {
    setState({ highlight: on });
    if (on) await applyHighlight();
    else highlighter.hide();
    return state;
  }

  function onLocationChange(hashOnly = false): Promise<TabState> {
    // A path change outranks a fragment jump that is still waiting.
    if (!hashOnly) pendingNavigation = 'url';
    else if (pendingNavigation === 'none') pendingNavigation = 'hash';
    const settled = new Promise<TabState>((resolve) => settleWaiters.push(resolve));
    // Sites render the new page after the URL changes: wait for quiet, as for DOM changes.
    story.schedule(deps.navigationSettle ?? 400);
    return settled;
  }

  async function handle(message: unknown): Promise<TabState> {
    const request = readContentRequest(message);
    if (!request) {
      console.warn('[sumber] refused an invalid request');
      throw new RefusedRequest('invalid request');
    }
    switch (request.type) {
      case 'get-state':
        return state;
      case 'analyze-now':
        if (running) return running;
        highlighter.hide();
        located = null;
        return analyzeNow(undefined, now(), undefined, request.lang);
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
      story.stop();
      highlighter.hide();
      settle();
    },
  };
}
