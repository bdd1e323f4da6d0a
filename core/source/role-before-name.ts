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
  return pack.data.adjectivesAfterNoun ? i : employerRoleBefore(ctx, i);
}

/** Capitalised lexicon words of an employer before a one-word role ("Foreign Ministry"). */
const MAX_EMPLOYER_WORDS = 3;

/** "Foreign Ministry spokesperson Lia Dorn", "Kremlin spokesman Ivo Kant": where modifiers go
 * before their noun, a lower-case role right before the name, and the employer's capitalised
 * lexicon words before it, are the person's role; `i` when no such role stands there. */
function employerRoleBefore(ctx: SentenceContext, i: number): number {
  const { tokens, pack } = ctx;
  const role = tokens[i - 1];
  if (!isWord(role) || role.cap || ctx.quoted[i - 1] || pack.roles.matchAt(tokens, i - 1, i) !== 1)
    return i;
  let from = i - 1;
  while (from > 0 && i - 1 - from < MAX_EMPLOYER_WORDS) {
    const t = tokens[from - 1];
    if (!isWord(t) || !t.cap || ctx.quoted[from - 1] || !pack.sourceWords.has(t.base)) break;
    from--;
  }
  // With no employer written before it, the role is read as before, with its own words
  // ("Taiwan's opposition leader Tsai ...").
  return from < i - 1 ? from : i;
}

/** Token `i` is a title of address ("Mr", "Bu"), not an acronym written like one ("BU"). */
export function titled(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  return isWord(t) && ctx.pack.honorifics.has(t.lower) && !/^\p{Lu}{2,}$/u.test(t.text);
}

/** "President Obama", "Senator Vale": where a title goes before the name (not where the
 * place follows the role, "Bupati Bogor"), a role's capitals then one word, [i, j), name a
 * person as a title of address does. */
export function roleTitled(ctx: SentenceContext, i: number, j: number): boolean {
  const { tokens, pack } = ctx;
  if (pack.data.adjectivesAfterNoun || j - i < 2) return false;
  return i + pack.roles.matchAt(tokens, i, j - 1) === j - 1 && isWord(tokens[j - 1]);
}
