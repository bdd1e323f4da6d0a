/**
 * "One reader summed this up as follows: '...'", "Another respondent highlighted the risk:
 * '...'": a person opens the sentence, a verb phrase of any wording leads to a colon, and a
 * quotation follows it. The quotation is the person's words even when the verb is no cue of
 * its own; the sentence's subject must be a person (named or not), never a thing ("The sign
 * reads: ...", "One line struck me: ..."). A fallback (rules/index.ts): asked only when no cue
 * of the sentence was read, so "said:" stays the speaker verb's.
 */
import type { SentenceContext } from '../context';
import { classify, collectSubject, type Span } from '../source';
import type { Candidate, Rule } from './types';
import { tokensText } from './util';
import { PERSON_KINDS } from '../source-kind-groups';

/** Words between the subject and the colon: longer, and the colon is no longer the verb's. */
const MAX_VERB_PHRASE = 20;
/** Words of the verb phrase shown as the cue. */
const CUE_WORDS = 4;

/** The last verb of saying in the span, when one is there ("..., asked his name, responded:"). */
function cueIn(ctx: SentenceContext, span: Span): Span | null {
  let found: Span | null = null;
  for (let i = span.start; i < span.end; i++) {
    const len = ctx.pack.speakerVerbs.matchAt(ctx.tokens, i, span.end);
    if (len > 0) found = { start: i, end: i + len };
  }
  return found;
}

/** The first colon outside quotations, when a quotation opens right after it; else -1. */
export function colonBeforeQuote(ctx: SentenceContext): number {
  const { tokens, quoted } = ctx;
  const colon = tokens.findIndex((t, i) => t.text === ':' && !quoted[i]);
  return colon >= 0 && tokens[colon + 1]?.type === 'quote' ? colon : -1;
}

export const colonQuote: Rule = {
  id: 'colon-quote',
  find(ctx: SentenceContext): Candidate[] {
    const { tokens, quoted, pack } = ctx;
    const colon = colonBeforeQuote(ctx);
    if (colon < 0) return [];
    const subject = collectSubject(ctx);
    if (!subject || subject.start !== 0 || subject.end >= colon) return [];
    const verbPhrase = { start: subject.end, end: colon };
    if (verbPhrase.end - verbPhrase.start > MAX_VERB_PHRASE) return [];
    for (let i = verbPhrase.start; i < verbPhrase.end; i++) {
      const t = tokens[i];
      // A hypothetical ("would have said:") or a quotation before the colon: not this shape.
      if (!t || quoted[i] || t.type === 'quote') return [];
      if (pack.unassertedMarkers.has(t.lower) || pack.conditionals.has(t.lower)) return [];
    }
    if (tokens[verbPhrase.start]?.type !== 'word' || tokens[verbPhrase.start]?.cap) return [];
    const source = classify(ctx, subject);
    // Only people speak through a bare colon: institutions and things need a cue of their own.
    if (!source || !PERSON_KINDS.has(source.kind)) return [];
    const cue = cueIn(ctx, verbPhrase) ?? {
      start: verbPhrase.start,
      end: Math.min(verbPhrase.end, verbPhrase.start + CUE_WORDS),
    };
    return [
      {
        rule: this.id,
        cue: tokensText(ctx, cue.start, cue.end),
        cueSpan: cue,
        source,
        sourceSpan: subject,
        rank: 2,
      },
    ];
  },
};
