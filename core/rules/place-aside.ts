/**
 * "Darto saat ditemui di Kantor Desa Sukamaju, Kecamatan Cibinong, Senin (2/6/2025),
 * mengatakan ...": a phrase of when or where between the subject and its verb whose place is
 * written as a list (street, town, province) and may close with a date. Its commas are the
 * place's own, so the phrase found right before the verb is a place, never the speaker.
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';

/** Tokens from the interposer to the verb: a place of four parts and a bracketed date. */
const MAX_PLACED_ASIDE_TOKENS = 32;
const DATE_PARTS = /^(?:[()/.]|\d+)$/;

/** A comma at `k` that joins the parts of a place or a date: a capitalised word or a closing
 * bracket before it, a capitalised word after it. */
function placeComma(ctx: SentenceContext, k: number): boolean {
  const before = ctx.tokens[k - 1];
  const after = ctx.tokens[k + 1];
  const closes = before?.text === ')' || (before?.type === 'word' && before.cap);
  return closes && after?.type === 'word' && after.cap;
}

/**
 * The interposers ("saat", "ketika", "dalam") that may open such a phrase ending with the
 * comma before token `at`, nearest first; empty unless at least one comma inside it joins
 * a place or a date (a phrase without one is asideBefore's and interposedSpeaker's).
 */
export function placedAsideOpenings(ctx: SentenceContext, at: number): number[] {
  const { tokens, pack } = ctx;
  if (tokens[at - 1]?.text !== ',' || ctx.quoted[at - 1]) return [];
  const out: number[] = [];
  let joined = false;
  for (let k = at - 2; k > 0 && at - k <= MAX_PLACED_ASIDE_TOKENS; k--) {
    const t = tokens[k] as Token;
    if (ctx.quoted[k] || t.type === 'quote') break;
    if (t.text === ',') {
      if (!placeComma(ctx, k)) break;
      joined = true;
      continue;
    }
    if (t.type !== 'word') {
      if (DATE_PARTS.test(t.text)) continue;
      break;
    }
    if (!t.cap && pack.interposers.has(t.lower) && joined) out.push(k);
  }
  return out;
}
