/**
 * "Among its key findings: ...", "Economists offered two explanations: ...": a sentence that
 * introduces claims listed after a colon. The source is the sentence's subject, or what
 * "its" points back to.
 */
import type { SentenceContext } from '../context';
import { classify, collectSubject } from '../source';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';

export const introducer: Rule = {
  id: 'introducer',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { tokens } = ctx;
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.findingNouns)) {
      if (tokens[at + len]?.text !== ':') continue;
      const possessive = tokens[at - 1]?.lower;
      let source = null;
      let sourceSpan = null;
      if (possessive !== undefined && ctx.pack.thingPossessives.has(possessive)) {
        // Findings are a document's: prefer the last document, then any institution.
        const r = ctx.referents.lastOfKind('document') ?? ctx.referents.lastThing();
        source = {
          text: possessive,
          kind: r?.kind ?? 'document',
          name: r?.name ?? null,
          role: r?.role ?? null,
          outlet: r?.outlet ?? null,
          resolvesTo: r ? (r.name ?? r.text) : null,
          reasons: [r ? ('pronoun_resolved' as const) : ('pronoun_unresolved' as const)],
        };
      } else {
        sourceSpan = collectSubject(ctx);
        source = sourceSpan ? classify(ctx, sourceSpan) : null;
      }
      if (!source) continue;
      out.push({
        rule: this.id,
        cue: tokensText(ctx, at, at + len),
        cueSpan: { start: at, end: at + len },
        source,
        sourceSpan,
        rank: 2,
      });
    }
    return out;
  },
};
