/**
 * "A U.S.-based lawyer said": a modifier glued by a hyphen to an abbreviation's stop is one
 * word, though the stop and the hyphen are tokens of their own; the phrase takes it in whole.
 */
import type { SentenceContext } from '../context';
import { collectLeft, collectRight } from './collect';
import { isWord } from './tokens';

/** Where the phrase starting at `start` begins once the modifier before it, glued to an
 * abbreviation ("U.S.-based"), is taken in. */
export function gluedCompoundLeft(ctx: SentenceContext, start: number): number {
  const { tokens, pack } = ctx;
  const [abbr, stop, hyphen, word] = [4, 3, 2, 1].map((back) => tokens[start - back]);
  if (!isWord(abbr) || !isWord(word) || stop?.text !== '.' || hyphen?.text !== '-') return start;
  const glued = abbr.end === stop.start && stop.end === hyphen.start && hyphen.end === word.start;
  if (!glued || word.cap || !pack.abbreviations.has(abbr.lower) || ctx.quoted[start - 4])
    return start;
  return Math.min(start - 1, collectLeft(ctx, start - 3));
}

/** "said a U.S.-based lawyer": where the phrase found from the verb, stopped at the
 * abbreviation or its stop, ends once the modifier glued to it and the noun are taken in. */
export function gluedCompoundRight(ctx: SentenceContext, end: number): number {
  const noun = ctx.tokens[end]?.text === '.' ? end + 3 : end + 2;
  if (gluedCompoundLeft(ctx, noun) >= noun) return end;
  return Math.max(noun, collectRight(ctx, noun));
}
