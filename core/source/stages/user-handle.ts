/** "wrote user fennick42", "Reddit user dunlin77 said", "said username KestrelFan on the
 * forum", '"...," elmo666 wrote', "according to @harbour_watch": a site handle right after a
 * noun a handle follows, or standing alone as a handle no one would write for a name
 * (letters with digits, or an "@" before it), names that person. Whose account it is the
 * text does not say; a handle names its holder, as a name does. */
import type { Analysis } from '../analysis';
import type { Token } from '../../text';
import { isCodedHandle as coded, isHandle } from '../tokens';
import type { Stage } from './types';

/** A word that may be a handle after a handle noun ("user KestrelFan"). */
const NAMEISH = /^\p{L}[\p{L}\d]{2,}$/u;
const LOWER = /\p{Ll}/u;

export const userHandle: Stage = {
  id: 'user-handle',
  decide(a: Analysis) {
    const { tokens, pack } = a.ctx;
    const { start, end } = a.span;
    // Alone, only a coded handle: a word of letters and digits is nobody's name.
    const only = a.words.length === 1 ? a.words[0] : undefined;
    if (only && coded(only)) return a.found('named_person', 'user-handle', { name: only.text });
    // "user Tom Arlo (@ArloTom)": a handle in brackets closing the phrase is the account of
    // the words before it, named by them when they are capitalised.
    if (
      isHandle(tokens[end - 2]) &&
      tokens[end - 3]?.text === '(' &&
      tokens[end - 1]?.text === ')'
    ) {
      const name = tokens.slice(start, end - 3).filter((t) => t.type === 'word' && t.cap);
      const text = name.length > 0 ? name.map((t) => t.text).join(' ') : tokens[end - 2]?.text;
      return a.found('named_person', 'user-handle', { name: text });
    }
    const roleOf = (noun: number) =>
      tokens
        .slice(start, noun + 1)
        .filter((w) => w.type === 'word')
        .map((w) => w.text)
        .join(' ');
    for (let at = start + 1; at < end; at++) {
      const t = tokens[at] as Token;
      // The word before it is a noun a handle follows ("user", "commenter"), a comma between
      // them or not ("one Reddit user, dunlin77").
      const noun = tokens[at - 1]?.text === ',' ? at - 2 : at - 1;
      if (t.type !== 'word') continue;
      // "One buyer, elmo666": a coded handle set off by a comma and closing the phrase names
      // the person the words before it describe, as a name there would ("The company,
      // Acme2000" is a firm).
      const person = (k: number) => pack.anonymous.has(tokens[k]?.lower ?? '');
      const described = tokens.slice(start, at - 1).some((_, k) => person(start + k));
      const appositive = noun === at - 2 && at === end - 1 && described && coded(t);
      if (appositive)
        return a.found('named_person', 'user-handle', { name: t.text, role: roleOf(noun) });
      if (noun < start || !pack.handleNouns.has(tokens[noun]?.lower ?? '')) continue;
      // After such a noun a capitalised word no lexicon knows is the handle too ("user
      // KestrelFan"), not "member States".
      const named =
        NAMEISH.test(t.text) &&
        t.cap &&
        LOWER.test(t.text) &&
        !pack.sourceWords.has(t.base) &&
        !pack.stopwords.has(t.lower);
      if (!coded(t) && !named) continue;
      // The handle closes the phrase, or where it wrote follows ("on the Brill forum").
      const next = tokens[at + 1]?.lower ?? '';
      if (at + 1 < end && !pack.locatives.has(next) && !pack.relayPrepositions.has(next)) continue;
      return a.found('named_person', 'user-handle', { name: t.text, role: roleOf(noun) });
    }
    return null;
  },
};
