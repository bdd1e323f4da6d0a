/**
 * "..., the state-run Anadolu agency said", "..., Syria's state-run SANA news agency said":
 * the words saying the state runs an outlet stand before the name the registry finds. They
 * are the source phrase's (the registry still decides the kind), never the claim's tail.
 */
import type { SentenceContext } from '../context';

/** Where the source phrase starting at token `start` begins once the state's words before an
 * outlet's name (and their determiner or owner's possessive) are taken in. */
export function outletLeadLeft(ctx: SentenceContext, start: number): number {
  const { tokens, pack } = ctx;
  const first = tokens[start];
  if (!first || !ctx.outlets.some((m) => m.start === first.start)) return start;
  const stateWord = (k: number) =>
    tokens[k]?.type === 'word' &&
    !ctx.quoted[k] &&
    pack.stateOutletModifiers.has(tokens[k]?.lower ?? '');
  let k = start - 1;
  while (k >= 0 && stateWord(k)) k--;
  if (k === start - 1) return start;
  const before = tokens[k];
  const opens =
    before?.type === 'word' &&
    !ctx.quoted[k] &&
    (pack.determiners.has(before.lower) || (before.cap && before.base !== before.lower));
  return opens ? k : k + 1;
}
