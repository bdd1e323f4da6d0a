/**
 * "Abadi declared three days of mourning for the victims, according to state-run media": a
 * speaker's verb with a thing as its object (no clause, no quotation) reports an act, and the
 * outlet named with "according to" is who tells of it: the outlet is the source and the act
 * its claim. With words after the verb ("Kim said the test was a success, according to
 * KCNA") the speaker stays the source and the outlet is the `via` (see relayed).
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import { clauseAt } from './bare-stance';
import type { Candidate, Refiner } from './types';
import { tokensText } from './util';

const OUTLETS: ReadonlySet<SourceKind> = new Set(['media', 'state_media']);

/** The words after the cue up to `end` hold no clause (no complementizer, no finite
 * auxiliary: "said on Friday Russia had done more") and no quotation. */
function actOnly(ctx: SentenceContext, kept: Candidate, end: number): boolean {
  const { tokens, pack } = ctx;
  const next = kept.cueSpan.end;
  const first = tokens[next];
  if (!first || first.type !== 'word' || clauseAt(ctx, next)) return false;
  for (let k = next; k < end; k++) {
    const t = tokens[k];
    if (!t || ctx.quoted[k] || t.type === 'quote') return false;
    if (pack.complementizers.has(t.lower) || pack.finiteAuxiliaries.has(t.lower)) return false;
  }
  return true;
}

export const actRelayed: Refiner = {
  id: 'act-relayed',
  refine(ctx: SentenceContext, kept: Candidate, all: readonly Candidate[]): Candidate {
    if (kept.rank !== 2 || kept.rule === 'according-to' || kept.via) return kept;
    if (!kept.sourceSpan || kept.sourceSpan.end > kept.cueSpan.start) return kept;
    const outlet = all.find(
      (c) =>
        c.rule === 'according-to' &&
        OUTLETS.has(c.source.kind) &&
        c.cueSpan.start > kept.cueSpan.end &&
        !ctx.pack.citations.has(ctx.tokens[c.cueSpan.start]?.lower ?? ''),
    );
    if (!outlet || !actOnly(ctx, kept, outlet.cueSpan.start)) return kept;
    // The act runs from the speaker to the outlet's cue, its comma left out.
    let end = outlet.cueSpan.start;
    while (end > kept.cueSpan.end && ctx.tokens[end - 1]?.type !== 'word') end--;
    return { ...outlet, claim: tokensText(ctx, kept.sourceSpan.start, end) };
  },
};
