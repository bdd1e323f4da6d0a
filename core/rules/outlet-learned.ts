/**
 * An outlet finding a thing out: "The ferry will stay in port, the Daily Planet has learned",
 * "Wirely learnt from two port officials that ...", '"...," Statenews has learnt from the
 * ministry's spokeswoman Eva Lind.' The outlet reports the thing; a source it names after
 * "from" is the speaker, the outlet the relay (`via`). Only an outlet's subject counts:
 * people learn things without telling anyone.
 */
import { trimClaimPunctuation } from '../claim-trim';
import type { SentenceContext } from '../context';
import { classify, classifyNounPhrase, sourceAfter, type FoundSource, type Span } from '../source';
import { relayVia } from './relayed';
import { speakerBefore } from './speaker-before';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';

const OUTLETS: ReadonlySet<string> = new Set(['media', 'state_media']);

/** The source named after "from" at `at`, classified. Closing the sentence, it runs to its
 * end ("from two people close to the case."): what follows describes the source. */
function learnedFrom(ctx: SentenceContext, at: number): { span: Span; source: FoundSource } | null {
  const { tokens } = ctx;
  if (!ctx.pack.outletLearningSources.has(tokens[at]?.lower ?? '')) return null;
  let span = sourceAfter(ctx, at + 1);
  if (!span) return null;
  let end = tokens.length;
  while (end > span.end && tokens[end - 1]?.type !== 'word') end--;
  const closing = tokens
    .slice(span.end, end)
    .every((t) => t.type === 'word' && !ctx.pack.complementizers.has(t.lower));
  if (closing) span = { start: span.start, end };
  const source = classify(ctx, span) ?? classifyNounPhrase(ctx, span);
  return source ? { span, source } : null;
}

/** The thing learned: a "that" clause after the verb (and its source), or what stands
 * before the outlet when a comma or a quotation closes it there. */
function learnedClaim(ctx: SentenceContext, outletStart: number, after: number): string | null {
  const { tokens, pack } = ctx;
  if (pack.complementizers.has(tokens[after]?.lower ?? '')) {
    const rest = trimClaimPunctuation(tokensText(ctx, after + 1, tokens.length));
    return rest || null;
  }
  const before = tokens[outletStart - 1];
  if (!before || (before.text !== ',' && before.type !== 'quote')) return null;
  // The claim is the whole clause before the outlet: nothing but punctuation may follow.
  if (tokens.slice(after).some((t) => t.type === 'word')) return null;
  const claim = trimClaimPunctuation(tokensText(ctx, 0, outletStart));
  return claim || null;
}

export const outletLearned: Rule = {
  id: 'outlet-learned',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.outletLearning, {
      lowerOnly: true,
    })) {
      const outlet = speakerBefore(ctx, at);
      if (!outlet || !OUTLETS.has(outlet.source.kind)) continue;
      const from = learnedFrom(ctx, at + len);
      const claim = learnedClaim(ctx, outlet.span.start, from ? from.span.end : at + len);
      if (!claim) continue;
      const cue = { rule: this.id, cue: tokensText(ctx, at, at + len), rank: 2 as const, claim };
      const cueSpan = { start: at, end: at + len };
      out.push(
        from
          ? {
              ...cue,
              cueSpan,
              source: from.source,
              sourceSpan: from.span,
              ...relayVia(ctx, outlet.source),
            }
          : { ...cue, cueSpan, source: outlet.source, sourceSpan: outlet.span },
      );
    }
    return out;
  },
};
