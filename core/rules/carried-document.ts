/**
 * "A statement carried by Statenews said ...", "Footage broadcast by state TV showed ...":
 * the document an outlet only carried is the source and the outlet its via (flagged when the
 * state runs it), as with the commas of "The statement, carried by Statenews, said". An
 * outlet's own journalism ("a commentary carried by Statenews") is the outlet speaking.
 */
import type { SentenceContext } from '../context';
import { classify, sourceBefore, type FoundSource, type Span } from '../source';
import { CARRIERS } from './carriers';
import type { Candidate } from './types';

export interface CarriedDocument {
  source: FoundSource;
  span: Span;
  carrier: FoundSource;
}

export function carriedDocument(
  ctx: SentenceContext,
  kept: Candidate,
  all: readonly Candidate[],
): CarriedDocument | null {
  const { pack, tokens } = ctx;
  const span = kept.sourceSpan;
  if (!span || !CARRIERS.has(kept.source.kind)) return null;
  // The relay and its outlet close the speaker's phrase ("... carried by Statenews said").
  const relay = all.find(
    (c) =>
      c.rule === 'relayed' &&
      c.sourceSpan?.end === span.end &&
      c.sourceSpan.start >= c.cueSpan.end &&
      c.cueSpan.start >= span.start - (c.cueSpan.end - c.cueSpan.start) &&
      pack.postmodifierRelays.matchAt(tokens, c.cueSpan.start) === c.cueSpan.end - c.cueSpan.start,
  );
  // A document phrase holding the relay ("Footage aired by the Kestrel channel") is read
  // whole as a document; one ending before it is left to the relay refiner's other steps.
  if (!relay || (kept.source.kind === 'document' && relay.cueSpan.start <= span.start)) return null;
  // The outlet as written after the relay ("the state-run Ikhbariya news channel"): its
  // words of the state count too.
  const carrier = classify(ctx, { start: relay.cueSpan.end, end: span.end }) ?? relay.source;
  if (!CARRIERS.has(carrier.kind) || carrier.kind === 'document') return null;
  const end = relay.cueSpan.start;
  const start = span.start < end ? span.start : sourceBefore(ctx, end)?.start;
  if (start === undefined || start >= end) return null;
  // "A statement from the ministry, carried by ...": the aside's comma is no part of it.
  const docSpan = { start, end: tokens[end - 1]?.text === ',' && end - 1 > start ? end - 1 : end };
  if (pack.outletReports.has(tokens[docSpan.end - 1]?.lower ?? '')) return null;
  const source = classify(ctx, docSpan);
  if (!source || source.kind !== 'document') return null;
  return { source, span: docSpan, carrier };
}
