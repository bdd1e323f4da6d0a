/**
 * "said a Pentagon planner", "according to Pentagon planners": after the cue, a body's word
 * then a lower-case noun for people by its ending that no lexicon lists. The noun names the
 * body's people and belongs to the source phrase, which would otherwise stop at the body.
 */
import type { SentenceContext } from '../context';
import { collectRight } from './collect';
import { plainWord } from './source-word';
import { isPersonNoun } from './stages/common-noun';

/** The end of the phrase [start, end) taken one word further over such a noun, or `end`. */
export function bodysPersonAfter(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  // Where modifiers follow the noun, a body's word qualifies none after it ("hasil
  // pengawasan BPOM periode ...").
  if (pack.data.adjectivesAfterNoun) return end;
  const noun = tokens[end];
  if (!noun || !plainWord(ctx, end) || !isPersonNoun(pack.data, noun.lower)) return end;
  // The noun closes the phrase: a word of any kind after it is some other phrase's.
  if (tokens[end + 1]?.type === 'word' && !pack.timeWords.has(tokens[end + 1]?.lower ?? ''))
    return end;
  for (let k = start; k < end; k++)
    if (pack.bodies.matchAt(tokens, k, end) === end - k) return end + 1;
  return end;
}

/** "said advisers to the prime minister": people who serve an office closing the phrase,
 * their link word, then the office (a role) closing the clause. The phrase runs over the
 * office, which says whose people they are; "said an aide to reporters" stays as it was. */
export function servedOfficeAfter(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  if (pack.data.adjectivesAfterNoun || end - 1 < start) return end;
  if (pack.officeServants.matchAt(tokens, end - 1, end) !== 1) return end;
  if (!pack.principalLinks.has(tokens[end]?.lower ?? '') || ctx.quoted[end]) return end;
  const office = collectRight(ctx, end + 1);
  if (office <= end + 1) return end;
  const after = tokens[office];
  if (after && !/^[,.;!?]$/.test(after.text) && after.type !== 'quote') return end;
  for (let k = end + 1; k < office; k++)
    if (pack.roles.matchAt(tokens, k, office) > 0) return office;
  return end;
}
