/** "Kemendag menegaskan ...", "Kemenpora menyebut ...": one capitalised word clipped from a
 * ministry's name (an opening of the pack's, then the portfolio's clipping) is the ministry
 * speaking, not a person; the registry names only some of them. */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

export const clippedBody: Stage = {
  id: 'clipped-body',
  decide(a: Analysis) {
    const words = a.words;
    const [word] = words;
    // A clipped name a table holds ("Kemenkes") is the lexicon's to decide.
    if (words.length !== 1 || !word?.cap || a.hits().length > 0) return null;
    const { bodyClipOpenings, bodyClipWords } = a.ctx.pack;
    for (const w of bodyClipWords.words) if (word.lower.startsWith(w)) return null;
    for (const o of bodyClipOpenings.words)
      // The portfolio's clipping after the opening: two letters at least ("Kemenag").
      if (word.lower.startsWith(o) && word.lower.length >= o.length + 2)
        return a.found('official_body', 'clipped-body');
    return null;
  },
};
