/**
 * "kekhawatiran para nelayan setempat bahwa ...", "fears among growers that ...": a noun of
 * saying or fearing, its source, then the claim introduced by "bahwa"/"that". A bare noun
 * with no source between it and the complementizer ("menepis klaim bahwa") is left to the
 * verb's rule.
 */
import type { SentenceContext } from '../context';
import { classify } from '../source';
import { possessorOfNoun } from './possessor-claim';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';

const MAX_GAP = 8;

export const claimNoun: Rule = {
  id: 'claim-noun',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { tokens, pack } = ctx;
    for (const [at, len] of matchesOutsideQuotes(ctx, pack.claimNouns)) {
      // "the governor's false claims that ...": the possessor before the noun.
      const owner = possessorOfNoun(ctx, at, at + len);
      if (owner) {
        const after = tokens[at + len + 1];
        out.push({
          rule: this.id,
          cue: tokensText(ctx, at, at + len),
          cueSpan: { start: at, end: at + len },
          source: owner.source,
          sourceSpan: owner.span,
          rank: 2,
          ...(after ? { claim: ctx.text.slice(after.start).replace(/[.!?]$/, '') } : {}),
        });
        continue;
      }
      let start = at + len;
      // "a ruling on the country's sea claims and warned Washington against moves that ...":
      // a coordinator right after the noun opens another clause, no source of the claims.
      if (pack.coordinators.has(tokens[start]?.lower ?? '')) continue;
      if (pack.claimNounLinks.has(tokens[start]?.lower ?? '')) start++;
      // "pernyataan yang dirilis media pemerintah bahwa ...": a relative clause's verb, then
      // (after "oleh") who gave out the words; the verb and its marker are no part of them.
      const relative = tokens[start]?.lower ?? '';
      const opens = pack.clauseRelatives.has(relative) && !pack.complementizers.has(relative);
      if (opens && tokens[start + 1]?.type === 'word') {
        start += 2;
        if (pack.agentMarkers.has(tokens[start]?.lower ?? '')) start++;
      }
      // "an allegation from his first wife, Rina Lee, that ...": an appositive's commas may
      // stand inside the source; the comma before the complementizer is no part of it.
      let end = start;
      while (
        end < tokens.length &&
        end - start <= MAX_GAP &&
        !pack.complementizers.has(tokens[end]?.lower ?? '') &&
        (tokens[end]?.type === 'word' || (tokens[end]?.text === ',' && !ctx.quoted[end]))
      )
        end++;
      if (end === start || !pack.complementizers.has(tokens[end]?.lower ?? '')) continue;
      // Commas only as an appositive's pair, the second right before the complementizer
      // ("fears of killings, and police are investigating claims that" is two clauses).
      let commas = 0;
      for (let k = start; k < end; k++) if (tokens[k]?.text === ',') commas++;
      if (commas > 0 && (commas !== 2 || tokens[end - 1]?.text !== ',')) continue;
      const span = { start, end: commas ? end - 1 : end };
      const source = classify(ctx, span);
      if (!source || source.kind === 'unattributed') continue;
      // The claim is what the complementizer introduces.
      const after = ctx.tokens[end + 1];
      const claim = after ? ctx.text.slice(after.start).replace(/[.!?]$/, '') : undefined;
      out.push({
        rule: this.id,
        cue: tokensText(ctx, at, at + len),
        cueSpan: { start: at, end: at + len },
        source,
        sourceSpan: span,
        rank: 2,
        ...(claim ? { claim } : {}),
      });
    }
    return out;
  },
};
