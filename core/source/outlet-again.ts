/**
 * "Business Monitor said" after "the Business Monitor newspaper said": an outlet's name holding a
 * firm's word ("Business", "Investors"), the name seen before as the outlet's, is that outlet
 * again, not a firm the lexicon reads in the word.
 */
import type { Analysis } from './analysis';
import type { SourceKind } from '../report';
import type { FoundSource } from './types';

export function outletAgain(a: Analysis, kind: SourceKind | null, at: number): FoundSource | null {
  const { ctx, words } = a;
  if (kind !== 'organization' || !ctx.tokens[at]?.cap) return null;
  const caps = words.filter((w) => w.cap && !ctx.pack.determiners.has(w.lower));
  // Only the name's words: "the Business Monitor editor" is no outlet.
  if (caps.length < 2 || words.some((w) => !w.cap && !ctx.pack.determiners.has(w.lower)))
    return null;
  const r = ctx.referents.byWords(caps.map((w) => w.text));
  if (r?.kind !== 'media' && r?.kind !== 'state_media') return null;
  return a.found(r.kind, 'lexicon-head/outlet-again', {
    outlet: r.outlet,
    resolvesTo: r.name ?? r.text,
  });
}
