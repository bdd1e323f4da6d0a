/**
 * "The Times reported", "according to the Daily Courier": an article and capitalised words
 * closed by a word of the pack that ends newspapers' and broadcasters' names. The outlet is
 * a news medium even when the registry does not know it (the registry, asked first, still
 * decides whether a known outlet is state media).
 */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

export const mastheadName: Stage = {
  id: 'masthead-name',
  decide(a: Analysis) {
    const [first, ...rest] = a.words;
    const last = rest[rest.length - 1];
    if (!first || !last || !a.ctx.pack.determiners.has(first.lower)) return null;
    if (!rest.every((w) => w.cap) || !a.ctx.pack.mastheads.has(last.lower)) return null;
    return a.found('media', 'masthead-name');
  },
};
