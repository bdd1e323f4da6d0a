/**
 * A plain noun phrase no lexicon word marks ("organizers", "rights campaigners", "her
 * husband"), found where it fills a speaker's slot (source/noun-phrase.ts): a noun for people
 * by what they do, by the pack's endings, is an unnamed source. Asked last: every other
 * stage knows better.
 */
import type { Analysis } from '../analysis';
import { nounPhraseHead } from '../noun-phrase';
import type { Stage } from './types';

export const commonNoun: Stage = {
  id: 'common-noun',
  decide(a: Analysis) {
    const { ctx, span } = a;
    const at = nounPhraseHead(ctx, span);
    const head = ctx.tokens[at];
    if (!head || head.cap) return null;
    const person = ctx.pack.data.personSuffixes.some(
      (s) => head.lower.length > s.length + 2 && head.lower.endsWith(s),
    );
    return person ? a.found('anonymous', 'common-noun') : null;
  },
};
