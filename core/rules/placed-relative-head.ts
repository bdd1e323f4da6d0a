/**
 * "Elected leaders from parties that had sat in the opposition said": when the phrase found
 * before the verb sits inside a relative clause (speaker-before.ts, headBeforeRelative), the
 * unnamed people opening the sentence, with the words describing them, are the head.
 */
import type { SentenceContext } from '../context';
import { classify, firstSourcePhrase, type Span } from '../source';
import { UNNAMED_KINDS } from '../source-kind-groups';

const MAX_WORDS_BEFORE_HEAD = 1;

/** The sentence's words up to the relative at token `r`, plain words only, when they hold a
 * phrase of unnamed people ("Elected leaders from parties"), or null. */
export function placedHeadBefore(ctx: SentenceContext, r: number): Span | null {
  const { tokens, pack } = ctx;
  for (let k = 0; k < r; k++) {
    const t = tokens[k];
    if (t?.type !== 'word' || ctx.quoted[k] || pack.cueWords.has(t.lower)) return null;
  }
  // The people open the sentence, after one describing word at most ("Elected leaders").
  const near = firstSourcePhrase(ctx, r);
  if (!near || near.start > MAX_WORDS_BEFORE_HEAD) return null;
  const span = { start: 0, end: r };
  const found = classify(ctx, span);
  return found && UNNAMED_KINDS.has(found.kind) ? span : null;
}
