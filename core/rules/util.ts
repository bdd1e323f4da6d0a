/** Small helpers the rules share. */
import type { SentenceContext } from '../context';
import type { PhraseTable } from '../lang/compile';
import type { Token } from '../text';

/** Every match of a phrase table outside quotations: [start, length]. */
export function matchesOutsideQuotes(
  ctx: SentenceContext,
  table: PhraseTable,
  opts: { lowerOnly?: boolean } = {},
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== 'word' || ctx.quoted[i]) continue;
    // A verb never starts with a capital mid-sentence: "States" is a country, "Said" a name.
    if (opts.lowerOnly && t.cap && i > 0) continue;
    const len = table.matchAt(tokens, i);
    if (len) {
      out.push([i, len]);
      i += len - 1;
    }
  }
  return out;
}

export function tokensText(ctx: SentenceContext, start: number, end: number): string {
  const a = ctx.tokens[start];
  const b = ctx.tokens[end - 1];
  return a && b ? ctx.text.slice(a.start, b.end) : '';
}

/** The token before i is a quote mark or comma: `"...," kata X`, `..., said X`. */
export function afterQuoteOrComma(ctx: SentenceContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev) return false;
  if (prev.type === 'quote') return true;
  return prev.text === ',';
}

/** The sentence is the article's own question ("What did the minister say?"): it asks, it
 * attributes nothing. A question inside a quotation ("She asked: \"Why now?\"") is a
 * speaker's words, not the article's question. */
export function isQuestion(ctx: SentenceContext): boolean {
  let i = ctx.tokens.length - 1;
  while (i >= 0 && ctx.tokens[i]?.type === 'quote') i--;
  return i >= 0 && ctx.tokens[i]?.text === '?' && !ctx.quoted[i];
}

/** The source starting at token `start` speaks in a supposed case: a conditional opens its
 * clause right before it ("If a patient says ...", "whenever the data suggests ..."). */
export function inCondition(ctx: SentenceContext, start: number): boolean {
  return ctx.pack.conditionals.has(ctx.tokens[start - 1]?.lower ?? '');
}
