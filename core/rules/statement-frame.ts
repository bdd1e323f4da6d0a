/**
 * "In a statement, ...", "Dalam keterangan resmi yang diterima, ...": a written statement
 * is the source when no speaker is named in the sentence (a named speaker outranks it).
 */
import type { SentenceContext } from '../context';
import type { Candidate, Rule } from './types';
import { documentSource, matchesOutsideQuotes, tokensText } from './util';

export const statementFrame: Rule = {
  id: 'statement-frame',
  find(ctx: SentenceContext): Candidate[] {
    return matchesOutsideQuotes(ctx, ctx.pack.statementFrames).map(([at, len]) => {
      // The frame's preposition ("in", "dalam") is not part of the source.
      const text = tokensText(ctx, at + 1, at + len);
      return {
        rule: this.id,
        cue: tokensText(ctx, at, at + len),
        cueSpan: { start: at, end: at + len },
        source: documentSource(text),
        sourceSpan: { start: at + 1, end: at + len },
        rank: 1 as const,
      };
    });
  },
};
