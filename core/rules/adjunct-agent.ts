/**
 * "The deal was confirmed to Reuters by a senior official", "The plan was announced on Monday
 * by the ministry": a passive of saying from passive-by's table ("was confirmed by") with
 * when, where or to whom it was said set between the verb and its agent. The agent is the
 * source; the subject before the auxiliary is the claim.
 */
import type { SentenceContext } from '../context';
import { occasionLead } from '../claim-verb-tail';
import { classify, sourceAfter, type FoundSource, type Span } from '../source';
import type { Token } from '../text';
import type { Candidate, Rule } from './types';
import { relayVia } from './relayed';
import { acquaintedAfter } from './unnamed-tail';
import { tokensText } from './util';

/** Most tokens between the verb and its agent ("late on Friday in a statement"). */
const MAX_ADJUNCT_TOKENS = 8;
/** Words an occasion's phrase takes before its noun ("in a brief statement"). */
const MAX_OCCASION_LEAD = 4;
/** Listeners who file a complaint rather than carry words ("reported to police by"). */
const FILED_WITH: ReadonlySet<string> = new Set(['official_body', 'unnamed_official']);
/** Listeners who carry what they were told to readers. */
const CARRIERS: ReadonlySet<string> = new Set(['media', 'state_media']);

/** Whom the words were said to: an audience, or an outlet that carried them. */
interface Listener {
  span: Span;
  carrier: FoundSource | null;
}

/** End of one piece of the adjunct at `k` (a time word, an adverb, "to" and whom it was
 * said to, an occasion), or -1; `listener` receives whom it was said to. */
function pieceEnd(ctx: SentenceContext, k: number, stop: number, listener: Listener[]): number {
  const { tokens, pack } = ctx;
  const t = tokens[k] as Token;
  if (t.type !== 'word' || ctx.quoted[k]) return -1;
  const phrase = pack.relativeTimes.matchAt(tokens, k, stop);
  if (phrase > 0) return k + phrase;
  // "in a statement" before "in" as a time word ("in March").
  if (occasionLead(ctx, k)) {
    for (let i = k + 1; i <= k + MAX_OCCASION_LEAD && i < stop; i++) {
      const len = pack.occasionNouns.matchAt(tokens, i, stop);
      if (len > 0) return i + len;
    }
  }
  if (pack.timeWords.has(t.lower) || pack.adverbs.has(t.lower)) return k + 1;
  if (pack.addressees.has(t.lower)) {
    // "to Reuters", "to reporters": an outlet or an audience, not a body a report is filed with.
    const audience = pack.audiences.matchAt(tokens, k + 1, stop);
    const span = audience > 0 ? { start: k + 1, end: k + 1 + audience } : sourceAfter(ctx, k + 1);
    if (!span || span.start !== k + 1 || span.end > stop) return -1;
    const who = classify(ctx, span);
    const carrier = who && CARRIERS.has(who.kind) ? who : null;
    if ((audience === 0 && !carrier) || (who && FILED_WITH.has(who.kind))) return -1;
    listener.push({ span, carrier });
    return span.end;
  }
  return -1;
}

/** The adjunct fills [from, stop) with pieces only; the spans of whom it was said to. */
function adjunctOnly(ctx: SentenceContext, from: number, stop: number): Listener[] | null {
  const listener: Listener[] = [];
  for (let k = from; k < stop;) {
    const end = pieceEnd(ctx, k, stop, listener);
    if (end <= k) return null;
    k = end;
  }
  return listener;
}

/** The auxiliary, verb and agent marker at `aux`, `verb`, `by` make a cue of passive-by's
 * table ("was confirmed by"). */
function tablePassive(ctx: SentenceContext, aux: number, verb: number, by: number): boolean {
  const { tokens, pack } = ctx;
  const words = [tokens[aux], tokens[verb], tokens[by]] as Token[];
  if (words.some((t, i) => !t || ctx.quoted[[aux, verb, by][i] as number])) return false;
  return pack.passiveAuxiliaries.has(words[0]!.lower) && pack.passiveBy.matchAt(words, 0) === 3;
}

export const adjunctAgent: Rule = {
  id: 'adjunct-agent',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { tokens, pack } = ctx;
    for (let by = 3; by < tokens.length; by++) {
      if (ctx.quoted[by] || !pack.agentMarkers.has(tokens[by]?.lower ?? '')) continue;
      for (let verb = by - 2; verb >= 1 && by - verb - 1 <= MAX_ADJUNCT_TOKENS; verb--) {
        // "was also confirmed": adverbs between the auxiliary and its verb.
        let aux = verb - 1;
        while (aux > 0 && pack.adverbs.has(tokens[aux]?.lower ?? '')) aux--;
        // The subject told of stands before the auxiliary.
        if (aux < 1 || !tablePassive(ctx, aux, verb, by)) continue;
        const listeners = adjunctOnly(ctx, verb + 1, by);
        if (!listeners) break;
        const told = listeners[0];
        const found = sourceAfter(ctx, by + 1);
        let source = found && found.start === by + 1 ? classify(ctx, found) : null;
        if (!found || !source) break;
        // "by two people close to the minister": the phrase stopped inside the tie.
        const tied = acquaintedAfter(ctx, found);
        const span = tied?.span ?? found;
        source = tied?.source ?? source;
        out.push({
          rule: this.id,
          cue: tokensText(ctx, aux, by + 1),
          cueSpan: { start: aux, end: by + 1 },
          source,
          sourceSpan: span,
          rank: 2,
          ...(told ? { addresseeSpan: told.span } : {}),
          // "confirmed to Reuters by an official": the outlet told carried the words.
          ...(told?.carrier ? relayVia(ctx, told.carrier) : {}),
        });
        break;
      }
    }
    return out;
  },
};
