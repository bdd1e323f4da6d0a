/** "wrote user fennick42", "Reddit user dunlin77 said", "said username KestrelFan on the
 * forum", '"...," elmo666 wrote', "according to @harbour_watch": a site handle right after a
 * noun a handle follows, or standing alone as a handle no one would write for a name
 * (letters with digits, or an "@" before it), names that person. Whose account it is the
 * text does not say; a handle names its holder, as a name does. */
import type { Analysis } from '../analysis';
import type { Token } from '../../text';
import { isHandle } from '../tokens';
import type { Stage } from './types';

/** A handle: opens with a letter, holds a digit, not all capitals ("G20", "F35"). */
const HANDLE = /^(?=.*\d)\p{L}[\p{L}\d]{3,}$/u;
/** A word that may be a handle after a handle noun ("user KestrelFan"). */
const NAMEISH = /^\p{L}[\p{L}\d]{2,}$/u;
const LOWER = /\p{Ll}/u;

/** A word no one would write for a name: letters with digits, or a handle with its "@"
 * ("@harbour_watch"). */
const coded = (t: Token) => isHandle(t) || (HANDLE.test(t.text) && t.text !== t.text.toUpperCase());

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
    for (let at = start + 1; at < end; at++) {
      const t = tokens[at] as Token;
      // The word before it is a noun a handle follows ("user", "commenter"), a comma between
      // them or not ("one Reddit user, dunlin77").
      const noun = tokens[at - 1]?.text === ',' ? at - 2 : at - 1;
      if (noun < start || !pack.handleNouns.has(tokens[noun]?.lower ?? '')) continue;
      if (t.type !== 'word') continue;
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
      const role = tokens
        .slice(start, noun + 1)
        .filter((w) => w.type === 'word')
        .map((w) => w.text)
        .join(' ');
      return a.found('named_person', 'user-handle', { name: t.text, role });
    }
    return null;
  },
};
