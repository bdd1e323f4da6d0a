/**
 * "Inggris, Perancis, dan Kanada menyatakan", "Para pemimpin Inggris, Perancis, dan Kanada
 * menekankan", "Britain, France and Canada said": countries listed with commas and a joiner
 * speak together; the source is the whole list, with the words before its first item.
 */
import type { SentenceContext } from '../context';
import { collectLeft } from './collect';

/** Words in the longest place name of a list item ("Amerika Serikat", "Korea Selatan"). */
const MAX_PLACE_WORDS = 3;
/** Items of a list of countries. */
const MAX_ITEMS = 8;

/** Where a place name ending right before token `end` starts, or -1. */
function placeEndingAt(ctx: SentenceContext, end: number): number {
  for (let k = end - 1; k >= 0 && end - k <= MAX_PLACE_WORDS; k--)
    if (ctx.pack.places.matchAt(ctx.tokens, k, end) === end - k) return k;
  return -1;
}

/** Where the source phrase [start, end) starts once a list of places ending it is joined. */
export function joinPlaceList(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  // "Malaysia, the Philippines and Vietnam": an item may open with a determiner.
  const itemStart = (k: number) =>
    k > 0 && pack.determiners.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
  let s = placeEndingAt(ctx, end);
  if (s < 0) return start;
  s = itemStart(s);
  if (s < start) return start;
  let joiner = false;
  let comma = false;
  for (let n = 0; n < MAX_ITEMS; n++) {
    let k = s - 1;
    const joins = pack.nameListJoiners.has(tokens[k]?.lower ?? '') && !ctx.quoted[k];
    if (joins) k--;
    const commas = tokens[k]?.text === ',' && !ctx.quoted[k];
    if (commas) k--;
    if (!joins && !commas) break;
    const place = placeEndingAt(ctx, k + 1);
    if (place < 0) break;
    const item = itemStart(place);
    joiner ||= joins;
    comma ||= commas;
    s = item;
  }
  if (!joiner || !comma || s >= start) return start;
  // "Para pemimpin Inggris, ...": the words before the first place are the speakers' noun.
  const head = collectLeft(ctx, s - 1);
  return head < s && !pack.places.has(tokens[s - 1]?.lower ?? '') ? head : s;
}
