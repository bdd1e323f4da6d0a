/**
 * The zod schemas of the messages between the content script and the rest of the extension,
 * as builders: utils/messages.ts builds them for the background and the popup. The content
 * script itself checks the same shapes without zod (utils/content-checks.ts), since it runs
 * on every page and the zod runtime was about a fifth of its size.
 */
import * as z from 'zod/mini';

export const TAB_STATUSES = [
  'idle',
  'skipped',
  'analyzing',
  'ready',
  'error',
  'unsupported',
] as const;

/** Popup -> content script. */
export const buildContentRequest = () =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('get-state') }),
    /** "Analyse anyway", or again in the language the reader picked (`lang`). */
    z.object({ type: z.literal('analyze-now'), lang: z.optional(z.enum(['en', 'id'])) }),
    z.object({ type: z.literal('set-highlight'), on: z.boolean() }),
    z.object({ type: z.literal('scroll-to-claim'), id: z.string() }),
  ]);

/** Reply to `content-settings`. */
export const buildContentSettings = () =>
  z.object({ autoRun: z.boolean(), highlightByDefault: z.boolean() });

/** Reply to `ui-strings`: message key -> text, in `lang`. */
export const buildUiStrings = () =>
  z.object({ lang: z.string(), strings: z.record(z.string(), z.string()) });
