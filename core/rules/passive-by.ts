/**
 * "Rencana tersebut disampaikan oleh Kuasa Hukum ... Siti Nur Aisyah", "Informasi ini
 * diketahui dari surat pemberitahuan ...", "threats identified in the 2015 ministry
 * report": a passive cue with its source after it.
 */
import type { SentenceContext } from '../context';
import { classify, sourceAfter } from '../source';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';

export const passiveBy: Rule = {
  id: 'passive-by',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.passiveBy)) {
      const span = sourceAfter(ctx, at + len);
      if (!span) continue;
      const source = classify(ctx, span);
      if (!source) continue;
      out.push({ rule: this.id, cue: tokensText(ctx, at, at + len), cueSpan: { start: at, end: at + len }, source, sourceSpan: span, rank: 2 });
    }
    return out;
  },
};
