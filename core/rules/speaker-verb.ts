/**
 * "X said ...", "Duta Besar ... Matsegora mengatakan bahwa ...", "Korea Utara telah membantah":
 * a reporting verb with its source written before it.
 */
import type { SentenceContext } from '../context';
import { classify, firstSourcePhrase, sourceBefore } from '../source';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';

const RELATIVES = new Set(['that', 'which', 'who', 'yang']);
/** "an unidentified poster put up her picture and wrote ...": the verb shares the clause's subject. */
const COORDINATORS = new Set(['and', 'dan', 'lalu', 'then']);

export const speakerVerb: Rule = {
  id: 'speaker-verb',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.speakerVerbs, { lowerOnly: true })) {
      let span = sourceBefore(ctx, at);
      // "Asosiasi Satpam yang melapor", "the only finding that suggests": subject before the relative.
      const prev = ctx.tokens[at - 1];
      if (!span && prev && RELATIVES.has(prev.lower)) span = sourceBefore(ctx, at - 1);
      if (!span && prev && COORDINATORS.has(prev.lower)) span = firstSourcePhrase(ctx, at - 1);
      if (!span) continue;
      const source = classify(ctx, span);
      if (!source) continue;
      out.push({ rule: this.id, cue: tokensText(ctx, at, at + len), cueSpan: { start: at, end: at + len }, source, sourceSpan: span, rank: 2 });
    }
    return out;
  },
};
