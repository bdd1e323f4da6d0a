/**
 * Answers of the pure look-ups a sentence's rules ask again and again (classify a span, the
 * speaker before a verb), kept for the sentence: the rules ask the same span of one sentence
 * several times (speaker-verb, stance and finding verbs, the refiners), and classifying one
 * runs every stage. An answer holds while the article's referents are as they were when it was
 * found (a sentence's own claims are added to them before its mentions are read), so a
 * pronoun is never resolved against an older state. Callers treat answers as read-only, as
 * they always have (a claim copies its source).
 */
import type { SentenceContext } from './context';

interface Kept<T> {
  /** Referents.version and the evidence object the answer was found with. */
  version: number;
  evidence: unknown;
  value: T;
}

/** One table per look-up: per sentence, answers by their numeric key. */
export class SpanMemo<T> {
  private readonly bySentence = new WeakMap<SentenceContext, Map<number, Kept<T>>>();

  /** The answer for `key` in this sentence, found by `find` unless a valid one is kept. */
  get(ctx: SentenceContext, key: number, find: () => T): T {
    let kept = this.bySentence.get(ctx);
    if (kept === undefined) {
      kept = new Map();
      this.bySentence.set(ctx, kept);
    }
    const { referents } = ctx;
    const hit = kept.get(key);
    if (
      hit !== undefined &&
      hit.version === referents.version &&
      hit.evidence === referents.evidence
    )
      return hit.value;
    const value = find();
    kept.set(key, { version: referents.version, evidence: referents.evidence, value });
    return value;
  }
}

/** A span's key: its start and end (a sentence has far fewer than 2^21 tokens). */
export function spanKey(start: number, end: number): number {
  return start * 2_097_152 + end;
}
