/**
 * Parts of an Indonesian source phrase before its verb that find-before.ts sets apart: a name
 * with the age in brackets, degrees after a name, an institution's noun describing the name
 * after a comma.
 */
import type { SentenceContext } from '../context';
import { collectLeft, trimLeft } from './collect';
import { isBareName } from './names';
import { hasRole, isWord } from './tokens';

/** Where a name with the age in brackets ("Rudi Hartono (46)") ending right before the comma
 * at `comma` starts, or null. */
export function agedName(ctx: SentenceContext, comma: number): number | null {
  const { tokens } = ctx;
  if (tokens[comma - 1]?.text !== ')' || tokens[comma - 3]?.text !== '(') return null;
  if (!/^\d{1,3}$/u.test(tokens[comma - 2]?.text ?? '')) return null;
  const start = collectLeft(ctx, comma - 4);
  return start <= comma - 4 && isBareName(ctx, { start, end: comma - 3 }) ? start : null;
}

/** Plain words an institution's noun may take before the comma ("pelat merah"). */
const MAX_INSTITUTION_DESCRIPTION = 5;

/** Where the words before the comma at `comma` start, when they open the sentence's clause
 * with an institution's noun ("Maskapai pelat merah", "Produsen ponsel asal Korea"). */
export function institutionNounBefore(ctx: SentenceContext, comma: number): number | null {
  const { tokens, pack } = ctx;
  let k = comma - 1;
  while (
    k > 0 &&
    comma - k < MAX_INSTITUTION_DESCRIPTION &&
    isWord(tokens[k - 1]) &&
    !ctx.quoted[k - 1]
  )
    k--;
  const start = trimLeft(ctx, { start: k, end: comma }).start;
  if (start > 0 && isWord(tokens[start - 1])) return null;
  const noun = pack.organizations.matchAt(tokens, start) || pack.bodies.matchAt(tokens, start);
  return noun > 0 && !hasRole(ctx, { start, end: comma }) ? start : null;
}

/** A degree written after a name: an abbreviation with dots inside ("S.E", "M.Si"). */
function degreeAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  return isWord(t) && t.lower.includes('.') && ctx.pack.abbreviations.has(t.lower);
}

/** The comma opening a run of degrees (", S.E., M.M.,") that ends with the comma at `j`, or
 * `j` when none ends there. */
export function degreesLeft(ctx: SentenceContext, j: number): number {
  const { tokens } = ctx;
  let k = j;
  while (
    tokens[k]?.text === ',' &&
    tokens[k - 1]?.text === '.' &&
    degreeAt(ctx, k - 2) &&
    tokens[k - 3]?.text === ',' &&
    !ctx.quoted[k - 2]
  )
    k -= 3;
  return k;
}
