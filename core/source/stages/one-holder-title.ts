/**
 * "The Pope said", "the Dalai Lama told reporters": a title only one person holds at a time,
 * used alone, stands for that person's name. The person is named (an office with many
 * holders, "the minister", is left to role-head); when the article gave the holder's own name
 * before ("Pope Leo"), the source resolves to it. Not an organization, as a capitalised
 * name after "the" would otherwise be read.
 */
import type { Analysis } from '../analysis';
import { spanText } from '../tokens';
import type { Stage } from './types';

export const oneHolderTitle: Stage = {
  id: 'one-holder-title',
  decide(a: Analysis) {
    const { tokens, pack, referents } = a.ctx;
    const { start, end } = a.span;
    const from = pack.definiteDeterminers.has(tokens[start]?.lower ?? '') ? start + 1 : start;
    if (from >= end || pack.oneHolderTitles.matchAt(tokens, from, end) !== end - from) return null;
    const title = a.lowers.slice(from - start).join(' ');
    const bare = spanText(a.ctx, { start: from, end });
    // The holder named in full before, not the title met alone ("the Pope" again).
    const holder = referents.lastHolder(
      (role, text) =>
        (role.includes(title) || text.includes(title)) &&
        text.split(' ').some((w) => !pack.definiteDeterminers.has(w) && !title.includes(w)),
    );
    return a.found('named_person', 'one-holder-title', {
      name: holder?.name ?? bare,
      role: holder?.role ?? null,
      resolvesTo: holder?.name ?? null,
    });
  },
};
