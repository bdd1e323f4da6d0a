/** "The spokesman added" after "Police spokesman Ahmad Yani said": a word the unnamed officials'
 * table lists ("spokesman", "official") opened by a pointing word, and nothing else, describes
 * the person named before when that word is in their role, as "the minister" does for stage
 * role-head. "The author draws ..." right after a named person was quoted, or was the subject,
 * is that person too when no unnamed author was spoken of. Where adjectives follow the noun, stage pointing-role
 * reads "juru bicara itu". */
import type { Analysis } from '../analysis';
import { definiteOnePerson } from '../one-person';
import { roleFits } from '../role-fit';
import type { Stage } from './types';

/** Words of the longest such phrase: the pointing word and a word of two ("the police
 * spokesman"). */
const MAX_WORDS = 3;
/** Words of the longest phrase repeating the office's own words before the official's word
 * ("Velmar's Foreign Ministry spokesman", "the Foreign Ministry official"). */
const MAX_OFFICE_WORDS = 6;

/** "the Foreign Ministry official", "Velmar's Foreign Ministry spokesman": where the official's
 * word closes the phrase, where it starts, each word before it (a possessive owner without its
 * "'s") being a word of the role the person was named with; -1 when none. */
function officeRepeated(a: Analysis, role: string | null): number {
  const { ctx, span, words, lowers } = a;
  const { pack, tokens } = ctx;
  if (!role || words.length <= 2 || words.length > MAX_OFFICE_WORDS) return -1;
  const roleWords = new Set(role.toLowerCase().split(/[^\p{L}\d]+/u));
  const first = lowers[0] ?? '';
  const owner = first.endsWith("'s") && roleWords.has(first.slice(0, -2));
  if (!owner && !pack.anaphoricMarkers.has(first)) return -1;
  for (let k = span.start + 1; k < span.end; k++) {
    const len = pack.unnamedOfficials.matchAt(tokens, k, span.end);
    if (len > 0 && k + len === span.end) return k;
    const t = tokens[k];
    if (!t || t.type !== 'word' || !roleWords.has(t.lower)) return -1;
  }
  return -1;
}

export const pointingOfficial: Stage = {
  id: 'pointing-official',
  decide(a: Analysis) {
    const { ctx, span, words, lowers } = a;
    const { pack, tokens, referents } = ctx;
    if (pack.data.adjectivesAfterNoun || words.length < 2 || tokens[span.start]?.type !== 'word')
      return null;
    const last = referents.lastPersonBy(ctx.index)?.referent;
    const repeated = words.length > MAX_WORDS ? officeRepeated(a, last?.role ?? null) : -1;
    if (
      repeated < 0 &&
      (words.length > MAX_WORDS || !pack.anaphoricMarkers.has(lowers[0] as string))
    )
      return null;
    const at = repeated < 0 ? span.start + 1 : repeated;
    const len = pack.unnamedOfficials.matchAt(tokens, at, span.end);
    // "The author", "the analyst": one person of a word for people who hold no office.
    const epithet =
      len === 0 &&
      pack.anonymous.matchAt(tokens, at, span.end) === span.end - at &&
      pack.sourceNouns.matchAt(tokens, at, span.end) === 0 &&
      definiteOnePerson(pack, a.text);
    if (!epithet && (len === 0 || at + len !== span.end)) return null;
    const found = referents.lastPersonBy(ctx.index);
    const r = found?.referent;
    if (!found || !r || r.weak) return null;
    // Quoted in the sentence before, or its subject ("Historian Dana Pell wrote a book").
    const justBefore = (r.speaker === true || r.subject === true) && r.sentence === ctx.index - 1;
    // "The official" after press secretary Jane Roe was quoted: a general word for her
    // office, for the speaker of late only (not a name in passing since); so is "the
    // spokesman" after a speaker the copy gave no office at all.
    const fits = (family: boolean) => roleFits(ctx, span, { at, len }, r.role ?? null, family);
    const recent = found.by === 'recent-speaker';
    const roleless = recent && r.role === null;
    const office = fits(false) || (recent && fits(true)) || roleless;
    if (epithet ? !justBefore : !office) return null;
    // "A ministry spokesman said" since that person: the unnamed one is meant (before them
    // too, for a speaker given no office).
    const since = referents.byWords(words.slice(1).map((w) => w.text));
    if (
      since &&
      (since.kind === 'unnamed_official' || since.kind === 'anonymous') &&
      (epithet || roleless || (since.sentence ?? -1) >= (r.sentence ?? -1))
    )
      return null;
    return a.found('named_person', `pointing-official/${epithet ? 'epithet' : found.by}`, {
      name: r.name,
      role: r.role ?? null,
      resolvesTo: r.name,
    });
  },
};
