/**
 * "State-run television broadcast from the town. It quoted ...": an outlet a sentence opens
 * with as its subject, noted for a later "it". The engine calls this after the sentence's
 * claims are recorded, when it has none.
 */
import type { SentenceContext } from './context';
import { safe } from './mention-notes';
import type { Referents } from './referents';
import { classify, collectSubject } from './source';

/**
 * "State-run television broadcast from the town. It quoted a military source as saying ...":
 * a sentence that reports nothing but has an outlet as its subject makes the outlet the thing
 * a later "it" points back to (the outlet that goes on to quote someone).
 */
export function noteOutlet(ctx: SentenceContext, referents: Referents): void {
  const { tokens, pack } = ctx;
  if (tokens[0]?.type !== 'word') return;
  // Cheap first: most sentences name no outlet at all (the subject's collection is not free).
  if (
    ctx.outlets.length === 0 &&
    pack.media.find(tokens) === null &&
    pack.stateMedia.find(tokens) === null
  )
    return;
  const span = safe(() => collectSubject(ctx), null);
  if (!span || span.start !== 0) return;
  // Only a phrase naming an outlet is worth classifying.
  const from = tokens[span.start]?.start ?? 0;
  const named = ctx.outlets.some(
    (m) => m.start >= from && m.start < (tokens[span.end - 1]?.end ?? 0),
  );
  if (
    !named &&
    pack.media.find(tokens, span.start, span.end) === null &&
    pack.stateMedia.find(tokens, span.start, span.end) === null
  )
    return;
  // One outlet: "Rights groups and some media decry ..." is a group, no "it".
  for (let k = span.start; k < span.end; k++)
    if (pack.coordinators.has(tokens[k]?.lower ?? '')) return;
  const found = safe(() => classify(ctx, span), null);
  if (found?.kind !== 'media' && found?.kind !== 'state_media') return;
  referents.add({
    text: found.text,
    kind: found.kind,
    name: found.name,
    role: found.role,
    outlet: found.outlet,
    sentence: ctx.index,
    thingOnly: true,
  });
}
