/**
 * A speaker set in a relative clause of the claim: "two shootings that authorities said
 * appeared related", "a fire which police say was set". The clause's subject speaks of the
 * head before the relative; when an outlet closing the sentence reports the whole ("...,
 * local media reported"), that outlet is the source and the clause's attribution is nested.
 */
import type { SentenceContext } from '../context';
import type { Span } from '../source';
import { CARRIERS } from './carriers';
import type { Candidate } from './types';

/** The relative clause's subject is a group of people by itself ("that authorities said",
 * "that senior officials say"): they speak, and the head before the relative is what they
 * speak of. A clause withholding a name ("who asked not to be named") only describes that
 * head. */
export function standsAlone(ctx: SentenceContext, span: Span): boolean {
  const { tokens, pack } = ctx;
  const first = tokens[span.start];
  if (!first || pack.withheldNames.matchAt(tokens, span.start, span.end) > 0) return false;
  if (first.cap || pack.determiners.has(first.lower) || pack.modifiers.has(first.lower))
    return true;
  return (
    pack.unnamedOfficials.matchAt(tokens, span.start, span.end) > 0 ||
    pack.anonymous.matchAt(tokens, span.start, span.end) > 0
  );
}

/** The kept speaker opens a relative clause about a thing the claim names: a word, or the
 * comma of a non-restrictive clause, stands before the relative ("a fire that", "blast,
 * which"). */
function inRelativeClause(ctx: SentenceContext, kept: Candidate): boolean {
  const { tokens, pack } = ctx;
  const src = kept.sourceSpan;
  if (!src || src.end > kept.cueSpan.start || src.start < 2) return false;
  const rel = tokens[src.start - 1];
  const before = tokens[src.start - 2];
  if (!rel || !before || !pack.clauseRelatives.has(rel.lower)) return false;
  return before.type === 'word' || before.text === ',';
}

/** "..., local media reported", "..., Statenews said": an outlet's cue and phrase closing
 * the sentence after the kept speaker's verb. */
function closingOutlet(ctx: SentenceContext, kept: Candidate, all: readonly Candidate[]) {
  const { tokens } = ctx;
  return all.find((c) => {
    if (c === kept || c.rank !== 2 || !CARRIERS.has(c.source.kind) || !c.sourceSpan) return false;
    if (c.source.kind === 'document' || c.source.reasons.length > 0) return false;
    const start = Math.min(c.cueSpan.start, c.sourceSpan.start);
    if (start <= kept.cueSpan.end || tokens[start - 1]?.text !== ',') return false;
    const end = Math.max(c.cueSpan.end, c.sourceSpan.end);
    return tokens.slice(end).every((t) => t.type === 'punct');
  });
}

/** The closing outlet's own candidate when the kept speaker only attributes a relative clause
 * of what the outlet reports; null otherwise. */
export function outletOverRelative(
  ctx: SentenceContext,
  kept: Candidate,
  all: readonly Candidate[],
): Candidate | null {
  if (!inRelativeClause(ctx, kept)) return null;
  return closingOutlet(ctx, kept, all) ?? null;
}
