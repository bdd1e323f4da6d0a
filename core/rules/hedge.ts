/**
 * "reportedly", "is rumored to", "dikabarkan", "disebut-sebut", "konon": a claim hedged as
 * coming from somewhere, with no source. Not "dilaporkan ke polisi" (reported to the police)
 * nor "disebut sebagai" (named as).
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import type { Candidate, Rule } from './types';
import { tokensText } from './util';
import { plainSource } from '../source';
import { eventHedgeEnd, listenerAt } from './event-hedge';

/** Words of an agent between a hedge word and the rest of its exception. */
const MAX_AGENT_WORDS = 2;

/** "dilaporkan korban ke polisi", "disebut polisi sebagai tersangka": the exception with its
 * agent (people or a body, in source words or a name) written inside it. */
function agentThenException(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  for (let n = 1; n <= MAX_AGENT_WORDS; n++) {
    const agent = tokens.slice(i + 1, i + 1 + n);
    const person = (t: Token, m: number) =>
      t.type === 'word' && !ctx.quoted[i + 1 + m] && (t.cap || pack.sourceWords.has(t.base));
    if (agent.length < n || !agent.every(person)) return false;
    const rest = tokens.slice(i + 1 + n, i + 1 + n + MAX_AGENT_WORDS);
    if (pack.hedgeExceptions.matchAt([tokens[i] as Token, ...rest], 0) > 1) return true;
  }
  return false;
}

/** "was reported to police", "is said to the court": a hedge ending in the infinitive's
 * marker with a listener after it, no verb: a report made to someone, no hedge. */
function toListener(ctx: SentenceContext, end: number): boolean {
  const { tokens, pack } = ctx;
  const last = tokens[end - 1];
  const next = tokens[end];
  if (!last || !next || !pack.infinitiveMarkers.has(last.lower)) return false;
  return listenerAt(ctx, end);
}

/** "diduga oleh polisi", "is believed by many": the agent right after the hedge word is who
 * holds the claim (a rule of its own reads it), no hedge. */
function agentAfter(ctx: SentenceContext, end: number): boolean {
  const { tokens, pack } = ctx;
  const by = tokens[end];
  const agent = tokens[end + 1];
  if (!by || !agent || !pack.agentMarkers.has(by.lower)) return false;
  return agent.cap || pack.sourceWords.has(agent.base) || pack.determiners.has(agent.lower);
}

/**
 * Where a hedge starting at token `i` ends, or -1. Read as written first; failing that,
 * through adverbs inside it ("it is widely believed", "is now thought to").
 */
export function hedgeEnd(ctx: SentenceContext, i: number): number {
  const { tokens, pack } = ctx;
  const first = tokens[i];
  if (!first || !pack.hedges.opens(first) || pack.hedgeExceptions.matchAt(tokens, i) > 0) return -1;
  // "yang disebut zonasi": an exception may open one word before the hedge word.
  if (i > 0 && pack.hedgeExceptions.matchAt(tokens, i - 1) > 1) return -1;
  if (agentThenException(ctx, i)) return -1;
  const len = pack.hedges.matchAt(tokens, i);
  if (len > 0) return toListener(ctx, i + len) || agentAfter(ctx, i + len) ? -1 : i + len;
  const end = pack.hedges.matchThrough(tokens, i, (t) => pack.adverbs.has(t.lower));
  return end > 0 && !toListener(ctx, end) && !agentAfter(ctx, end) ? end : -1;
}

/** Words between a free relative and the participle its subject governs ("what the guard"). */
const MAX_FREE_RELATIVE_WORDS = 3;

/** "what he believed to be a bomb": a participle with "to" after the subject of a free
 * relative is that subject's own verb, no hedge ("what is believed to be" opens at "is"). */
function activeInFreeRelative(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  if (!pack.infinitiveMarkers.has(tokens[i + 1]?.lower ?? '')) return false;
  for (let k = i - 2; k >= 0 && k >= i - 1 - MAX_FREE_RELATIVE_WORDS; k--) {
    const t = tokens[k] as Token;
    if (t.type !== 'word' || ctx.quoted[k]) return false;
    if (pack.freeRelatives.has(t.lower)) return true;
  }
  return false;
}

/** "Kasus itu dilaporkan pada Senin", "Pencurian tersebut sudah dilaporkan.": a hedge word of
 * filing a report after a thing pointed back to, with only when or where after it, tells of
 * the complaint, not of a hedged claim ("Kapal itu dilaporkan hilang" is one). */
function reportOfKnownThing(ctx: SentenceContext, i: number, end: number): boolean {
  const { tokens, pack } = ctx;
  if (end !== i + 1 || !pack.reportingHedges.has(tokens[i]?.lower ?? '')) return false;
  let k = i - 1;
  while (k >= 0 && pack.adverbs.has(tokens[k]?.lower ?? '')) k--;
  if (!pack.anaphoricMarkers.has(tokens[k]?.lower ?? '')) return false;
  let n = end;
  while (n < tokens.length && pack.adverbs.has(tokens[n]?.lower ?? '')) n++;
  const next = tokens[n];
  if (!next || next.type === 'punct') return true;
  return pack.timeWords.has(next.lower) || pack.reportCircumstances.has(next.lower);
}

/** Words a withheld-name phrase may have before its hedge word ("tidak ingin disebut"). */
const MAX_WITHHELD_LEAD = 3;

/** "yang tidak ingin disebut namanya": the hedge word inside a phrase withholding a name. */
function inWithheldName(ctx: SentenceContext, i: number): boolean {
  for (let k = Math.max(0, i - MAX_WITHHELD_LEAD); k <= i; k++)
    if (ctx.pack.withheldNames.matchAt(ctx.tokens, k) > i - k) return true;
  return false;
}

/**
 * "Disebutkan, korban ...", "Kabar yang beredar menyebutkan ...": a hedge of the pack's
 * opening list at the sentence's first word, closed by a comma, a complementizer or a verb of
 * saying.
 */
function openingHedge(ctx: SentenceContext): Omit<Candidate, 'rule'> | null {
  const { tokens, pack } = ctx;
  if (tokens[0]?.type !== 'word' || ctx.quoted[0]) return null;
  // "Menurut kabar yang beredar, ...": "according to" the rumour is the rumour, then a comma.
  const lead = pack.accordingTo.matchAt(tokens, 0);
  const len = pack.openingHedges.matchAt(tokens, lead);
  if (len === 0) return null;
  // "Disebutkan pula, ...": adverbs may stand before the comma.
  let after = lead + len;
  for (let n = pack.adverbs.matchAt(tokens, after); n > 0; n = pack.adverbs.matchAt(tokens, after))
    after += n;
  const next = tokens[after];
  if (!next) return null;
  const closed =
    next.text === ',' ||
    (lead === 0 &&
      (pack.complementizers.has(next.lower) || pack.cuePhrases.matchAt(tokens, after) > 0));
  if (!closed) return null;
  return {
    cue: tokensText(ctx, 0, lead + len),
    cueSpan: { start: 0, end: lead + len },
    source: plainSource('', 'unattributed'),
    sourceSpan: null,
    rank: 0,
  };
}

/** Is the hedge word at `i` reached from its clause's start through adverbs and time words
 * only ("Sebelumnya dikabarkan ...", "Selain itu, dikabarkan ...")? */
function opensClause(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  let k = i - 1;
  for (; k >= 0; k--) {
    const w = tokens[k]?.lower ?? '';
    if (!pack.adverbs.has(w) && !pack.timeWords.has(w)) break;
  }
  return k < 0 || tokens[k]?.type === 'punct';
}

/** "program yang disebut Kartu Prakerja", 'disebut "raja"': a capital or a quotation after
 * the hedge word is the name it gives, no hedge (in a language whose hedges give names). Not a day ("dilaporkan Senin pagi ...")
 * nor the subject of the clause a fronted hedge opens ("Sebelumnya dikabarkan Nusaraya akan
 * ..."); a hedge ending in a complementizer ("kabar bahwa") names nothing. */
function namesAfter(ctx: SentenceContext, i: number, end: number): boolean {
  const { tokens, pack } = ctx;
  const next = tokens[end];
  if (!pack.data.hedgeNamesAfter || !next) return false;
  if (pack.complementizers.has(tokens[end - 1]?.lower ?? '')) return false;
  if (next.type === 'quote') return !tokens[i]?.cap;
  if (!next.cap || pack.timeWords.has(next.lower)) return false;
  return !tokens[i]?.cap && !opensClause(ctx, i);
}

export const hedge: Rule = {
  id: 'hedge',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      if (ctx.quoted[i] || tokens[i]?.type !== 'word') continue;
      const hedged = hedgeEnd(ctx, i);
      const end = hedged < 0 ? eventHedgeEnd(ctx, i) : hedged;
      // Asked only where a hedge opens (one lookup for most words, four phrase matches here).
      if (end < 0 || inWithheldName(ctx, i) || activeInFreeRelative(ctx, i)) continue;
      if (reportOfKnownThing(ctx, i, end)) continue;
      // "program yang disebut Kartu Prakerja", 'disebut "raja"': naming, not hedging.
      // A hedge ending in a complementizer ("kabar bahwa") names nothing.
      if (namesAfter(ctx, i, end)) continue;
      out.push({
        rule: this.id,
        cue: tokensText(ctx, i, end),
        cueSpan: { start: i, end },
        source: plainSource('', 'unattributed'),
        sourceSpan: null,
        rank: 0,
      });
      i = end - 1;
    }
    // "Beredar kabar bahwa ...": one hedge, read where it starts inside the opening.
    const opening = openingHedge(ctx);
    const inside = (c: Candidate) => opening && c.cueSpan.start < opening.cueSpan.end;
    if (opening && !out.some(inside)) out.push({ ...opening, rule: this.id });
    return out;
  },
};
