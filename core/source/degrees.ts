/**
 * Academic and professional degrees written after a name ("Budi Santoso, S.H., M.H.", "Budi
 * Santoso, SH, MH", "Budi Santoso SH MH"), as the pack lists them.
 */
import type { SentenceContext } from '../context';
import { isWord, outletIn } from './tokens';
import type { Span } from './types';

const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
/** A lower-case letter: built once, not at each word (a hot path). */
const LOWER = /\p{Ll}/u;

/** A degree at token `k`: "S.E", "M.Si", or undotted "SH", "MSi" (two capitals or more show
 * it is no word). */
export function degreeWordAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!isWord(t) || ctx.quoted[k] || !ctx.pack.nameDegrees.has(t.lower)) return false;
  // "Kantor berita Saudi SPA": an outlet the registry finds there is no degree ("SpA").
  if (!t.lower.includes('.') && outletIn(ctx, { start: k, end: k + 1 }) !== null) return false;
  return t.lower.includes('.') || TWO_CAPITALS.test(t.text);
}

/** Where the degree ending at token `k` starts ("S.E" + ".", "M.Si", "SH"), or null. */
export function degreeEndingAt(ctx: SentenceContext, k: number): number | null {
  if (ctx.tokens[k]?.text === '.' && degreeWordAt(ctx, k - 1)) return k - 1;
  return degreeWordAt(ctx, k) ? k : null;
}

/** A word of a name: a capital, then small letters ("Santoso", not "BPBD"). */
function nameWordAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  return isWord(t) && t.cap && LOWER.test(t.text);
}

/**
 * The span without the degrees ending it ("Kuasa hukum warga, Budi Santoso SH MH" reads
 * as "Kuasa hukum warga, Budi Santoso"), when a name's word stands right before them; the
 * span itself otherwise.
 */
export function withoutDegrees(ctx: SentenceContext, span: Span): Span {
  let end = span.end;
  for (;;) {
    const k = ctx.tokens[end - 1]?.text === ',' ? end - 2 : end - 1;
    const at = degreeEndingAt(ctx, k);
    if (at === null || at <= span.start) break;
    end = ctx.tokens[at - 1]?.text === ',' ? at - 1 : at;
  }
  if (end === span.end || end <= span.start || !nameWordAt(ctx, end - 1)) return span;
  return { start: span.start, end };
}

/**
 * The end of the degrees written after a name at `end`, each after its comma ("Budi Santoso,
 * S.H., M.H., korban ..." ends after "M.H."), or `end` when none follows a name's word. The
 * degrees belong to the source: the clause after them is the claim. A final dot is taken
 * only when more of the sentence follows it (else it ends the sentence).
 */
export function degreesRight(ctx: SentenceContext, end: number): number {
  const { tokens } = ctx;
  if (!nameWordAt(ctx, end - 1)) return end;
  let k = end;
  while (tokens[k]?.text === ',' && degreeWordAt(ctx, k + 1)) {
    const dot = tokens[k + 2]?.text === '.' && tokens[k + 3] !== undefined;
    k += dot ? 3 : 2;
  }
  return k;
}
