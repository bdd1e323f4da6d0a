/** "Kekalahan Andi/Budi memastikan ...", "Gol Rahmat memastikan kemenangan": an event or
 * outcome heading the phrase, with the people it happened to after it, is no source. */
import type { Analysis } from '../analysis';
import { NOT_A_SOURCE, type Stage } from './types';

export const eventSubject: Stage = {
  id: 'event-subject',
  decide(a: Analysis) {
    const first = a.words[0];
    if (!first || a.words.length < 2 || first.start !== a.ctx.tokens[a.span.start]?.start)
      return null;
    return a.ctx.pack.eventNouns.has(first.lower) ? NOT_A_SOURCE : null;
  },
};
