/**
 * "kantor berita Iran, Tasnim", "kantor berita Suriah SANA": a word for an outlet, then
 * the outlet's country in capitals and at most a comma, right before a name that is also an
 * ordinary word. The outlet's word says the name is an outlet as a citing phrase right
 * before it would; the country between only says whose outlet it is.
 */
import type { Words } from './words';

/** Longest country name read between the outlet's word and the name, in words. */
const MAX_COUNTRY_WORDS = 2;

const CAPITAL = /^\p{Lu}/u;

/**
 * Whether `nounEndsBefore(at)` holds for the word where a country of capitalised words
 * (one or two, spaces between) before word `first` begins, the name after it set off by
 * nothing or a comma.
 */
export function outletNounBeforeCountry(
  text: string,
  ws: Words,
  first: number,
  nounEndsBefore: (at: number) => boolean,
): boolean {
  const gapBefore = (k: number): string =>
    k > 0 ? text.slice(ws.end[k - 1], ws.start[k]) : text.slice(0, ws.start[k]);
  const lead = gapBefore(first).trim();
  if (lead !== '' && lead !== ',') return false;
  for (let n = 1; n <= MAX_COUNTRY_WORDS && first - n >= 0; n++) {
    const at = first - n;
    const word = text.slice(ws.start[at], ws.end[at]);
    if (!CAPITAL.test(word)) return false;
    // Words of the country are joined by spaces only; the name after it by the lead above.
    if (n > 1 && gapBefore(at + 1).trim() !== '') return false;
    if (gapBefore(at).trim() !== '') return false;
    if (nounEndsBefore(at)) return true;
  }
  return false;
}
