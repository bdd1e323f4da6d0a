/** "That was", "Dalam hal ini": small words alone name no one. */
import type { Analysis } from '../analysis';
import { NOT_A_SOURCE, type Stage } from './types';

export const functionWords: Stage = {
  id: 'function-words',
  decide(a: Analysis) {
    const { pack } = a.ctx;
    return a.words.every((w) => pack.stopwords.has(w.lower) && !pack.sourceWords.has(w.lower))
      ? NOT_A_SOURCE
      : null;
  },
};
