/** "That was", "Dalam hal ini", "It's often", "You'd think": small words alone name no one. */
import type { Analysis } from '../analysis';
import { NOT_A_SOURCE, type Stage } from './types';

export const functionWords: Stage = {
  id: 'function-words',
  decide(a: Analysis) {
    const { pack } = a.ctx;
    // A contracted auxiliary leaves the small word ("you'd", "we'll"), unless a person's or a
    // group's, who may be a source pointed back to ("she'd said", "they'd said").
    const stem = (lower: string) => {
      const ending = pack.data.auxiliaryClitics.find((c) => lower.endsWith(c));
      const word = ending ? lower.slice(0, -ending.length) : '';
      return pack.personPronouns.has(word) || pack.groupPronouns.has(word) ? '' : word;
    };
    // A contraction is its small word ("it's", "that's"), unless a person's ("she's said").
    const small = (w: (typeof a.words)[number]) =>
      pack.stopwords.has(w.lower) ||
      (pack.stopwords.has(w.base) && !pack.personPronouns.has(w.base)) ||
      pack.stopwords.has(stem(w.lower));
    return a.words.every((w) => small(w) && !pack.sourceWords.has(w.lower)) ? NOT_A_SOURCE : null;
  },
};
