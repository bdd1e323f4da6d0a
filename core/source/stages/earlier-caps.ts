/** Capitalised words no lexicon knows: a name seen before ("Apindo" after "Asosiasi Pengusaha
 * Industri (Kadin)"), or acronyms alone, an institution's. */
import type { Analysis } from '../analysis';
import { ALL_CAPS } from '../tokens';
import { afterDocumentNoun } from './earlier-name';
import type { Stage } from './types';

/** A generic word for a news outlet ("TV", "Television"), which names no outlet alone. */
function outletWord(pack: Analysis['ctx']['pack'], lower: string): boolean {
  return pack.media.has(lower) || pack.bareMastheads.has(lower) || pack.outletNouns.has(lower);
}

/** "The VNRP said" after "The Velmar National Rescue Party said": the initials of the last
 * public body's capitalised words, spelt out with no brackets - the party again. */
function spelledBody(a: Analysis, acronym: string): boolean {
  const last = a.ctx.referents.lastOfKind('official_body');
  if (!last || acronym.includes(' ')) return false;
  const initials = (last.name ?? last.text)
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !a.ctx.pack.determiners.has(w.toLowerCase()))
    .map((w) => w[0]?.toLowerCase())
    .join('');
  return initials.length >= 2 && initials === acronym;
}

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
    // "local TV", "TV swasta": an outlet's word with a lower-case word of its own before or
    // after it is another outlet, not the one of that word named before ("State TV").
    const modified = a.words.some(
      (w) => !w.cap && !pack.stopwords.has(w.lower) && !pack.determiners.has(w.lower),
    );
    if (modified && caps.every((w) => outletWord(pack, w.lower))) return null;
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
    // "BPS memprediksi" after "Badan Pusat Statistik (BPS)", "the PMDB said" after "the
    // Democratic Movement Party (PMDB)": spelt out as a public body (a party is one).
    const short = caps.map((w) => w.lower).join(' ');
    const body = referents.evidence.bodies?.has(short) === true || spelledBody(a, short);
    return a.found(body ? 'official_body' : 'organization', 'earlier-caps/acronym');
  },
};
