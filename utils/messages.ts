/**
 * Every message between the extension's contexts, declared once and validated on
 * receipt. A message that does not parse is rejected and logged, never trusted.
 */
import * as z from 'zod/mini';
import { ArticleInput, Report } from '@/core/report';
import {
  buildContentRequest,
  buildContentSettings,
  buildUiStrings,
  TAB_STATUSES,
} from '@/utils/content-schemas';

/** What the content script knows about its page; the popup renders it. */
export const TabState = z.object({
  status: z.enum(TAB_STATUSES),
  url: z.string(),
  report: z.optional(Report),
  /** Why the gate skipped the page (signals it saw), for "analyse anyway". */
  gate: z.optional(z.object({ article: z.boolean(), signals: z.array(z.string()) })),
  highlight: z.boolean(),
  error: z.optional(z.string()),
  /** Milliseconds spent on this page, for the benchmarks: gate, extract, analyze (round trip). */
  timings: z.optional(z.record(z.string(), z.number())),
  /** Work done on this page so far (analyses, extractions, highlights, re-checks): counted, not timed. */
  work: z.optional(z.record(z.string(), z.number())),
});
export type TabState = z.infer<typeof TabState>;

/** Popup -> content script. */
export const ContentRequest = buildContentRequest();
export type ContentRequest = z.infer<typeof ContentRequest>;

/** Content script / popup -> background. */
export const BackgroundRequest = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('analyze'),
    input: ArticleInput,
    /** The language the reader picked instead of the detected one. */
    lang: z.optional(z.enum(['en', 'id'])),
  }),
  z.object({
    type: z.literal('analyze-text'),
    text: z.string(),
    lang: z.optional(z.enum(['en', 'id'])),
  }),
  z.object({ type: z.literal('tab-state'), status: z.enum(TAB_STATUSES), flagged: z.number() }),
  /** Content script -> background: the in-page legend's strings in the user's UI language. */
  z.object({ type: z.literal('ui-strings') }),
  /** Content script -> background: the two settings it needs (keeps the settings module out of every page). */
  z.object({ type: z.literal('content-settings') }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

/** Reply to `ui-strings`: message key -> text, in `lang`. */
export const UiStrings = buildUiStrings();
export type UiStrings = z.infer<typeof UiStrings>;

/** Reply to `content-settings`. */
export const ContentSettings = buildContentSettings();
export type ContentSettings = z.infer<typeof ContentSettings>;

/** Storage key (session, else local) under which the context menu hands selected text to the popup's check view. */
export const PENDING_TEXT_KEY = 'pendingText';

/** Longest text `analyze-text` accepts (characters); longer input gets a clear error. */
export const MAX_CHECK_TEXT = 200_000;
