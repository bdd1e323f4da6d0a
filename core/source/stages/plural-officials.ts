/**
 * "House Republicans said", "Senate Democrats said", "Tory MPs said": a short phrase closing
 * on the plural of a word for unnamed officials names some of them, whatever capitals come
 * before it (a chamber, a party). The capitals are no person's name (two capitalised words),
 * no lone firm's name, and the chamber's word is not the body speaking.
 */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

/** Words of such a phrase: a count, a chamber, a party, the plural noun. */
const MAX_WORDS = 4;

export const pluralOfficials: Stage = {
  id: 'plural-officials',
  decide(a: Analysis) {
    const { pack, tokens } = a.ctx;
    const { words } = a;
    if (words.length < 2 || words.length > MAX_WORDS) return null;
    const last = words[words.length - 1];
    if (!last || !pack.data.rolePluralEndings.some((e) => last.lower.endsWith(e))) return null;
    // The plural is the span's last word and a one-word entry for unnamed officials.
    const at = a.span.end - 1;
    if (tokens[at] !== last || pack.unnamedOfficials.matchAt(tokens, at, at + 1) !== 1) return null;
    // Only capitals, counts and lower-case modifiers before it: no comma, no possessive, no
    // role or other people word ("Tom Vale's aides" is read where possessives are).
    const before = a.hits().filter((h) => h.at < at);
    if (before.some((h) => h.table === 'roles' || h.table === 'anonymous')) return null;
    for (let k = a.span.start; k < at; k++) {
      const t = tokens[k];
      if (!t || t.type !== 'word' || t.base !== t.lower) return null;
      // "The board of directors": a lower-case word other than a count or a rank ("senior")
      // makes the phrase something else.
      if (!t.cap && !pack.determiners.has(t.lower) && !pack.modifiers.has(t.lower)) return null;
    }
    // A capital of its own: "The" opening the sentence is none ("The authorities said").
    if (!words.slice(0, -1).some((w) => w.cap && !pack.determiners.has(w.lower))) return null;
    // "The Harbour Guards": a capitalised plural after "the" closes a title-case name.
    if (last.cap && pack.definiteDeterminers.has(words[0]?.lower ?? '')) return null;
    return a.found('unnamed_official', 'plural-officials');
  },
};
