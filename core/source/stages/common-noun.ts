/**
 * A plain noun phrase no lexicon word marks ("organizers", "rights campaigners", "her
 * husband"), found where it fills a speaker's slot (source/noun-phrase.ts): a noun for people
 * by what they do, by the pack's endings or prefixes, is an unnamed source. Asked last: every other
 * stage knows better.
 */
import type { Analysis } from '../analysis';
import { nounPhraseHead } from '../noun-phrase';
import type { Stage } from './types';
import type { LangData } from '../../lang/types';

/** A noun for people by its form: an ending ("organizer") or a prefix ("pengunjung"). */
export function isPersonNoun(data: LangData, word: string): boolean {
  const long = (affix: string) => word.length > affix.length + 2;
  if (data.notPersonNouns.includes(word)) return false;
  if (data.headPersonNouns.includes(word)) return true;
  if (data.personSuffixes.some((s) => long(s) && word.endsWith(s))) return true;
  return data.personPrefixes.some(
    (p) => long(p) && word.startsWith(p) && !data.thingSuffixes.some((s) => word.endsWith(s)),
  );
}

export const commonNoun: Stage = {
  id: 'common-noun',
  decide(a: Analysis) {
    const { ctx, span } = a;
    const at = nounPhraseHead(ctx, span);
    const head = ctx.tokens[at];
    // "however": a function word is no noun for people, whatever its ending. A capital says
    // nothing on the sentence's first word where the head opens the phrase ("Pegiat ...").
    const opens =
      ctx.pack.data.adjectivesAfterNoun && ctx.tokens.slice(0, at).every((t) => t.type !== 'word');
    if (!head || (head.cap && !opens) || ctx.pack.stopwords.has(head.lower)) return null;
    if (isPersonNoun(ctx.pack.data, head.lower)) return a.found('anonymous', 'common-noun');
    // "seorang kusir": a word counting people makes any plain noun after it a person.
    const counted = ctx.pack.personCounters.matchAt(ctx.tokens, span.start, at);
    return counted > 0 && span.start + counted === at
      ? a.found('anonymous', 'common-noun/counted')
      : null;
  },
};
