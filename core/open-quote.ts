/**
 * A quotation left open at a sentence's end runs on into the paragraph's next sentences
 * (the convention of a quote spanning sentences, or paragraphs, with no closing mark until it
 * ends). A sentence wholly inside it is the quoted speaker's words: its cues ("this team
 * showed that ...") are theirs, not the article's.
 */
import type { SentenceContext } from './context';

/** A quotation mark, not an apostrophe. */
function quoteMarkAt(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.type === 'quote' && t.text !== "'" && t.text !== '’';
}

function hasQuoteMark(ctx: SentenceContext): boolean {
  for (let i = 0; i < ctx.tokens.length; i++) if (quoteMarkAt(ctx, i)) return true;
  return false;
}

/** Is a quotation still open after this sentence, given whether one was open before it? */
export function quoteLeftOpen(ctx: SentenceContext, openBefore: boolean): boolean {
  if (!hasQuoteMark(ctx)) return openBefore;
  const last = ctx.tokens.length - 1;
  return last >= 0 && ctx.quoted[last] === true && !quoteMarkAt(ctx, last);
}

/** Does the sentence stand wholly inside a quotation opened before it? */
export function insideOpenQuote(ctx: SentenceContext, openBefore: boolean): boolean {
  return openBefore && !hasQuoteMark(ctx);
}
