/**
 * "Hal itu ia sampaikan saat ditemui ...", "Pandangan ini Budi sampaikan ketika ...": the
 * object of saying comes first and points back to the sentence before, then its agent (a
 * pronoun or a name) and a bare verb with no prefix. The agent is the source; the anaphora
 * refiner makes the previous sentence the claim.
 */
import type { SentenceContext } from '../context';
import { classify, type Span } from '../source';
import type { Candidate, Rule } from './types';
import { candidateAt, matchesOutsideQuotes } from './util';

/** Words that may open the sentence before the object ("Sebelumnya, hal itu ..."). */
const MAX_OPENING_TOKENS = 3;
/** A name as the agent: a few capitalised words. */
const MAX_AGENT_WORDS = 3;

/** Where the fronted object ends, when one opens the sentence before `verb`. */
function objectEnd(ctx: SentenceContext, verb: number): number {
  const { tokens, pack } = ctx;
  for (let i = 0; i <= MAX_OPENING_TOKENS && i < verb; i++) {
    const len = pack.frontedObjects.matchAt(tokens, i, verb);
    if (len) {
      const opening = tokens.slice(0, i);
      if (opening.every((t) => t.type === 'word' || t.text === ',')) return i + len;
    }
  }
  return -1;
}

/** The agent in tokens[from, verb): one person pronoun, or a short run of capitalised words,
 * with the adverbs around it left out ("Hal itu juga ia sampaikan", "ia pun sampaikan"). */
function agentSpan(ctx: SentenceContext, from: number, verb: number): Span | null {
  const { tokens, pack } = ctx;
  const adverb = (k: number) => pack.adverbs.has(tokens[k]?.lower ?? '');
  let start = from;
  let end = verb;
  while (end > start && adverb(end - 1)) end--;
  while (start < end && adverb(start)) start++;
  const words = tokens.slice(start, end);
  if (words.length === 0 || words.length > MAX_AGENT_WORDS) return null;
  if (words.some((t) => t.type !== 'word')) return null;
  const pronoun = words.length === 1 && pack.personPronouns.has(words[0]?.lower ?? '');
  return pronoun || words.every((t) => t.cap) ? { start, end } : null;
}

export const frontedAgent: Rule = {
  id: 'fronted-agent',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const table = ctx.pack.frontedAgentVerbs;
    for (const [at, len] of matchesOutsideQuotes(ctx, table, { lowerOnly: true })) {
      const end = objectEnd(ctx, at);
      const span = end < 0 ? null : agentSpan(ctx, end, at);
      const source = span && classify(ctx, span);
      if (!span || !source) continue;
      out.push(candidateAt(ctx, this.id, at, len, { source, span }));
    }
    return out;
  },
};
