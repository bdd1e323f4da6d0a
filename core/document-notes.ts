/**
 * "A new study by the Harbor Trust came out on Tuesday. It found that ...": a document a
 * sentence opens with, noted for a later "it". The engine calls this after the sentence's
 * claims are recorded, when it has none.
 */
import type { SentenceContext } from './context';
import type { Referents } from './referents';

/** Words a document's subject may take between its determiner and its noun ("A new study");
 * more is more often a clause ("The agency published draft rules"). */
const MAX_DOCUMENT_MODIFIERS = 1;

/**
 * "A new study by the Harbor Trust came out on Tuesday. It found that ...": a sentence that
 * reports nothing but opens with a document as its subject makes the document the thing a
 * later "it" points back to.
 */
export function noteDocument(ctx: SentenceContext, referents: Referents): void {
  const { tokens, pack } = ctx;
  if (!pack.determiners.has(tokens[0]?.lower ?? '') || ctx.quoted[0]) return;
  for (let i = 1; i <= MAX_DOCUMENT_MODIFIERS + 1; i++) {
    const t = tokens[i];
    if (!t || t.type !== 'word' || ctx.quoted[i]) return;
    const len = pack.documents.matchAt(tokens, i);
    if (!len || t.cap) continue;
    // Without the determiner: "Some" opening a sentence names nothing a later one repeats.
    const text = ctx.text.slice(tokens[1]?.start ?? 0, tokens[i + len - 1]?.end ?? 0);
    referents.add({
      text,
      kind: 'document',
      name: null,
      role: null,
      outlet: null,
      sentence: ctx.index,
    });
    return;
  }
}
