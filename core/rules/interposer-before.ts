/**
 * The interposer opening the phrase a source found before a verb sits in: "Budi saat ditemui
 * Kompas.com mengatakan" (one verb of being reached between), "Andi saat rapat dengan DPR
 * mengatakan" (an occasion of a few plain words): the body named in it is where or with whom
 * the speaker was, not the speaker.
 */
import type { SentenceContext } from '../context';

/** Plain words an occasion may hold between its interposer and the name: "rapat dengan". */
const MAX_OCCASION_WORDS = 3;

/** The interposer opening the phrase before token `start`, lower case; '' when there is none. */
export function interposerBefore(ctx: SentenceContext, start: number): string {
  const { tokens, pack } = ctx;
  for (let k = start - 1; k >= 0 && start - 1 - k <= MAX_OCCASION_WORDS; k--) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || t.cap || ctx.quoted[k]) return '';
    if (pack.interposers.has(t.lower)) return t.lower;
  }
  return '';
}
