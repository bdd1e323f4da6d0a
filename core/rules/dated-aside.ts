/**
 * "Kepada Antara di Jayapura, Senin (8/12), X mengatakan": a date set off by commas after a
 * phrase that opens the sentence, read forward from its opening comma.
 */
import type { SentenceContext } from '../context';

/** Date punctuation: "(8/12)". */
const DATE_PARTS = /^[()/.]$/;

/** The comma closing a date set off by commas that opens at the comma `comma` (", Senin
 * (8/12),"), or `comma` when no date follows it. */
export function datedAsideEnd(ctx: SentenceContext, comma: number): number {
  const { tokens, pack } = ctx;
  if (tokens[comma]?.text !== ',' || ctx.quoted[comma]) return comma;
  let dated = false;
  for (let k = comma + 1; k < tokens.length && !ctx.quoted[k]; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.text === ',') return dated ? k : comma;
    const number = /^\d/.test(t.text);
    if (t.type === 'word' ? !pack.timeWords.has(t.lower) && !number : !DATE_PARTS.test(t.text))
      return comma;
    if (number || (t.type === 'word' && t.cap)) dated = true;
  }
  return comma;
}
