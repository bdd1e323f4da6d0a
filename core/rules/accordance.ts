/**
 * "according to the custom of most firms", "according to tradition", "according to retry
 * logic": "according to" keeps in line with a practice or a method, which says nothing; no
 * source follows.
 */
import type { SentenceContext } from '../context';
import { possessiveName } from './util';

/** Lower-case words that may describe the practice before its noun ("retry logic"). */
const MAX_DESCRIBING_WORDS = 2;

/** The words after the cue (from token `from`) open with a practice noun, after at most a
 * determiner or possessive ("the custom", "his habit") and two lower-case describing words
 * ("the usual retry logic") that ends its phrase. */
export function practiceAfter(ctx: SentenceContext, from: number): boolean {
  const { tokens, pack } = ctx;
  const lead = tokens[from]?.lower ?? '';
  let at = pack.determiners.has(lead) || pack.possessives.has(lead) ? from + 1 : from;
  // "according to Riyadh's pricing strategy": an owner's name before the practice.
  if (possessiveName(ctx, at) && tokens[at]?.cap) at++;
  for (let k = 0; k <= MAX_DESCRIBING_WORDS; k++, at++) {
    const t = tokens[at];
    if (!t || t.type !== 'word' || ctx.quoted[at]) return false;
    // The noun heads the phrase: "according to the algorithm designers" are people.
    const next = tokens[at + 1];
    const head = !next || next.type !== 'word' || pack.stopwords.has(next.lower);
    // Lower case: "according to Customs" names the agency.
    if (pack.accordanceNouns.has(t.lower) && head && !t.cap) return true;
    if (t.cap || pack.stopwords.has(t.lower)) return false;
  }
  return false;
}
