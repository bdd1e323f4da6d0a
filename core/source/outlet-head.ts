/**
 * A document's or an outlet's word heading a source phrase that makes the phrase a news outlet:
 * "a Chinese paper", "technology website Harlow Now".
 */
import { isStateControlled } from '../outlets';
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

/** The outlet the registry knows that a phrase names, unless the phrase goes on past it with
 * a word for an outlet and another name in capitals: "Harlow NBC television affiliate KHAR"
 * is the network's station, KHAR, not the network (no registry outlet then). A state
 * network's station stays the network's: whether it is state media is the registry's fact. */
export function namedOutletId(a: Analysis): string | null {
  const mention = a.mention();
  if (!mention) return null;
  if (isStateControlled(mention.outlet)) return mention.outlet.id;
  const { tokens, pack } = a.ctx;
  const after = tokens.findIndex((t, i) => i >= a.span.start && t.start >= mention.end);
  if (after < 0 || after >= a.span.end) return mention.outlet.id;
  const len = pack.media.matchAt(tokens, after, a.span.end);
  if (len === 0 || after + len >= a.span.end) return mention.outlet.id;
  const named = tokens.slice(after + len, a.span.end).every((t) => t.type === 'word' && t.cap);
  return named ? null : mention.outlet.id;
}
