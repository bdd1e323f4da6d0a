/** "Juru bicara Kemlu Andi Saputra menghadiri rapat": a role phrase with a lower-case word
 * stands before the capitals of a name noted in passing (core/mention-notes.ts). */
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
