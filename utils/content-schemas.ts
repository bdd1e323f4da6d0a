/**
 * The schemas the content script validates with, declared once here and built on first use.
 * The content script runs on every page: building zod schemas at load cost tens of
 * milliseconds per page in Chromium (measured with the CPU profiler), so nothing here is
 * built until an article is analysed or a request arrives. utils/messages.ts builds the same
 * schemas eagerly for the other contexts, from these builders.
 */
import * as z from 'zod/mini';

export const TAB_STATUSES = ['idle', 'skipped', 'analyzing', 'ready', 'error', 'unsupported'] as const;

/** Builds a schema once, on first call. */
function lazy<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/** Popup -> content script. */
export const buildContentRequest = () =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('get-state') }),
    z.object({ type: z.literal('analyze-now') }),
    z.object({ type: z.literal('set-highlight'), on: z.boolean() }),
    z.object({ type: z.literal('scroll-to-claim'), id: z.string() }),
  ]);

/** Reply to `content-settings`. */
export const buildContentSettings = () => z.object({ autoRun: z.boolean(), highlightByDefault: z.boolean() });

/** Reply to `ui-strings`: message key -> text, in `lang`. */
export const buildUiStrings = () => z.object({ lang: z.string(), strings: z.record(z.string(), z.string()) });

export const contentRequestSchema = lazy(buildContentRequest);
export const contentSettingsSchema = lazy(buildContentSettings);
export const uiStringsSchema = lazy(buildUiStrings);

/**
 * The background's report, checked for what the content script relies on (claims with an
 * id, a sentence and a source kind; a summary). The background built it with the engine and
 * the popup validates the whole TabState with zod; the full Report schema is not built on pages.
 */
export function looksLikeReport(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as { claims?: unknown; summary?: unknown; isArticle?: unknown };
  if (!Array.isArray(r.claims) || typeof r.summary !== 'object' || r.summary === null || typeof r.isArticle !== 'boolean') return false;
  return r.claims.every((c: unknown) => {
    const claim = c as { id?: unknown; sentence?: unknown; source?: { kind?: unknown } } | null;
    return typeof claim?.id === 'string' && typeof claim.sentence === 'string' && typeof claim.source?.kind === 'string';
  });
}
