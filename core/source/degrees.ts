/**
 * Academic and professional degrees written after a name ("Budi Santoso, S.H., M.H.", "Budi
 * Santoso, SH, MH", "Budi Santoso SH MH"). Dotted degrees are the pack's abbreviations with a
 * dot inside ("s.h", "m.si"); the same written without their dots ("SH", "MSi") are degrees
 * too when two capitals or more show it is no word.
 */
import type { SentenceContext } from '../context';
import { isWord } from './tokens';
import type { Span } from './types';

/** The pack's dotted abbreviations without their dots, per abbreviation set. */
const UNDOTTED = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

function undotted(words: ReadonlySet<string>): ReadonlySet<string> {
  let set = UNDOTTED.get(words);
  if (!set) {
    set = new Set([...words].filter((w) => w.includes('.')).map((w) => w.replaceAll('.', '')));
    UNDOTTED.set(words, set);
  }
  return set;
}

const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

/** A degree at token `k`: "S.E", "M.Si", or undotted "SH", "MSi". */
export function degreeWordAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!isWord(t) || ctx.quoted[k]) return false;
  const abbreviations = ctx.pack.abbreviations;
  if (t.lower.includes('.')) return abbreviations.has(t.lower);
  return TWO_CAPITALS.test(t.text) && undotted(abbreviations.words).has(t.lower);
}

/** Where the degree ending at token `k` starts ("S.E" + ".", "M.Si", "SH"), or null. */
export function degreeEndingAt(ctx: SentenceContext, k: number): number | null {
  if (ctx.tokens[k]?.text === '.' && degreeWordAt(ctx, k - 1)) return k - 1;
  return degreeWordAt(ctx, k) ? k : null;
}

/** A word of a name: a capital, then small letters ("Santoso", not "BPBD"). */
function nameWordAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  return isWord(t) && t.cap && /\p{Ll}/u.test(t.text);
}

/**
 * The span without the degrees ending it ("Kuasa hukum warga, Budi Santoso SH MH" reads
 * as "Kuasa hukum warga, Budi Santoso"), when a name's word stands right before them; the
 * span itself otherwise.
 */
export function withoutDegrees(ctx: SentenceContext, span: Span): Span {
  let end = span.end;
  for (;;) {
    const k = ctx.tokens[end - 1]?.text === ',' ? end - 2 : end - 1;
    const at = degreeEndingAt(ctx, k);
    if (at === null || at <= span.start) break;
    end = ctx.tokens[at - 1]?.text === ',' ? at - 1 : at;
  }
  if (end === span.end || end <= span.start || !nameWordAt(ctx, end - 1)) return span;
  return { start: span.start, end };
}
