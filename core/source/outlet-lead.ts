/**
 * "..., the state-run Anadolu agency said", "..., Syria's state-run SANA news agency said":
 * the words saying the state runs an outlet stand before the name the registry finds (or a
 * name an outlet's word closes: "..., Kelbonia's state-run Zeta Radio said"). They
 * are the source phrase's (the registry still decides the kind), never the claim's tail.
 */
import type { SentenceContext } from '../context';

/** "Zeta Radio", "Nile TV": a capitalised name closed by an outlet's word, which the
 * registry need not know. */
function outletShapedName(ctx: SentenceContext, start: number, end: number): boolean {
  const { tokens, pack } = ctx;
  const last = tokens[end - 1]?.lower ?? '';
  const closes =
    pack.mastheads.has(last) || pack.bareMastheads.has(last) || pack.outletNouns.has(last);
  return closes && tokens.slice(start, end).every((t) => t.type === 'word' && t.cap);
}

/** Where the source phrase [start, end) begins once the state's words before an outlet's
 * name (and their determiner or owner's possessive) are taken in. */
export function outletLeadLeft(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  const first = tokens[start];
  if (!first) return start;
  if (!ctx.outlets.some((m) => m.start === first.start) && !outletShapedName(ctx, start, end))
    return start;
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
