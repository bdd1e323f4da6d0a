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

export const pointingOfficial: Stage = {
  id: 'pointing-official',
  decide(a: Analysis) {
    const { ctx, span, words, lowers } = a;
    const { pack, tokens, referents } = ctx;
    if (pack.data.adjectivesAfterNoun || words.length < 2 || words.length > MAX_WORDS) return null;
    if (!pack.anaphoricMarkers.has(lowers[0] as string) || tokens[span.start]?.type !== 'word')
      return null;
    const at = span.start + 1;
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
