/**
 * "Drone footage showed villages under water. They also showed a church ...": a group pronoun
 * showing something right after pictures did is those pictures, not the last group named.
 * The rule for pictures (eval gold and engine alike): pictures that show a scene are an
 * attributed claim whose source is the subject as written - the pictures, a document (with
 * the outlet that carried them as via), or the outlet that showed, aired or made them - and
 * pictures only state media showed are flagged as such.
 */
import type { SentenceContext } from '../context';
import type { FoundSource } from '../source';

export function picturesPointedAt(ctx: SentenceContext, found: FoundSource): FoundSource | null {
  if (!found.basis?.startsWith('pronoun')) return null;
  const r = ctx.referents.lastThing();
  if (r?.kind !== 'document' || (r.sentence ?? -2) < ctx.index - 1) return null;
  const words = r.text.toLowerCase().split(/\s+/u);
  if (!ctx.pack.data.pictureNouns.some((noun) => words.includes(noun))) return null;
  return {
    ...found,
    kind: 'document',
    name: null,
    role: null,
    outlet: r.outlet,
    resolvesTo: r.text,
    basis: 'pronoun/last-pictures',
  };
}
