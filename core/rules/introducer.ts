/**
 * "Among its key findings: ...", "Economists offered two explanations: ...": a sentence that
 * introduces claims listed after a colon. The source is the sentence's subject, or what
 * "its" points back to; or the speaker right after a noun of words said ("Berikut penjelasan
 * Kepala BMKG Rina Kartika:", "Penjelasan Rina: ...").
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import { classify, collectSubject, sourceAfter } from '../source';
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
    out.push(...ownedWordsBeforeColon(ctx));
    return out;
  },
};

/** Who may own the words a noun of saying introduces: people and institutions, not a thing
 * ("Keterangan foto: ..." is a caption). */
const SPEAKERS: ReadonlySet<SourceKind> = new Set([
  'named_person',
  'official_body',
  'organization',
  'unnamed_official',
]);

/** "Berikut penjelasan Kepala BMKG Rina Kartika:", "Penjelasan Rina: gempa dipicu ...": a noun
 * of words said, its speaker right after it, then a colon opening the words. */
function ownedWordsBeforeColon(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.claimNouns, { lowerOnly: false })) {
    // "Berikut keterangan resmi Polda ...:": the noun's own document phrase runs on.
    const noun = Math.max(len, ctx.pack.documents.matchAt(ctx.tokens, at));
    const span = sourceAfter(ctx, at + noun);
    if (!span || span.start !== at + noun || ctx.tokens[span.end]?.text !== ':') continue;
    const source = classify(ctx, span);
    if (!source || !SPEAKERS.has(source.kind)) continue;
    // The words after the colon, or, when they stand in the next paragraph, the whole
    // introducing sentence (not its leftover "Berikut").
    const after = tokensText(ctx, span.end + 1, ctx.tokens.length);
    out.push({
      rule: 'introducer',
      cue: tokensText(ctx, at, at + len),
      cueSpan: { start: at, end: at + len },
      source,
      sourceSpan: span,
      rank: 2,
      claim: after.trim() !== '' ? after : tokensText(ctx, 0, ctx.tokens.length),
    });
  }
  return out;
}
