/**
 * "Xinhua, citing an unnamed official, said ...", "The ministry, quoting a senior official,
 * said ...": a speaker's cue paired with the citation it makes, the cited source's span and
 * the claim of the pair. Shared by the relay refiner (relayed.ts).
 */
import type { SentenceContext } from '../context';
import { claimText } from '../claim';
import type { SourceKind } from '../report';
import { classify, sourceBefore, type Span } from '../source';
import type { Candidate } from './types';
import { CARRIERS } from './carriers';

/** Kinds of speaker that pass on their people's words, and kinds of those people. */
export const INSTITUTIONS: ReadonlySet<SourceKind> = new Set(['official_body', 'organization']);
export const PEOPLE: ReadonlySet<SourceKind> = new Set([
  'named_person',
  'unnamed_official',
  'anonymous',
]);

/** Tokens between an outlet's verb and its "citing" ("said on Sunday, citing"). */
const MAX_CITING_GAP = 4;

/** "Xinhua, citing an unnamed official, said ...", "..., TASS said, citing a source in the
 * defence ministry": the cited source speaks through the outlet. Returns the citing
 * candidate and the outlet's own candidate, whichever of the two was kept. */
export function citingPair(
  ctx: SentenceContext,
  kept: Candidate,
  all: readonly Candidate[],
): { citing: Candidate; carrier: Candidate } | null {
  const isCiting = (c: Candidate) =>
    ctx.pack.citations.has(ctx.tokens[c.cueSpan.start]?.lower ?? '');
  const speaks = (c: Candidate) =>
    c.rank === 2 && c.sourceSpan !== null && c.sourceSpan.end <= c.cueSpan.start && !isCiting(c);
  if (isCiting(kept)) {
    // The outlet's source before "citing", its verb after the cited source.
    const carrier =
      all.find(
        (c) =>
          speaks(c) &&
          (c.sourceSpan?.start ?? 0) < kept.cueSpan.start &&
          c.cueSpan.start >= (kept.sourceSpan?.end ?? kept.cueSpan.end),
      ) ?? citingOutlet(ctx, kept);
    return carrier ? { citing: kept, carrier } : null;
  }
  // "..., reported the state news agency, citing ...": the outlet after its verb.
  const after = kept.rank === 2 && (kept.sourceSpan?.start ?? -1) >= kept.cueSpan.end;
  // "..., the ministry said, citing a senior official": an institution passes on a person's
  // words only in a citation right after its verb ("said the plan was dropped, citing
  // officials" may give its reason).
  const institution = INSTITUTIONS.has(kept.source.kind);
  if ((!speaks(kept) && !after) || isCiting(kept)) return null;
  if (!CARRIERS.has(kept.source.kind) && !institution) return null;
  const end = after ? (kept.sourceSpan as Span).end : kept.cueSpan.end;
  // "Xinhua melaporkan, Selasa (8/12), mengutip ...": a date set off by commas is no gap.
  const near = (c: Candidate) =>
    c.cueSpan.start <= end + MAX_CITING_GAP || datedGap(ctx, end, c.cueSpan.start);
  const citing = all.find(
    (c) =>
      isCiting(c) &&
      c.cueSpan.start >= end &&
      (institution ? PEOPLE.has(c.source.kind) && near(c) : near(c) || closingCitation(ctx, c)),
  );
  return citing ? { citing, carrier: kept } : null;
}

/** Date punctuation: "(8/12)". */
const DATE_PUNCT = /^[()/.,]$/;

/** Only a date set off by commas between tokens `from` and `to` (", Selasa (8/12),"). */
function datedGap(ctx: SentenceContext, from: number, to: number): boolean {
  const { tokens, pack } = ctx;
  if (tokens[from]?.text !== ',' || tokens[to - 1]?.text !== ',') return false;
  let dated = false;
  for (let k = from + 1; k < to - 1; k++) {
    const t = tokens[k];
    if (!t || ctx.quoted[k]) return false;
    const number = /^\d/.test(t.text);
    if (t.type === 'word' ? !pack.timeWords.has(t.lower) && !number : !DATE_PUNCT.test(t.text))
      return false;
    if (number || (t.type === 'word' && t.cap)) dated = true;
  }
  return dated;
}

/** "KCNA mengutip pernyataan Kim bahwa ...": an outlet as the subject of the citing verb
 * itself carries what it cites, as "KCNA, citing Kim, said" does. */
function citingOutlet(ctx: SentenceContext, citing: Candidate): Candidate | null {
  const span = sourceBefore(ctx, citing.cueSpan.start);
  if (!span || span.end !== citing.cueSpan.start) return null;
  const source = classify(ctx, span);
  if (source?.kind !== 'media' && source?.kind !== 'state_media') return null;
  return { ...citing, source, sourceSpan: span };
}

/** "Xinhua reported that <claim>, citing the ministry", "Xinhua melaporkan bahwa ...,
 * mengutip seorang pejabat": a citation after a comma whose
 * source (with any relative clause about it) closes the sentence cites for the outlet's whole
 * clause. */
function closingCitation(ctx: SentenceContext, citing: Candidate): boolean {
  const { tokens } = ctx;
  if (tokens[citing.cueSpan.start - 1]?.text !== ',' || !citing.sourceSpan) return false;
  // "..., citing a diplomatic source, who said the talks start in May": a relative clause
  // about the cited source closes the sentence with it.
  const end = citing.sourceSpan.end;
  const rel = tokens[end]?.text === ',' ? end + 1 : end;
  if (!ctx.quoted[rel] && ctx.pack.clauseRelatives.has(tokens[rel]?.lower ?? '')) return true;
  return tokens.slice(end).every((t) => t.type === 'punct');
}

/** The outlet's candidate with its source read up to the citation ("Xinhua, citing an
 * official, said": the source phrase before "said" runs over the citation). */
export function speakerOnly(
  ctx: SentenceContext,
  carrier: Candidate,
  citing: Candidate,
): Candidate {
  const src = carrier.sourceSpan as Span;
  if (src.end <= citing.cueSpan.start) return carrier;
  let end = citing.cueSpan.start;
  while (end > src.start && ctx.tokens[end - 1]?.type !== 'word') end--;
  const span = { start: src.start, end };
  const source = end > src.start ? classify(ctx, span) : null;
  return source ? { ...carrier, source, sourceSpan: span } : carrier;
}

/** The claim of "X, citing Y, said <claim>": the outlet's clause with the citation taken in. */
export function citedClaim(ctx: SentenceContext, citing: Candidate, carrier: Candidate): string {
  // A citation closing the sentence: the outlet's words stop at its comma.
  const gap = citing.cueSpan.start > carrier.cueSpan.end + MAX_CITING_GAP;
  if (gap && !datedGap(ctx, carrier.cueSpan.end, citing.cueSpan.start))
    return claimText(ctx, carrier, { start: 0, end: citing.cueSpan.start - 1 });
  // The citation runs to its comma ("citing military statements, ..." where the source
  // read is "military").
  let citedEnd = citing.sourceSpan?.end ?? citing.cueSpan.end;
  for (let k = citedEnd; k < citedEnd + MAX_CITING_GAP && ctx.tokens[k]; k++) {
    if (ctx.tokens[k]?.text === ',') {
      citedEnd = k;
      break;
    }
    if (ctx.tokens[k]?.type !== 'word') break;
  }
  const src = carrier.sourceSpan as Span;
  const merged: Candidate =
    citing.cueSpan.start < carrier.cueSpan.start
      ? {
          ...carrier,
          sourceSpan: {
            start: Math.min(src.start, citing.cueSpan.start),
            end: Math.max(src.end, citedEnd),
          },
        }
      : { ...carrier, cueSpan: { start: carrier.cueSpan.start, end: citedEnd } };
  return claimText(ctx, merged);
}
