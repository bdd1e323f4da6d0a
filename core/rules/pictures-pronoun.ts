/**
 * "Drone footage showed villages under water. They also showed a church ...": a group pronoun
 * showing something right after pictures did is those pictures, not the last group named.
 * The rule for pictures (eval gold and engine alike): pictures that show a scene are an
 * attributed claim whose source is the subject as written - the pictures, a document (with
 * the outlet that carried them as via), or the outlet that showed, aired or made them - and
 * pictures only state media showed are flagged as such.
 */
import type { SentenceContext } from '../context';
import { plainSource, type FoundSource } from '../source';

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

/** Words of a phrase naming pictures again ("the footage", "rekaman itu"). */
const MAX_AGAIN_WORDS = 3;
const OUTLETS: ReadonlySet<string> = new Set(['media', 'state_media']);

/** The words of a text, lower-cased. */
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);

/**
 * "State television aired footage of the launch. The footage showed ...": pictures named
 * again with a pointing word right after an outlet showed pictures are those the outlet
 * showed. The outlet carried them: it is returned as their carrier (the via).
 */
export function picturesCarrier(ctx: SentenceContext, found: FoundSource): FoundSource | null {
  const { pack, referents } = ctx;
  if (found.kind !== 'document' || found.outlet) return null;
  const words = wordsOf(found.text).filter(Boolean);
  if (words.length > MAX_AGAIN_WORDS || !words.some((w) => pack.anaphoricMarkers.has(w)))
    return null;
  const pictures = (ws: readonly string[]) => pack.data.pictureNouns.some((n) => ws.includes(n));
  if (!pictures(words) || !pictures(wordsOf(ctx.previous ?? ''))) return null;
  // The outlet spoke in the sentence before (an outlet only named there carried nothing).
  const r = referents.lastWriter();
  if (!r?.speaker || !OUTLETS.has(r.kind) || (r.sentence ?? -2) < ctx.index - 1) return null;
  return { ...plainSource(r.text, r.kind), name: r.name, outlet: r.outlet };
}
