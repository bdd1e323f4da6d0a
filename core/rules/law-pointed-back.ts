/**
 * "Berdasarkan ketentuan tersebut, pelaku dapat dikenai sanksi": after a sentence citing a
 * law, a provision pointed back to is that law, a basis the sentence follows and no source
 * (see according-to.ts, where laws named outright are left out the same way).
 */
import type { SentenceContext } from '../context';
import type { Span } from '../source';
import { tokenize } from '../text';

/** Longest phrase pointing back to a law ("ketentuan dalam aturan tersebut"), in tokens. */
const MAX_POINTING_TOKENS = 4;

/** The span is a short phrase closed by a pointing word ("ketentuan tersebut") and the
 * sentence before names a law or regulation. */
export function lawPointedBack(ctx: SentenceContext, span: Span): boolean {
  const { pack } = ctx;
  const last = ctx.tokens[span.end - 1]?.lower ?? '';
  if (!ctx.previous || span.end - span.start > MAX_POINTING_TOKENS) return false;
  if (!pack.anaphoricMarkers.has(last)) return false;
  const previous = tokenize(ctx.previous);
  return pack.regulations.find(previous, 0, previous.length) !== null;
}
