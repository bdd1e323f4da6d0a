/**
 * "The ministry raised taxes on Monday. It said ...", "Police arrested two men. They said ...":
 * a sentence that reports nothing but opens with a public body named by its common noun makes
 * that body what a later "it" or "they" points back to. A body named by its capitals is
 * noted by core/mention-notes.ts already. The engine calls this after the sentence's claims
 * are recorded, when it has none.
 */
import type { SentenceContext } from './context';
import { safe } from './mention-notes';
import type { Referents } from './referents';
import { classify, collectSubject } from './source';

/** How far into the sentence a body's word is looked for before the subject is read. */
const MAX_SUBJECT_TOKENS = 6;

export function noteBody(ctx: SentenceContext, referents: Referents): void {
  const { tokens, pack } = ctx;
  if (tokens[0]?.type !== 'word' || ctx.quoted[0]) return;
  // Cheap first: most sentences open with no body's word.
  if (pack.bodies.find(tokens, 0, Math.min(tokens.length, MAX_SUBJECT_TOKENS)) === null) return;
  const span = safe(() => collectSubject(ctx), null);
  if (!span || span.start !== 0) return;
  for (let k = span.start; k < span.end; k++) {
    const t = tokens[k];
    // One body, by its common noun: "The ministry and the army", "The Kelbo council" are not.
    if (!t || (k > span.start && t.cap) || pack.coordinators.has(t.lower)) return;
  }
  const found = safe(() => classify(ctx, span), null);
  if (found?.kind !== 'official_body') return;
  referents.add({
    text: found.text,
    kind: found.kind,
    name: found.name,
    role: null,
    outlet: null,
    sentence: ctx.index,
  });
}
