/**
 * "Okafor declared a day of rest for the dock workers, according to state-run media": a
 * speaker's verb with a thing as its object (no clause, no quotation) reports an act, and the
 * outlet named with "according to" is who tells of it: the outlet is the source and the act
 * its claim. With words after the verb ("Kim said the test was a success, according to
 * KCNA") the speaker stays the source and the outlet is the `via` (see relayed); so too
 * after a verb that only ever reports words ("Kim said the test succeeded, ...").
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import type { Span } from '../source';
import { clauseAt } from './bare-stance';
import { relayVia } from './relayed';
import { claimBefore } from './bare-claim';
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
  // "said the test succeeded": a verb of words alone reports no act.
  if (pack.wordsOnlyVerbs.has(tokens[kept.cueSpan.start]?.lower ?? '')) return false;
  // "<claim>, the premier told business leaders, according to ...": a verb of telling after
  // the words it told, set before its speaker; what follows it is the listener.
  const told = pack.tellVerbs.has(tokens[kept.cueSpan.end - 1]?.lower ?? '');
  if (told && kept.sourceSpan && claimBefore(ctx, kept.sourceSpan.start)) return false;
  // '"...," the spokesman told reporters, according to ...': only an audience after the
  // verb; what was told stands before the speaker.
  const audience = pack.audiences.matchAt(tokens, next);
  if (audience > 0 && tokens.slice(next + audience, end).every((t) => t.type !== 'word'))
    return false;
  for (let k = next; k < end; k++) {
    const t = tokens[k];
    if (!t || ctx.quoted[k] || t.type === 'quote') return false;
    if (pack.complementizers.has(t.lower) || pack.finiteAuxiliaries.has(t.lower)) return false;
  }
  return true;
}

/** Words between the outlet and its verb of quoting ("which also quoted him"). */
const MAX_QUOTING_ADVERBS = 2;

/** "..., according to state media, which quoted him as saying <claim>": the outlet tells of
 * the act and then carries the speaker's own words. Returns where the relative starts and
 * where the words follow, or null. */
function quotedWords(
  ctx: SentenceContext,
  outlet: Candidate,
): { from: number; words: number } | null {
  const { tokens, pack } = ctx;
  let k = outlet.sourceSpan?.end ?? outlet.cueSpan.end;
  if (tokens[k]?.text === ',') k++;
  const from = k;
  const relative = tokens[k]?.lower ?? '';
  if (!pack.thingRelatives.has(relative) && !pack.complementizers.has(relative)) return null;
  k++;
  for (let n = 0; n < MAX_QUOTING_ADVERBS && pack.adverbs.has(tokens[k]?.lower ?? ''); n++) k++;
  const verb = tokens[k]?.lower ?? '';
  if (!pack.quoteVerbs.has(verb) && !pack.citations.has(verb)) return null;
  if (!pack.objectPronouns.has(tokens[k + 1]?.lower ?? '')) return null;
  const complement = pack.quoteComplements.matchAt(tokens, k + 2);
  if (complement === 0 || !tokens[k + 2 + complement]) return null;
  return { from, words: k + 2 + complement };
}

/** The speaker's act relayed by an outlet named after it with "according to", if any. */
function relayedAct(
  ctx: SentenceContext,
  kept: Candidate,
  all: readonly Candidate[],
): Candidate | null {
  if (kept.rank !== 2 || kept.rule === 'according-to' || kept.via) return null;
  if (!kept.sourceSpan || kept.sourceSpan.end > kept.cueSpan.start) return null;
  const outlet = all.find(
    (c) =>
      c.rule === 'according-to' &&
      OUTLETS.has(c.source.kind) &&
      c.cueSpan.start > kept.cueSpan.end &&
      !ctx.pack.citations.has(ctx.tokens[c.cueSpan.start]?.lower ?? ''),
  );
  return outlet && actOnly(ctx, kept, outlet.cueSpan.start) ? outlet : null;
}

/**
 * "Abadi declared three days of mourning, according to state media, which also quoted him as
 * saying <words>": two records, the act told by the outlet and the speaker's words carried by
 * it (source the speaker, `via` the outlet). Returns the second and the two clauses.
 */
export function splitQuotedAct(
  ctx: SentenceContext,
  kept: Candidate,
  all: readonly Candidate[],
): { second: Candidate; first: Span; rest: Span } | null {
  const outlet = relayedAct(ctx, kept, all);
  const quoted = outlet ? quotedWords(ctx, outlet) : null;
  if (!outlet || !quoted) return null;
  const end = ctx.tokens.length;
  const relay = relayVia(ctx, outlet.source);
  const second: Candidate = {
    ...kept,
    ...relay,
    cue: tokensText(ctx, quoted.from, quoted.words),
    cueSpan: { start: quoted.from, end: quoted.words },
    claim: withoutFinalStops(tokensText(ctx, quoted.words, end)),
    reasons: [...(kept.reasons ?? []), ...(relay.reasons ?? [])],
  };
  return { second, first: { start: 0, end: quoted.from }, rest: { start: quoted.from, end } };
}

/** The claim without its closing stops (by hand: an end-anchored regex rescans). */
function withoutFinalStops(s: string): string {
  let end = s.length;
  while (end > 0 && '.!?'.includes(s[end - 1] as string)) end--;
  return s.slice(0, end);
}

export const actRelayed: Refiner = {
  id: 'act-relayed',
  refine(ctx: SentenceContext, kept: Candidate, all: readonly Candidate[]): Candidate {
    const outlet = relayedAct(ctx, kept, all);
    if (!outlet || !kept.sourceSpan) return kept;
    // The act runs from the speaker to the outlet's cue, its comma left out.
    let end = outlet.cueSpan.start;
    while (end > kept.cueSpan.end && ctx.tokens[end - 1]?.type !== 'word') end--;
    return { ...outlet, claim: tokensText(ctx, kept.sourceSpan.start, end) };
  },
};
