/**
 * The outlet that carried an occasion of speaking ("said in a speech on state television"),
 * right after the cue, opening the sentence or set off between the speaker and the verb; the
 * outlet told or spoken through opening the sentence ("Kepada Antara, ..."); an appearance on
 * an outlet ("surfaced on state television, stating"). Split from carriers.ts.
 */
import type { SentenceContext } from '../context';
import type { FoundSource, Span } from '../source';
import type { Candidate } from './types';
import { authorMarkerAfter } from './issued-document';
import { carrierAfter, pastPlace, placedCarrierAfter, shrink } from './carriers';
import { datedAsideEnd } from './dated-aside';
import { outletNamingOccasion } from './occasion-outlet';
import { outletBeforeClause } from './clause-outlet';
import { outletsThing } from './outlets-thing';

/** Words an occasion may take before its carrier ("in a brief speech on", "during a Friday
 * night broadcast on", "at a news conference with the premier broadcast live on"). */
const MAX_OCCASION_TOKENS = 9;

/** "said in a speech on state television", "said during a broadcast carried by KCNA": an
 * occasion right after the cue, then the outlet that carried it. After a verb of telling the
 * occasion is the object itself ("told a cabinet meeting broadcast on state television"). */
export function carrierOfOccasion(
  ctx: SentenceContext,
  from: number,
  told = false,
): { source: FoundSource; span: Span } | null {
  const { pack, tokens } = ctx;
  if (!told && !pack.occasionPrepositions.has(tokens[from]?.lower ?? '')) return null;
  const bare = told ? null : outletBeforeClause(ctx, from);
  if (bare) return bare;
  let noun = false;
  // "in an op-ed in the Daily Star": a piece written for an outlet names it after "in";
  // "in answer to a question from KCNA": the outlet that asked, after "from".
  let piece = false;
  let question = false;
  for (let i = from + 1; i <= from + MAX_OCCASION_TOKENS && i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.type !== 'word' || ctx.quoted[i] || pack.complementizers.has(t.lower)) break;
    if (!noun) {
      piece = pack.publishedPieces.matchAt(tokens, i) > 0;
      question = pack.outletQuestions.matchAt(tokens, i) > 0;
      const len = pack.occasionNouns.matchAt(tokens, i);
      noun = piece || question || len > 0;
      const named = len > 0 && !told ? outletNamingOccasion(ctx, from, i, len) : null;
      if (named) return named;
      continue;
    }
    // "in an interview published on Sunday by Xinhua": a participle and a time before "by".
    const marker = authorMarkerAfter(ctx, i);
    if (marker > i) {
      const found = carrierAfter(ctx, marker + 1);
      if (!found || found.source.kind === 'document') return null;
      const shrunk = shrink(ctx, found);
      return { source: shrunk.source, span: { start: from, end: shrunk.span.end } };
    }
    const link =
      (piece && pack.pieceOutletLinks.has(t.lower)) ||
      (question && pack.questionOutletLinks.has(t.lower));
    // "dalam pernyataan yang dimuat KCNA": an occasion's words published by an outlet.
    const relay =
      pack.relayPrepositions.has(t.lower) || link
        ? 1
        : Math.max(pack.relays.matchAt(tokens, i), pack.publishingRelays.matchAt(tokens, i));
    // "in an email to Reuters": the outlet it was sent to carried it ("a letter to
    // shareholders" reached no outlet: read on).
    const sentTo = relay === 0 && pack.addressees.has(t.lower);
    if (relay === 0 && !sentTo) continue;
    // "published on Monday in the Daily Star": a day after "on" is a date; the outlet, if
    // any, is the one after the place word that follows it.
    let at = i + (relay || 1);
    const day = (k: number) =>
      pack.timeWords.has(tokens[k]?.lower ?? '') && !pack.locatives.has(tokens[k]?.lower ?? '');
    const dated = day(at);
    while (day(at)) at++;
    if (dated && !pack.locatives.has(tokens[at]?.lower ?? '')) continue;
    const found = carrierAfter(ctx, dated ? at + 1 : at);
    if (!found && sentTo) continue;
    if (!found || outletsThing(ctx, found.span)) return null;
    const shrunk = shrink(ctx, found);
    return { source: shrunk.source, span: { start: from, end: shrunk.span.end } };
  }
  return null;
}

/** Past the time words from `at` on ("on Sunday", "last week"). */
function pastTimeWords(ctx: SentenceContext, at: number): number {
  let end = at;
  while (ctx.pack.timeWords.has(ctx.tokens[end]?.lower ?? '') && !ctx.quoted[end]) end++;
  return end;
}

/** "In a speech broadcast on state television, the president said": an occasion opening the
 * sentence, set off by a comma before the speaker, and the outlet that carried it. */
export function frontedOccasionCarrier(ctx: SentenceContext, kept: Candidate): FoundSource | null {
  const occasion = carrierOfOccasion(ctx, 0);
  if (!occasion || occasion.source.kind === 'document' || !kept.sourceSpan) return null;
  // "In remarks reported by Xinhua on Sunday, ...": a date may close the phrase.
  const end = pastTimeWords(ctx, occasion.span.end);
  return ctx.tokens[end]?.text === ',' && end < kept.sourceSpan.start ? occasion.source : null;
}

/** "Kepada Antara, Suhariyanto menyebutkan ...", "Melalui media pemerintah, Pyongyang
 * menuding ...": the outlet told or spoken through, opening the sentence, and the comma that
 * closes it before the speaker. */
export function frontedAddressee(
  ctx: SentenceContext,
): { source: FoundSource; comma: number } | null {
  const { pack, tokens } = ctx;
  const first = tokens.findIndex((t) => t.type === 'word');
  const word = tokens[first];
  const opens = word && (pack.addressees.has(word.lower) || pack.relayPrepositions.has(word.lower));
  if (!word || ctx.quoted[first] || !opens) return null;
  const found = carrierAfter(ctx, first + 1) ?? placedCarrierAfter(ctx, first + 1);
  if (!found || found.source.kind === 'document') return null;
  const shrunk = shrink(ctx, found);
  // "Kepada Antara di Jayapura, Senin (8/12), X mengatakan": a place and a date may follow.
  const comma = datedAsideEnd(ctx, pastPlace(ctx, shrunk.span.end));
  return tokens[comma]?.text === ',' ? { source: shrunk.source, comma } : null;
}

/** "The army, in a statement read on state TV, said": an occasion set off by commas between
 * the speaker and its verb, and the outlet that carried it. */
export function medialOccasionCarrier(ctx: SentenceContext, kept: Candidate): FoundSource | null {
  const src = kept.sourceSpan;
  if (!src || src.end >= kept.cueSpan.start || ctx.tokens[src.end]?.text !== ',') return null;
  const occasion = carrierOfOccasion(ctx, src.end + 1);
  if (!occasion || occasion.source.kind === 'document') return null;
  const end = pastTimeWords(ctx, occasion.span.end);
  return ctx.tokens[end]?.text === ',' && end < kept.cueSpan.start ? occasion.source : null;
}

/** "He surfaced on state television this month, stating that ...": an appearance on an
 * outlet between the speaker and the words. */
export function appearanceCarrier(ctx: SentenceContext, kept: Candidate): FoundSource | null {
  const { pack, tokens } = ctx;
  const src = kept.sourceSpan;
  if (!src || src.end >= kept.cueSpan.start) return null;
  for (let i = src.end; i < kept.cueSpan.start - 1; i++) {
    if (ctx.quoted[i] || !pack.appearanceVerbs.has(tokens[i]?.lower ?? '')) continue;
    if (!pack.relayPrepositions.has(tokens[i + 1]?.lower ?? '')) return null;
    const found = carrierAfter(ctx, i + 2);
    return found && found.source.kind !== 'document' ? shrink(ctx, found).source : null;
  }
  return null;
}
