/**
 * "Kellin has been insisting that ...", "the union is warning that ...", "she was telling
 * reporters that ...": a participle of saying after a form of "be" is the verb of the
 * phrase before it. Only before its "that" (an audience may come first), a colon or a
 * quotation: "the figures are telling" and "is calling for talks" report nothing. Going on
 * saying it is saying it too ("kept insisting that ...", "keeps saying the vote was ...").
 */
import type { SentenceContext } from '../context';
import { isWord } from '../source/tokens';
import { markedClause } from './bare-stance';
import { mannerAdverb } from './charges';
import { speakerBefore } from './speaker-before';
import type { Candidate, Rule } from './types';
import { candidateAt, matchesOutsideQuotes } from './util';

/** Adverbs between the form of "be" and the participle ("is now saying"). */
const MAX_ADVERBS = 2;

/** Words of the first participle's phrase before "and" ("making this argument and"). */
const MAX_JOINED_WORDS = 6;

/** Where the form of "be" (or of "keep") before the participle at `at` stands, or -1; adverbs
 * may stand between ("is now saying", "has been boldly claiming"). */
function auxiliaryBefore(ctx: SentenceContext, at: number): number {
  const { tokens, pack } = ctx;
  let k = at - 1;
  for (
    let n = 0;
    n < MAX_ADVERBS && (pack.adverbs.has(tokens[k]?.lower ?? '') || mannerAdverb(ctx, k));
    n++
  )
    k--;
  const t = tokens[k];
  if (!isWord(t) || ctx.quoted[k]) return -1;
  return pack.passiveAuxiliaries.has(t.lower) || pack.persistingVerbs.has(t.lower) ? k : -1;
}

/** "has been making this argument and claiming that ...": the participle at `at` is joined by
 * "and" to one the form of "be" stands before; that form's place, or -1. */
function joinedAuxiliary(ctx: SentenceContext, at: number): number {
  const { tokens, pack } = ctx;
  let k = at - 1;
  while (pack.adverbs.has(tokens[k]?.lower ?? '') || mannerAdverb(ctx, k)) k--;
  if (ctx.quoted[k] || !pack.coordinators.has(tokens[k]?.lower ?? '')) return -1;
  for (let j = k - 1; j > 0 && k - j <= MAX_JOINED_WORDS; j--) {
    const t = tokens[j];
    if (!isWord(t) || ctx.quoted[j] || t.cap) return -1;
    const aux = auxiliaryBefore(ctx, j);
    if (aux >= 0 && !pack.nounMarkers.has(t.lower)) return aux;
  }
  return -1;
}

/** The words told open at `i`: a complementizer, a colon or a quotation, an audience first
 * or not ("reporters that"). */
function wordsFollow(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  const audience = pack.audiences.matchAt(tokens, i);
  const t = tokens[i + audience];
  if (!t || ctx.quoted[i + audience]) return t?.type === 'quote';
  return pack.complementizers.has(t.lower) || t.text === ':' || t.type === 'quote';
}

export const progressiveVerb: Rule = {
  id: 'progressive-verb',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { tokens, pack } = ctx;
    for (const [at, len] of matchesOutsideQuotes(ctx, pack.participleCues, { lowerOnly: true })) {
      // "what the firm is calling \"smart\" ferries": a label verb names a thing.
      if (pack.labelVerbs.matchAt(tokens, at) > 0) continue;
      let aux = auxiliaryBefore(ctx, at);
      if (aux < 0) aux = joinedAuxiliary(ctx, at);
      if (aux < 0) continue;
      // "kept saying the vote was rigged": after "keep" the participle is a verb, so a plain
      // clause may follow it with no "that" ("is telling the truth" stays no report).
      const persisting = pack.persistingVerbs.has(tokens[aux]?.lower ?? '');
      if (!wordsFollow(ctx, at + len) && !(persisting && markedClause(ctx, at + len))) continue;
      // "is saying", "had been warning": the pack's own phrase is the speaker verb's.
      if (pack.speakerVerbs.matchAt(tokens, aux) >= at + len - aux) continue;
      const found = speakerBefore(ctx, aux);
      if (found && found.source.kind !== 'unattributed')
        out.push(candidateAt(ctx, this.id, at, len, found));
    }
    return out;
  },
};
