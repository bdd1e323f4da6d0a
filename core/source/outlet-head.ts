/**
 * A document's or an outlet's word heading a source phrase that makes the phrase a news outlet:
 * "a Chinese paper", "technology website Harlow Now".
 */
import type { Analysis } from './analysis';

/** An outlet's word ("paper") right after a nation's word: "a Chinese paper". */
export function nationalPaper(a: Analysis, at: number, len: number): boolean {
  const { tokens, pack } = a.ctx;
  const before = tokens[at - 1];
  if (len !== 1 || at - 1 < a.span.start || !before) return false;
  if (!pack.outletNouns.has(tokens[at]?.lower ?? '')) return false;
  return pack.demonyms.has(before.lower) || pack.nationalityAdjectives.has(before.lower);
}

/** "technology website Harlow Now reported", "the news site Dunmore Daily said": a word for a
 * site on the web right before a capitalised name no lexicon word is part of (not "the
 * ministry website", "Velmar's website"): the site so named is a news outlet. */
export function namedWebsite(a: Analysis, at: number, len: number): boolean {
  const { ctx, span, lowers } = a;
  const { tokens, pack } = ctx;
  if (pack.webOutletNouns.matchAt(tokens, at, span.end) !== len) return false;
  const name = tokens.slice(at + len, span.end);
  if (name.length === 0 || !name.every((t) => t.type === 'word' && t.cap)) return false;
  if (lowers.some((w) => pack.possessives.has(w) || w.endsWith("'s"))) return false;
  return !name.some((t) => pack.sourceWords.has(t.base));
}
