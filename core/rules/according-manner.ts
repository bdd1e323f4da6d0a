/**
 * "according to" saying how, not who: in an instruction ("Mix the paint according to ...")
 * or right after a verb ("Prices vary according to the season"). Split from according-to.ts.
 */
import type { SentenceContext } from '../context';

/**
 * "Mix the paint according to the manufacturer's instructions": in an instruction (a
 * sentence opening with a bare verb and its object's article, "Mix the", "Adjust your") the
 * phrase inside the clause says how to do it, not who says so.
 */
export function instructionAt(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  const first = tokens[0];
  const second = tokens[1]?.lower ?? '';
  if (at < 3 || tokens[at - 1]?.type !== 'word' || !first || first.type !== 'word') return false;
  if (pack.stopwords.has(first.lower) || ctx.quoted[0]) return false;
  return pack.determiners.has(second) || pack.possessives.has(second);
}

/**
 * "Prices vary according to the season", "patients were grouped according to their age":
 * right after a verb of the pack or a participle, "according to" means "in accordance with";
 * what follows is a measure, not a record no lexicon knows.
 */
export function inAccordance(ctx: SentenceContext, at: number): boolean {
  const before = ctx.tokens[at - 1];
  if (!before || before.type !== 'word' || before.cap || ctx.quoted[at - 1]) return false;
  const word = before.lower;
  return (
    ctx.pack.accordanceWords.has(word) ||
    ctx.pack.data.accordanceSuffixes.some((s) => word.length > s.length + 2 && word.endsWith(s))
  );
}
