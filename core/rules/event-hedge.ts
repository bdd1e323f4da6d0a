/**
 * "Many abuses have been reported in the region", "though clashes were reported": a passive
 * of reporting with no agent presents events as reported by no one (a hedge, rules/hedge.ts).
 * Not "reported by Reuters" (its agent), "reported to police" (a report to someone), "reported
 * in the local press" (its outlet), nor "The theft was reported" (a known thing's report).
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';

/** Words of a subject read back from its verb to the clause's start. */
const MAX_SUBJECT_WORDS = 8;
/** Words after the verb in which an outlet or a document would be where it was reported. */
const MAX_PLACE_WORDS = 4;

/** The phrase of the pack's event hedges starting at `i`, read through adverbs inside it
 * ("have also been reported"); the index after it, or -1. */
function phraseEnd(ctx: SentenceContext, i: number): number {
  const { tokens, pack } = ctx;
  const at: number[] = [];
  for (let k = i; k < tokens.length && at.length < pack.eventHedges.longest; k++) {
    const t = tokens[k] as Token;
    if (t.type !== 'word' || ctx.quoted[k]) break;
    if (k > i && pack.adverbs.has(t.lower)) continue;
    at.push(k);
  }
  const len = pack.eventHedges.matchAt(
    at.map((k) => tokens[k] as Token),
    0,
  );
  return len > 0 ? (at[len - 1] as number) + 1 : -1;
}

/** A word opening a clause: the subject starts after it. */
function opensClause(ctx: SentenceContext, t: Token): boolean {
  const { pack } = ctx;
  return (
    t.type !== 'word' ||
    pack.clauseJoiners.has(t.lower) ||
    pack.commaClauseJoiners.has(t.lower) ||
    pack.clauseSubordinators.has(t.lower) ||
    pack.complementizers.has(t.lower) ||
    pack.clauseRelatives.has(t.lower)
  );
}

/** The subject before the verb at `i` opens with a word the reader knows it by: "the", "this",
 * a possessive, a pronoun or a name. A subject with no clause's start within reach counts as
 * known too: what it is is not read. */
function knownSubject(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  let first = -1;
  for (let k = i - 1; k >= 0 && i - k <= MAX_SUBJECT_WORDS; k--) {
    if (opensClause(ctx, tokens[k] as Token)) break;
    first = k;
  }
  if (first < 0 || (first > 0 && !opensClause(ctx, tokens[first - 1] as Token))) return true;
  const t = tokens[first] as Token;
  const w = t.lower;
  // A capital inside the sentence is a name; opening it, a lone capitalised word is one when
  // the article knows it as a person's or an institution's ("Looting was reported" is none).
  const { people, institutions } = ctx.referents.evidence;
  if (t.cap && first > 0 && !ctx.quoted[first]) return true;
  if (first === i - 1 && (people.has(t.base) || institutions.has(t.lower))) return true;
  return (
    pack.definiteDeterminers.has(w) ||
    pack.knownSubjectOpeners.has(w) ||
    pack.possessives.has(w) ||
    pack.personPronouns.has(w) ||
    pack.groupPronouns.has(w) ||
    t.base !== t.lower
  );
}

/** After the verb: its agent ("by"), a report to someone or a hedge of its own ("to"), or
 * the outlet or document it was reported in. */
function reportedElsewhere(ctx: SentenceContext, end: number): boolean {
  const { tokens, pack } = ctx;
  const next = tokens[end];
  if (!next) return false;
  if (pack.infinitiveMarkers.has(next.lower) || pack.passiveBy.matchAt(tokens, end - 1) > 0)
    return true;
  for (let k = end; k < tokens.length && k < end + MAX_PLACE_WORDS; k++)
    if (
      pack.media.matchAt(tokens, k) > 0 ||
      pack.stateMedia.matchAt(tokens, k) > 0 ||
      pack.documents.matchAt(tokens, k) > 0
    )
      return true;
  return false;
}

/** "have been reported to be missing": with a verb after the infinitive's marker the passive
 * hedges that verb's clause, whatever its subject, as "were reported to" does; the index
 * after the marker, or -1 ("reported to police": a listener). */
function infinitiveEnd(ctx: SentenceContext, end: number): number {
  const { tokens, pack } = ctx;
  const marker = tokens[end];
  const verb = tokens[end + 1];
  if (!marker || !verb || !pack.infinitiveMarkers.has(marker.lower)) return -1;
  return listenerAt(ctx, end + 1) ? -1 : end + 1;
}

/** The word at `k` opens who a report went to after "to" ("police", "the board", "him",
 * "health authorities"), where a hedge has its verb ("to show", "to be"). */
export function listenerAt(ctx: SentenceContext, k: number): boolean {
  const { pack, tokens } = ctx;
  const t = tokens[k];
  if (!t) return false;
  const w = t.lower;
  return (
    t.cap ||
    t.type !== 'word' ||
    pack.determiners.has(w) ||
    pack.possessives.has(w) ||
    pack.objectPronouns.has(w) ||
    pack.bodies.matchAt(tokens, k) > 0 ||
    pack.unnamedOfficials.matchAt(tokens, k) > 0 ||
    pack.anonymous.matchAt(tokens, k) > 0 ||
    pack.roles.matchAt(tokens, k) > 0
  );
}

/** Where an event hedge starting at token `i` ends, or -1. */
export function eventHedgeEnd(ctx: SentenceContext, i: number): number {
  const first = ctx.tokens[i];
  if (!first || !ctx.pack.eventHedges.opens(first)) return -1;
  const end = phraseEnd(ctx, i);
  if (end < 0) return -1;
  const infinitive = infinitiveEnd(ctx, end);
  if (infinitive > 0) return infinitive;
  if (reportedElsewhere(ctx, end) || knownSubject(ctx, i)) return -1;
  return end;
}
