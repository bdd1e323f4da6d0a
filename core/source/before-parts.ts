/**
 * Parts of an Indonesian source phrase before its verb that find-before.ts sets apart: a name
 * with the age in brackets, degrees after a name, an institution's noun describing the name
 * after a comma.
 */
import type { SentenceContext } from '../context';
import { collectLeft, trimLeft } from './collect';
import { degreeEndingAt } from './degrees';
import { plainWord } from './source-word';
import { lexiconHits } from './lexicon';
import { isBareName } from './names';
import { ageBracketOpen, hasParticipleEnding, hasRole, isWord } from './tokens';
import type { Span } from './types';

/** Where a name with the age in brackets ("Rudi Hartono (46)") ending right before the comma
 * at `comma` starts, or null. */
export function agedName(ctx: SentenceContext, comma: number): number | null {
  const open = ageBracketOpen(ctx, comma - 1);
  if (open === null || (ctx.tokens[open + 1]?.text.length ?? 0) > 3) return null;
  const start = collectLeft(ctx, open - 1);
  return start <= open - 1 && isBareName(ctx, { start, end: open }) ? start : null;
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

/** The comma opening a run of degrees (", S.E., M.M.,", ", SH, MH,") that ends with the comma
 * at `j`, or `j` when none ends there. */
export function degreesLeft(ctx: SentenceContext, j: number): number {
  const { tokens } = ctx;
  let k = j;
  for (;;) {
    const at = tokens[k]?.text === ',' ? degreeEndingAt(ctx, k - 1) : null;
    if (at === null || tokens[at - 1]?.text !== ',') return k;
    k = at - 1;
  }
}

/** Longest appositive left open before the verb ("perusahaan pemilik kapal ... dan ..."). */
const MAX_OPEN_APPOSITIVE = 16;

/** A word of the organization or body lexicons among tokens [from, to) ("PT", "Tbk"). */
function hasInstitutionWord(ctx: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i];
    if (isWord(t) && (ctx.pack.organizations.has(t.lower) || ctx.pack.bodies.has(t.lower)))
      return true;
  }
  return false;
}

/** "PT Sinar Laut Tbk, perusahaan pemilik kapal Bahari dan tongkang Dewi Sri membantah": an
 * appositive opened by an institution's noun runs on to the verb with no comma closing it.
 * The institution named before the comma speaks, not a name inside the appositive whose
 * words end at the verb (`start`). Null unless the institution opens the clause. */
export function institutionBeforeOpenAppositive(ctx: SentenceContext, start: number): Span | null {
  const { tokens, pack } = ctx;
  let k = start - 1;
  while (k >= 0 && start - k <= MAX_OPEN_APPOSITIVE && isWord(tokens[k]) && !ctx.quoted[k]) k--;
  if (k < 1 || tokens[k]?.text !== ',' || k === start - 1 || tokens[k + 1]?.cap) return null;
  if (!pack.organizations.matchAt(tokens, k + 1) && !pack.bodies.matchAt(tokens, k + 1))
    return null;
  const named = collectLeft(ctx, k - 1);
  if (named > k - 1 || isWord(tokens[named - 1])) return null;
  if (!tokens[named]?.cap || !hasInstitutionWord(ctx, named, k)) return null;
  return { start: named, end: k };
}

/** Words from the comma back to the locative in a placed person ("for the city port"). */
const MAX_PLACED_WORDS = 4;

/**
 * "A spokeswoman for the port, who declined to be identified, said", "A resident reached by
 * telephone, who asked not to be named, said": before a relative clause the words back to
 * the comma may be a plain place or a participle's phrase no source phrase holds; the
 * speaker is the person's noun before its locative or participle, or null.
 */
export function placedPersonLeft(ctx: SentenceContext, from: number): number | null {
  const { tokens, pack } = ctx;
  const participle = (w: string) => hasParticipleEnding(pack, w);
  for (let loc = from; loc >= 1 && from - loc < MAX_PLACED_WORDS; loc--) {
    const t = tokens[loc];
    if (ctx.quoted[loc] || !isWord(t)) return null;
    if (!pack.locatives.has(t.lower) && (t.cap || !participle(t.lower))) continue;
    // "a diplomat based in Geneva": the nearest link may follow another; look on.
    const head = collectLeft(ctx, loc - 1);
    if (head > loc - 1) continue;
    const person = lexiconHits(ctx, { start: head, end: loc }).some(
      (h) => h.table === 'unnamedOfficials' || h.table === 'anonymous' || h.table === 'roles',
    );
    if (person) return head;
  }
  return null;
}

/** "Reema Roe, legal adviser at X, a group of ..., said": a plain word qualifying a role right
 * after a comma belongs to the role's phrase, which then joins the name before the comma. */
export function roleQualifierLeft(ctx: SentenceContext, start: number, end: number): number {
  const qualifies =
    plainWord(ctx, start - 1) &&
    ctx.tokens[start - 2]?.text === ',' &&
    hasRole(ctx, { start, end });
  return qualifies ? start - 1 : start;
}

/**
 * "Osborne, who, like Cameron, campaigned to stay, told ...": commas inside a relative clause
 * after the name. Looking back from the comma at `k` (the last before the verb's), the comma
 * right before the clause's relative pronoun, or null when none stands within `limit` tokens
 * of the verb's comma `j` before a quote or a clause break.
 */
export function relativeClauseOpening(
  ctx: SentenceContext,
  k: number,
  j: number,
  limit: number,
  breaks: (at: number) => boolean,
): number | null {
  const { tokens, pack } = ctx;
  // "Brandt, who resigned ..., which she called, says": a clause the comma opens is its own.
  if (pack.clauseRelatives.has(tokens[k + 1]?.lower ?? '')) return null;
  for (let m = k - 1; m >= 1 && j - m <= limit; m--) {
    const t = tokens[m];
    if (!t || ctx.quoted[m] || t.type === 'quote' || breaks(m)) return null;
    if (t.text === ',' && pack.relativePronouns.has(tokens[m + 1]?.lower ?? '')) return m;
  }
  return null;
}
