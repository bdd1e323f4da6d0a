/**
 * An institution's name listing its fields before its acronym ("Badan Meteorologi,
 * Klimatologi, dan Geofisika (BMKG)"). Split from find-before.ts.
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import { collectLeft } from './collect';
import { endsWithAcronym } from './tokens';

/** Items of a list inside one name ("Badan Meteorologi, Klimatologi, dan Geofisika"). */
const MAX_LIST_ITEMS = 6;

/**
 * "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyatakan": a phrase with "dan"/"and"
 * closed by an acronym is the end of one institution's name listing its fields; the
 * capitalised items before it, back over their commas, are part of the name.
 */
export function joinNameList(ctx: SentenceContext, start: number, end: number): number {
  const { tokens } = ctx;
  if (
    !endsWithAcronym(tokens, end) ||
    !tokens.slice(start, end).some((t) => ctx.pack.nameListJoiners.has(t.lower))
  )
    return start;
  const nameWord = (t: Token) =>
    t.cap || ctx.pack.connectors.has(t.lower) || ctx.pack.determiners.has(t.lower);
  let s = start;
  for (let n = 0; n < MAX_LIST_ITEMS && tokens[s - 1]?.text === ','; n++) {
    const item = collectLeft(ctx, s - 2);
    if (item > s - 2 || !tokens.slice(item, s - 1).every(nameWord)) break;
    s = item;
  }
  return s;
}
