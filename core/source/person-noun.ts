/** Nouns for a person, shared by the span finder and the pointing-person stage. */
import type { SentenceContext } from '../context';
import { isPersonNoun } from './stages/common-noun';
import { isWord } from './tokens';

/** Is the word at i a noun for a person: an unnamed source's word ("pria", "warga") or a
 * noun for people by its form ("pengusaha")? */
export function personNounAt(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  // A capital only where the sentence opens ("Pria berusia 45 tahun itu mengatakan").
  if (!isWord(t) || (t.cap && ctx.tokens.slice(0, i).some(isWord))) return false;
  return ctx.pack.anonymous.has(t.lower) || isPersonNoun(ctx.pack.data, t.lower);
}

/** The end of a noun for a person opening at i, of one word or of several ("juru taktik",
 * "pesepak bola"), or i when none opens there. */
export function personNounEnd(ctx: SentenceContext, i: number): number {
  if (personNounAt(ctx, i)) return i + 1;
  const t = ctx.tokens[i];
  if (!isWord(t) || (t.cap && ctx.tokens.slice(0, i).some(isWord))) return i;
  return i + ctx.pack.anonymous.matchAt(ctx.tokens, i);
}
