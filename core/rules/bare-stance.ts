/**
 * "Analysts expect the economy will cool further", "Industry experts worry the island will be
 * unable to cope": a verb of expecting or fearing whose clause dropped its "that" attributes
 * the clause to the source before it, like stance-verb does with "that". The clause is told
 * apart from an object ("officials expect a deal", "residents fear for their homes") by its
 * finite auxiliary: a few words of subject, then "will", "could", "is" ..., before any comma.
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';

import { closedSubjectClause } from './closed-subject';
import { viewHolderBefore } from './stance-verb';
import type { Candidate, Rule } from './types';
import { candidateAt, matchesOutsideQuotes } from './util';

/** Words of a clause's subject before its auxiliary: "the world's second-largest economy". */
const MAX_SUBJECT_WORDS = 7;

/** A finite clause starts at token `i`: a subject of a few words, then an auxiliary or a
 * finite verb; or a subject pronoun and its verb. */
export function clauseAt(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  const first = tokens[i];
  if (!first || first.type !== 'word' || ctx.quoted[i]) return false;
  if (pack.nonClauseOpeners.has(first.lower) || pack.finiteAuxiliaries.has(first.lower))
    return false;
  if (closedSubjectClause(ctx, i)) return true;
  // "argue they need more time", "insist he knew nothing": a subject pronoun (never an
  // object) and a verb after it open a clause with no auxiliary.
  const next = tokens[i + 1];
  if (
    (pack.personPronouns.has(first.lower) || pack.peoplePronouns.has(first.lower)) &&
    next?.type === 'word' &&
    !next.cap &&
    !ctx.quoted[i + 1]
  )
    return true;
  for (let k = i + 1; k <= i + MAX_SUBJECT_WORDS && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return false;
    // "doubt the North's claim that it was ...": a noun and its "that" clause, an object.
    if (pack.complementizers.has(t.lower)) return false;
    // "Senator Will Espero": a capital makes the auxiliary's word a name.
    if (pack.finiteAuxiliaries.has(t.lower) && !t.cap) return true;
    if (finiteVerb(ctx, k) || pastClosing(ctx, k)) return true;
  }
  return false;
}

/** Punctuation closing a clause right after its verb. */
const CLAUSE_CLOSERS: ReadonlySet<string> = new Set([',', ';', '.', '!', '?']);

/** "Officials admit the system failed.": a past form by the pack's verb ending, closing the
 * clause right after a noun (not "the wounded.", "the badly hurt."). */
function pastClosing(ctx: SentenceContext, k: number): boolean {
  const { tokens, pack } = ctx;
  const [prev, t, next] = [tokens[k - 1], tokens[k] as Token, tokens[k + 1]];
  if (t.cap || !prev || prev.type !== 'word' || ctx.quoted[k - 1]) return false;
  if (pack.determiners.has(prev.lower) || pack.adverbs.has(prev.lower)) return false;
  if (next && (next.type !== 'punct' || !CLAUSE_CLOSERS.has(next.text))) return false;
  const long = (e: string) => t.lower.length > e.length + 2 && t.lower.endsWith(e);
  return pack.data.accordanceSuffixes.some(long);
}

/** Words a plain clause's subject may have before its auxiliary. */
const MAX_PLAIN_SUBJECT = 7;

/** A finite clause at `i` whose subject holds no other cue, relative or label marker ("the
 * river had warmed", not "only as Marisol said the ward was full" nor "a deal that was"). */
export function plainClauseAt(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  if (!clauseAt(ctx, i) || pack.adverbs.has(tokens[i]?.lower ?? '')) return false;
  for (let k = i; k < i + MAX_PLAIN_SUBJECT && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (pack.finiteAuxiliaries.has(t.lower) && !t.cap) return true;
    // "as" before a name hands over who someone is; "a", "an" open a noun phrase.
    const marker = pack.labelMarkers.has(t.lower) && !pack.determiners.has(t.lower);
    if (pack.cueWords.has(t.lower) || marker || pack.clauseRelatives.has(t.lower)) return false;
  }
  return false;
}

/** A quotation introduced at token `i` by a comma or a colon (", “Yes, I will.”"): the words
 * a participle of saying or writing gives, as a clause after it would. */
export function quotationAfter(ctx: SentenceContext, i: number): boolean {
  const mark = ctx.tokens[i]?.text ?? '';
  if ((mark !== ',' && mark !== ':') || ctx.quoted[i]) return false;
  return ctx.tokens[i + 1]?.type === 'quote' && ctx.quoted[i + 1] === true;
}

/** A plain finite clause opened by an article, a possessive or a pronoun ("the levy was
 * illegal", "they had no suspects"), not a noun the participle qualifies ("warning lights
 * were checked"). */
export function markedClause(ctx: SentenceContext, i: number): boolean {
  const first = ctx.tokens[i]?.lower ?? '';
  const { nounMarkers, personPronouns, groupPronouns } = ctx.pack;
  const marked = nounMarkers.has(first) || personPronouns.has(first) || groupPronouns.has(first);
  return marked && plainClauseAt(ctx, i);
}

/** "the new toll gives the port ...": a lower-case word with a finite verb's ending, or a
 * past form that may be a participle ("the mayor met the ..."), right before an article or
 * possessive (not a time word: "the findings this week"); or a past form that is never one. */
function finiteVerb(ctx: SentenceContext, k: number): boolean {
  const { tokens, pack } = ctx;
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (t.cap) return false;
  // "the talks broke down": a past form no participle shares needs no object.
  if (pack.irregularPasts.has(t.lower)) return true;
  if (!next || next.type !== 'word' || ctx.quoted[k + 1]) return false;
  if (!pack.nounMarkers.has(next.lower) || pack.timeWords.has(next.lower)) return false;
  if (pack.irregularPastObjects.has(t.lower)) return true;
  return pack.data.finiteVerbEndings.some(
    (e) => t.lower.length > e.length + 2 && t.lower.endsWith(e),
  );
}

/**
 * The source opens its clause: the sentence, or after a comma, an opener ("but"), a joiner
 * ("while") or "that". After another verb's object ("he reassured farmers worried they ...")
 * the verb is a participle describing the object, not its stance.
 */
export function opensClause(ctx: SentenceContext, start: number): boolean {
  const prev = ctx.tokens[start - 1];
  if (!prev || prev.type !== 'word') return true;
  const { pack } = ctx;
  return (
    pack.openers.has(prev.lower) ||
    pack.clauseJoiners.has(prev.lower) ||
    pack.coordinators.has(prev.lower) ||
    pack.complementizers.has(prev.lower)
  );
}

export const bareStance: Rule = {
  id: 'bare-stance',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { pack, tokens } = ctx;
    for (const [at, len] of matchesOutsideQuotes(ctx, pack.bareStanceVerbs, { lowerOnly: true })) {
      // "is expected", "had feared": a passive or a tense, not the source's stance.
      if (pack.finiteAuxiliaries.has(tokens[at - 1]?.lower ?? '')) continue;
      // With "that" the verb is stance-verb's or speaker-verb's when that rule knows it.
      let next = at + len;
      if (pack.complementizers.has(tokens[next]?.lower ?? '')) {
        if (
          pack.stanceVerbs.matchAt(tokens, at) === len ||
          pack.speakerVerbs.matchAt(tokens, at) === len
        )
          continue;
        next++;
      }
      if (!clauseAt(ctx, next)) continue;
      const found = viewHolderBefore(ctx, at);
      if (
        !found ||
        found.source.reasons.includes('pronoun_unresolved') ||
        !opensClause(ctx, found.span.start)
      )
        continue;
      out.push(candidateAt(ctx, this.id, at, len, found));
    }
    return out;
  },
};
