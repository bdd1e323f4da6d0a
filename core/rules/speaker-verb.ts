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
/** How far before its verb an unnamed source's description may start. */
const MAX_UNNAMED_REACH = 10;

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
      let source = span ? classify(ctx, span) : null;
      if (!span) {
        // "People familiar with the matter said", "Sumber yang enggan disebutkan namanya
        // mengatakan": an unnamed source whose description runs up to the verb.
        const near = firstSourcePhrase(ctx, at);
        const found = near && at - near.start <= MAX_UNNAMED_REACH ? classify(ctx, near) : null;
        if (near && found && (found.kind === 'anonymous' || found.kind === 'unnamed_official')) {
          span = { start: near.start, end: at };
          source = { ...found, text: tokensText(ctx, near.start, at) };
        }
      }
      if (!span || !source) continue;
      out.push({ rule: this.id, cue: tokensText(ctx, at, at + len), cueSpan: { start: at, end: at + len }, source, sourceSpan: span, rank: 2 });
    }
    return out;
  },
};
