/** "That was", "Dalam hal ini", "It's often": small words alone name no one. */
import type { Analysis } from '../analysis';
import { NOT_A_SOURCE, type Stage } from './types';

export const functionWords: Stage = {
  id: 'function-words',
  decide(a: Analysis) {
    const { pack } = a.ctx;
    // A contraction is its small word ("it's", "that's"), unless a person's ("she's said").
    const small = (w: (typeof a.words)[number]) =>
      pack.stopwords.has(w.lower) ||
      (pack.stopwords.has(w.base) && !pack.personPronouns.has(w.base));
    return a.words.every((w) => small(w) && !pack.sourceWords.has(w.lower)) ? NOT_A_SOURCE : null;
  },
};
