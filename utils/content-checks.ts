/**
 * What the content script checks of the messages it receives, without zod: the content
 * script runs on every page, and the zod runtime alone was about a fifth of its gzipped size.
 * Each check accepts exactly what the matching zod schema in utils/content-schemas.ts accepts
 * (tests/unit/runtime/content-checks.test.ts holds them to that) and returns a clean copy.
 */
import type { ContentRequest, ContentSettings, UiStrings } from '@/utils/messages';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Popup -> content script: one of four requests, or null. */
export function readContentRequest(value: unknown): ContentRequest | null {
  if (!isObject(value)) return null;
  switch (value.type) {
    case 'get-state':
      return { type: value.type };
    case 'analyze-now':
      if (value.lang === undefined) return { type: 'analyze-now' };
      return value.lang === 'en' || value.lang === 'id'
        ? { type: 'analyze-now', lang: value.lang }
        : null;
    case 'set-highlight':
      return typeof value.on === 'boolean' ? { type: 'set-highlight', on: value.on } : null;
    case 'scroll-to-claim':
      return typeof value.id === 'string' ? { type: 'scroll-to-claim', id: value.id } : null;
    default:
      return null;
  }
}

/** The background's reply to `content-settings`, or null. */
export function readContentSettings(value: unknown): ContentSettings | null {
  if (!isObject(value)) return null;
  const { autoRun, highlightByDefault } = value;
  if (typeof autoRun !== 'boolean' || typeof highlightByDefault !== 'boolean') return null;
  return { autoRun, highlightByDefault };
}

/** The background's reply to `ui-strings`: message key -> text, or null. */
export function readUiStrings(value: unknown): UiStrings | null {
  if (!isObject(value) || typeof value.lang !== 'string' || !isObject(value.strings)) return null;
  const strings: Record<string, string> = {};
  for (const [key, text] of Object.entries(value.strings)) {
    if (typeof text !== 'string') return null;
    strings[key] = text;
  }
  return { lang: value.lang, strings };
}

/**
 * The background's report, checked for what the content script relies on (claims with an
 * id, a sentence and a source kind; a summary). The background built it with the engine and
 * the popup validates the whole TabState with zod; the full Report schema is not built on pages.
 */
export function looksLikeReport(value: unknown): boolean {
  if (!isObject(value)) return false;
  const r = value as { claims?: unknown; summary?: unknown; isArticle?: unknown };
  if (!Array.isArray(r.claims) || !isObject(r.summary) || typeof r.isArticle !== 'boolean') {
    return false;
  }
  return r.claims.every((c: unknown) => {
    const claim = c as { id?: unknown; sentence?: unknown; source?: { kind?: unknown } } | null;
    return (
      typeof claim?.id === 'string' &&
      typeof claim.sentence === 'string' &&
      typeof claim.source?.kind === 'string'
    );
  });
}
