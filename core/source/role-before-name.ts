/** What stands before the capitals of a name noted in passing (core/mention-notes.ts): a role
 * phrase with a lower-case word ("Juru bicara Kemlu Andi Saputra"), a title of address ("Mr.
 * Smith"). */
import type { SentenceContext } from '../context';
import { isWord } from './tokens';

/** Longest role phrase before a name, in words ("juru bicara"). */
const MAX_ROLE_WORDS = 3;

/** Where a role phrase with a lower-case word ends right before token `i` starts ("Juru
 * bicara" before "Kemlu Andi Saputra"), or `i`: without it the name's first capitals read as
 * an institution's. */
export function roleStartBefore(ctx: SentenceContext, i: number): number {
  const { tokens, pack } = ctx;
  for (let len = MAX_ROLE_WORDS; len >= 2; len--) {
    const from = i - len;
    if (from < 0 || tokens.slice(from, i).some((t, k) => ctx.quoted[from + k] || !isWord(t)))
      continue;
    const lower = tokens.slice(from, i).some((t) => !t.cap);
    if (lower && pack.roles.matchAt(tokens, from, i) === len) return from;
  }
  return i;
}

/** Token `i` is a title of address ("Mr", "Bu"), not an acronym written like one ("BU"). */
export function titled(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  return isWord(t) && ctx.pack.honorifics.has(t.lower) && !/^\p{Lu}{2,}$/u.test(t.text);
}
