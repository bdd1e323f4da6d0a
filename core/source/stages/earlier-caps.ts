/** Capitalised words no lexicon knows: a name seen before ("Apindo" after "Asosiasi Pengusaha
 * Industri (Kadin)"), or acronyms alone, an institution's. */
import type { Analysis } from '../analysis';
import { ALL_CAPS } from '../tokens';
import { afterDocumentNoun } from './earlier-name';
import type { Stage } from './types';

export const earlierCaps: Stage = {
  id: 'earlier-caps',
  decide(a: Analysis) {
    const { pack, referents } = a.ctx;
    // "Seorang", "Another" opening the sentence is no name seen before.
    const caps = a.words.filter(
      (w) =>
        w.cap &&
        !pack.stopwords.has(w.lower) &&
        !pack.determiners.has(w.lower) &&
        !pack.singularDeterminers.has(w.lower),
    );
    if (caps.length === 0) return null;
    const earlier = referents.byWords(caps.map((w) => w.text));
    // "BTK memprediksi" after "keterangan BTK": the name after a document's noun is its
    // owner, not the document (read below as an acronym's institution).
    const owner =
      earlier?.kind === 'document' &&
      pack.data.adjectivesAfterNoun &&
      afterDocumentNoun(a, a.text, earlier.text);
    if (earlier && !owner) {
      const { kind, name, role, outlet } = earlier;
      return a.found(kind, 'earlier-caps/earlier', {
        name,
        role,
        outlet,
        resolvesTo: earlier.name ?? earlier.text,
      });
    }
    if (!caps.every((w) => ALL_CAPS.test(w.text))) return null;
    // "BPS memprediksi" after "Badan Pusat Statistik (BPS)": spelt out as a public body.
    const body = referents.evidence.bodies?.has(a.text.toLowerCase()) === true;
    return a.found(body ? 'official_body' : 'organization', 'earlier-caps/acronym');
  },
};
