/**
 * "Analysts expect the central bank to raise rates", "Economists forecast growth of 2.1
 * percent", "Most traders expect that the crown will weaken": a source's forecast is its
 * claim about the world, required like an estimate (the eval guidelines leave only the
 * agentless "is expected to" optional). What it attributes: an object with an infinitive, a
 * clause, or a figure. A passive ("is expected to"), a noun ("the forecast")
 * and the source's own plan ("expects to open a plant") report nothing.
 */
import type { SentenceContext } from '../context';
import { plainClauseAt, opensClause } from './bare-stance';

import { viewHolderBefore } from './stance-verb';
import type { Candidate, Rule } from './types';
import { relayVia } from './relayed';
import { candidateAt, matchesOutsideQuotes, participleAgent } from './util';

/** Words an object may have before its infinitive or figure: "the central bank of Varnia". */
const MAX_OBJECT_WORDS = 8;

/** A passive or a noun: an auxiliary, an article or possessive before the verb, past adverbs. */
function notActive(ctx: SentenceContext, at: number): boolean {
  const { pack, tokens } = ctx;
  let k = at - 1;
  while (k > 0 && pack.adverbs.has(tokens[k]?.lower ?? '')) k--;
  const before = tokens[k]?.lower ?? '';
  return (
    pack.passiveAuxiliaries.has(before) ||
    pack.finiteAuxiliaries.has(before) ||
    pack.nounMarkers.has(before) ||
    // "Iran's expected return": after a possessive the participle qualifies a noun.
    (tokens[k] !== undefined && tokens[k]?.base !== before)
  );
}

/** A figure: digits, or an amount its currency sign opens ("$2", "€1.5"). */
const FIGURE = /^(?:\p{Sc}\s?)?\d/u;

/** The token at `k` opens a figure: digits, or a currency sign right before them. */
function figureAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (FIGURE.test(t.text)) return true;
  return /^\p{Sc}$/u.test(t.text) && /^\d/u.test(ctx.tokens[k + 1]?.text ?? '');
}

/** What follows the verb at `next` is a forecast: "that" or a clause, an object then "to" and
 * a verb, or an object holding a figure ("growth of 2.1 percent"). */
function forecastAfter(ctx: SentenceContext, next: number): boolean {
  const { pack, tokens } = ctx;
  const first = tokens[next];
  if (!first || ctx.quoted[next]) return false;
  // "forecast 40 centimetres of snow": the figure opens the object.
  if (figureAt(ctx, next)) return true;
  if (first.type !== 'word') return false;
  // "expects to open a plant": the source's own plan; "results expected between 1 and 3
  // a.m.": a participle before a preposition has no object.
  if (pack.infinitiveMarkers.has(first.lower)) return false;
  if (pack.stopwords.has(first.lower) && !pack.nounMarkers.has(first.lower)) return false;
  if (pack.complementizers.has(first.lower) || plainClauseAt(ctx, next)) return true;
  for (let k = next + 1; k < tokens.length && k - next <= MAX_OBJECT_WORDS; k++) {
    const t = tokens[k];
    if (!t || ctx.quoted[k]) return false;
    if (figureAt(ctx, k)) return true;
    if (t.type !== 'word') return false;
    if (pack.infinitiveMarkers.has(t.lower)) {
      const verb = tokens[k + 1];
      return verb?.type === 'word' && !verb.cap;
    }
  }
  return false;
}

export const expectationVerb: Rule = {
  id: 'expectation-verb',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { pack } = ctx;
    for (const [at, len] of matchesOutsideQuotes(ctx, pack.expectationVerbs, {
      lowerOnly: true,
    })) {
      if (notActive(ctx, at)) continue;
      if (!forecastAfter(ctx, at + len)) continue;
      const near = viewHolderBefore(ctx, at);
      // "Economists polled by Reuters expect ...": the economists forecast, the outlet polled
      // and carried them (as speaker-verb reads "... polled by Reuters said").
      const polled = near ? participleAgent(ctx, at, near.span) : null;
      const found = polled ?? near;
      if (
        !found ||
        !opensClause(ctx, found.span.start) ||
        // "they expect you to ...": a "they" pointing at no one is people in general.
        found.source.basis === 'pronoun/unresolved'
      )
        continue;
      const c = candidateAt(ctx, this.id, at, len, found);
      out.push(polled ? { ...c, ...relayVia(ctx, polled.carrier) } : c);
    }
    return out;
  },
};
