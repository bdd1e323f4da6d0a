/**
 * "KCNA carried a statement from the foreign ministry that said ...": the words' author speaks
 * through the outlet that carried them, as with "... saying" (rules/saying-clause.ts). "State
 * media ran a commentary that said ..." is the outlet's own piece: the outlet speaks. "The
 * ministry issued a statement which said ..." is the ministry's.
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import type { FoundSource, Span } from '../source';
import { relayVia } from './relayed';
import { speakerBefore } from './speaker-before';
import type { Candidate } from './types';

/** Outlets that carry other people's statements. */
const CARRYING: ReadonlySet<SourceKind> = new Set(['media', 'state_media']);

/** How far before the statement's noun its issuing phrase may start ("carried a statement"). */
const MAX_PHRASE_WORDS = 4;

/** Start of the relative ("that", ", which") right before the verb at `at`, or -1. */
function relativeStart(ctx: SentenceContext, at: number): number {
  const { pack, tokens } = ctx;
  const rel = at - 1;
  // "that" opens the relative as it opens a claim.
  const word = tokens[rel]?.lower ?? '';
  if (ctx.quoted[rel] || !(pack.thingRelatives.has(word) || pack.complementizers.has(word)))
    return -1;
  return tokens[rel - 1]?.text === ',' ? rel - 1 : rel;
}

/** Start of an issuing phrase ("carried a statement") ending right at `end`, or -1. */
function issuedEndingAt(ctx: SentenceContext, end: number): number {
  for (let s = end - 1; s >= 0 && end - s <= MAX_PHRASE_WORDS; s--)
    if (s + ctx.pack.statementIssued.matchAt(ctx.tokens, s) === end) return s;
  return -1;
}

export function carriedRelative(
  ctx: SentenceContext,
  at: number,
  speaker: { span: Span; source: FoundSource },
): Partial<Candidate> | null {
  const { pack, tokens } = ctx;
  const rel = relativeStart(ctx, at);
  if (rel < 0 || speaker.span.end !== rel) return null;
  // "a statement from the foreign ministry that said": the author, through the outlet.
  const marker = speaker.span.start - 1;
  if (pack.authorMarkers.has(tokens[marker]?.lower ?? '')) {
    const s = issuedEndingAt(ctx, marker);
    const issuer = s >= 0 ? speakerBefore(ctx, s) : null;
    if (!issuer || !CARRYING.has(issuer.source.kind) || CARRYING.has(speaker.source.kind))
      return null;
    return relayVia(ctx, issuer.source);
  }
  // "a statement that said": whoever issued it, or the outlet its own piece speaks for.
  const s = issuedEndingAt(ctx, rel);
  if (s < 0 || speaker.source.kind !== 'document') return null;
  const issuer = speakerBefore(ctx, s);
  if (!issuer) return null;
  const piece = tokens[rel - 1]?.lower ?? '';
  if (CARRYING.has(issuer.source.kind) && !pack.outletPieces.has(piece))
    return relayVia(ctx, issuer.source);
  return { source: issuer.source, sourceSpan: issuer.span };
}
