/**
 * The interposer opening the phrase a source found before a verb sits in: "Budi saat ditemui
 * Kompas.com mengatakan" (one verb of being reached between), "Andi saat rapat dengan DPR
 * mengatakan" (an occasion of a few plain words): the body named in it is where or with whom
 * the speaker was, not the speaker.
 */
import type { SentenceContext } from '../context';

/** Plain words an occasion may hold between its interposer and the name: "rapat dengan". */
const MAX_OCCASION_WORDS = 3;

/** The index of the interposer opening the phrase before token `start`, -1 when there is
 * none. */
export function interposerIndexBefore(ctx: SentenceContext, start: number): number {
  const { tokens, pack } = ctx;
  for (let k = start - 1; k >= 0 && start - 1 - k <= MAX_OCCASION_WORDS; k--) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || t.cap || ctx.quoted[k]) return -1;
    if (pack.interposers.has(t.lower)) return k;
  }
  return -1;
}

/** The interposer opening the phrase before token `start`, lower case; '' when there is none. */
export function interposerBefore(ctx: SentenceContext, start: number): string {
  const k = interposerIndexBefore(ctx, start);
  return k < 0 ? '' : (ctx.tokens[k]?.lower ?? '');
}

/** Where the subject before an interposer at `k` ends: before a locative opening it too
 * ("Budi di hadapan Ketua X menegaskan": before "di"). */
export function subjectEndBefore(ctx: SentenceContext, k: number): number {
  const before = ctx.tokens[k - 1];
  const locative =
    before?.type === 'word' && !ctx.quoted[k - 1] && ctx.pack.locatives.has(before.lower);
  return locative ? k - 1 : k;
}
