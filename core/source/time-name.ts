/**
 * "Mei Lestari, warga ...", "Juni Sitompul mengatakan": a month's or a day's word is also a
 * first name. Written with a capital right before another name word, with no figure, time
 * word or time preposition before it, it opens the name; otherwise it is a date ("20 Mei",
 * "pada Mei", "Mei 2024", "Mei lalu").
 */
import type { SentenceContext } from '../context';
import { NUMBER, TITLE } from './tokens';

/** Token `k` is a time word opening a person's name. */
export function timeWordAsName(ctx: SentenceContext, k: number): boolean {
  const { tokens, pack } = ctx;
  const t = tokens[k];
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (!t || t.type !== 'word' || !TITLE.test(t.text) || !pack.timeWords.has(t.lower)) return false;
  if (!next || next.type !== 'word' || !TITLE.test(next.text) || ctx.quoted[k + 1]) return false;
  if (
    pack.timeWords.has(next.lower) ||
    pack.stopwords.has(next.lower) ||
    pack.cueWords.has(next.lower) ||
    pack.sourceWords.has(next.base) ||
    pack.places.has(next.lower)
  )
    return false;
  if (!prev) return true;
  return !(
    NUMBER.test(prev.text) ||
    pack.timeWords.has(prev.lower) ||
    pack.timePrepositions.has(prev.lower)
  );
}

/** Token `k` is a time word that is no part of a name. */
export function timeWordAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && ctx.pack.timeWords.has(t.lower) && !timeWordAsName(ctx, k);
}
