/** "Reader said" after "Sheriff Charles Reader": a surname that is also a word for unnamed
 * people or an office ("reader", "bishop", "driver") is the person the article named with it
 * before, not an unnamed source. */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

/** The tables whose words name people with no name, which a surname may coincide with. */
const PEOPLE_TABLES = new Set(['anonymous', 'unnamedOfficials', 'roles']);

export const earlierSurname: Stage = {
  id: 'earlier-surname',
  decide(a: Analysis) {
    const { ctx, span, words } = a;
    const word = words[0];
    if (words.length !== 1 || span.end - span.start !== 1 || !word?.cap || ctx.quoted[span.start])
      return null;
    // Capitalised, not shouting ("READER"), and nothing but a word for people.
    if (word.text === word.text.toUpperCase()) return null;
    const hits = a.hits();
    if (hits.length === 0 || hits.some((h) => !PEOPLE_TABLES.has(h.table))) return null;
    const r = ctx.referents.byWords([word.text]);
    if (r?.kind !== 'named_person') return null;
    // The word closes a full name there (its name, else its words): a capitalised first name
    // right before it, itself no word of the lexicon ("Charles Reader", not "Sheriff Reader").
    for (const said of [r.name ?? '', r.text]) {
      const there = said.split(/[\s,]+/u);
      const at = there.indexOf(word.text);
      const first = there[at - 1] ?? '';
      if (
        at < 1 ||
        !/^\p{Lu}\p{Ll}+$/u.test(first) ||
        ctx.pack.sourceWords.has(first.toLowerCase())
      )
        continue;
      const name = `${first} ${word.text}`;
      return a.found('named_person', 'earlier-surname', { name, resolvesTo: name });
    }
    return null;
  },
};
