/**
 * "Dinas Pemuda, Olahraga, dan Pariwisata", "Pusat Data, Informasi, dan Komunikasi
 * Kebencanaan": an office's name that lists its fields with commas and a final "dan". Its
 * commas belong to the name, so the collectors walk over them. A list of people ("Budi,
 * Rina, dan Joko") names no field and stays a list.
 */
import type { SentenceContext } from '../context';
import { isWord } from './tokens';

/** Capitalised words in one item of the list. */
const MAX_ITEM_WORDS = 4;
/** Items between the first and the one after "dan". */
const MAX_ITEMS = 5;

function capAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  return isWord(t) && t.cap && !ctx.quoted[k];
}

/** Is the comma at token `i` inside such a name? */
export function portfolioListComma(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  if (tokens[i]?.text !== ',' || ctx.quoted[i] || !capAt(ctx, i - 1)) return false;
  // Back over this item and the items before it: a field named in any of them counts.
  let first = i - 1;
  const listed = (k: number) =>
    capAt(ctx, k) || (tokens[k]?.text === ',' && !ctx.quoted[k] && capAt(ctx, k - 1));
  while (first > 0 && i - first < MAX_ITEMS * MAX_ITEM_WORDS && listed(first - 1)) first--;
  // A field's word that is also a place's ("Desa") says nothing: "Warga Desa Lembah, Sarmin,
  // dan Tukijo" lists people.
  const field = (from: number, to: number) => {
    for (let k = from; k < to; k++)
      if (pack.portfolios.matchAt(tokens, k) > 0 && !pack.placeNouns.has(tokens[k]?.lower ?? ''))
        return true;
    return false;
  };
  let fields = field(first, i);
  let k = i;
  for (let items = 0; items <= MAX_ITEMS; items++) {
    // At a comma: "dan" next closes the list, or another item follows.
    const joiner = tokens[k + 1];
    if (isWord(joiner) && pack.nameListJoiners.has(joiner.lower) && capAt(ctx, k + 2)) {
      let end = k + 2;
      while (end - (k + 2) < MAX_ITEM_WORDS && capAt(ctx, end)) end++;
      return fields || field(k + 2, end);
    }
    let end = k + 1;
    while (end - (k + 1) < MAX_ITEM_WORDS && capAt(ctx, end)) end++;
    if (end === k + 1) return false;
    fields ||= field(k + 1, end);
    // "Pemuda, Olahraga dan Pariwisata": the last item may be joined without a comma.
    const next = tokens[end];
    if (isWord(next) && pack.nameListJoiners.has(next.lower) && capAt(ctx, end + 1))
      return fields || field(end + 1, end + 1 + MAX_ITEM_WORDS);
    if (next?.text !== ',' || ctx.quoted[end]) return false;
    k = end;
  }
  return false;
}
