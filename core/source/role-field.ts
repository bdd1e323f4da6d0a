/**
 * A role, the field it is of in plain lower-case words, then an institution's name and the
 * person's ("pengamat ekonomi Universitas Tegal Budi Santoso"): Indonesian copy writes an
 * expert so, with no comma, before or after the verb of saying.
 */
import type { SentenceContext } from '../context';
import { classify } from './classify';
import { plainWord } from './source-word';
import type { Span } from './types';

/** Plain words naming the field of a role before the person's name ("pengamat pasar modal"). */
export const MAX_FIELD_WORDS = 3;

/** Longest role, in words, before its field ("guru besar"). */
const MAX_ROLE_WORDS = 2;

/** A lower-case word naming a role's field: a plain word, or a portfolio's ("energi"). */
export function fieldWord(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word' || t.cap || ctx.quoted[i]) return false;
  return plainWord(ctx, i) || ctx.pack.portfolios.matchAt(ctx.tokens, i) > 0;
}

/** The span read whole is a named person of an institution that keeps a name of its own
 * ("pengamat Universitas Gadjah Mada" names no one; "... Universitas Tegal Budi" does). */
export function personOfInstitution(ctx: SentenceContext, span: Span): boolean {
  const whole = classify(ctx, span);
  const last = whole?.role?.split(' ').pop() ?? '';
  const lower = last.toLowerCase();
  return (
    whole?.kind === 'named_person' &&
    /^\p{Lu}/u.test(last) &&
    !ctx.pack.organizations.has(lower) &&
    !ctx.pack.bodies.has(lower)
  );
}

/** "Pengamat ekonomi Universitas Tegal Budi Santoso mengatakan": the capitalised phrase found
 * at `start` joined with the role and field before it. The new start, or `start`. */
export function roleFieldBefore(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  let k = start - 1;
  while (start - 1 - k < MAX_FIELD_WORDS && fieldWord(ctx, k)) k--;
  if (k === start - 1 || !ctx.tokens[start]?.cap) return start;
  for (let len = 1; len <= MAX_ROLE_WORDS; len++) {
    const from = k - len + 1;
    if (from < 0 || pack.roles.matchAt(tokens, from, k + 1) !== len) continue;
    return personOfInstitution(ctx, { start: from, end }) ? from : start;
  }
  return start;
}
