/**
 * An appositive holding a list ("Roe, a collector of maps, old coins, and stamps, says"): the
 * commas between the list's items do not close the appositive; the source's name stands
 * before the comma that opens it.
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import { breaksClause } from './asides-left';

/** Words one item of such a list may hold ("rare tarot cards"). */
const MAX_ITEM_WORDS = 4;
/** Tokens from the appositive's first comma back to the name's comma. */
const MAX_REACH = 24;

/** Tokens [from, to) are a short run of lower-case, unquoted words (one list item). */
function lowerItem(ctx: SentenceContext, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_ITEM_WORDS + 1) return false;
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.type !== 'word' || t.cap || ctx.quoted[i]) return false;
  }
  return true;
}

/** The comma before token `at` within reach, or -1 (a dash or colon ends the search). */
function commaBefore(ctx: SentenceContext, at: number, limit: number): number {
  for (let m = at - 1; m >= 0 && limit - m <= MAX_REACH; m--) {
    const t = ctx.tokens[m] as Token;
    if (ctx.quoted[m] || t.type === 'quote' || breaksClause(ctx.tokens, m)) return -1;
    if (t.text === ',') return m;
  }
  return -1;
}

/**
 * From the comma `k` found before the closing comma `j`, step back over the items of a list
 * closed by a coordinator ("..., old coins, and stamps,"); returns the comma opening the
 * appositive, or `k` when the words after `k` are no list item.
 */
export function listItemsLeft(ctx: SentenceContext, k: number, j: number, listed = false): number {
  const { pack, tokens } = ctx;
  let cur = k;
  let end = j;
  let sawCoordinator = listed;
  while (cur >= 1) {
    const first = tokens[cur + 1]?.lower ?? '';
    // "a collector of maps": the appositive's head, not an item; the name is before it.
    if (opensNounPhrase(ctx, cur + 1)) break;
    const coordinated = pack.coordinators.has(first);
    const from = coordinated ? cur + 2 : cur + 1;
    if (!lowerItem(ctx, from, end) || !(coordinated || sawCoordinator)) break;
    sawCoordinator = true;
    const m = commaBefore(ctx, cur, j);
    if (m < 1) break;
    end = cur;
    cur = m;
  }
  // The list must sit inside an appositive that opens after a name: "Roe, a collector ...".
  return cur !== k && tokens[cur - 1]?.cap === true && !ctx.quoted[cur - 1] ? cur : k;
}

/**
 * "Roe, a collector of maps, old coins, and stamps says": the list's last item runs into the
 * verb with no comma. Returns the comma after the name, or null. Token `j` ends the last item.
 */
export function listTailAppositive(ctx: SentenceContext, j: number): number | null {
  const { pack, tokens } = ctx;
  let c = j;
  while (c >= 0 && c >= j - MAX_ITEM_WORDS && !pack.coordinators.has(tokens[c]?.lower ?? '')) c--;
  if (c < 1 || !lowerItem(ctx, c + 1, j + 1)) return null;
  if (!pack.coordinators.has(tokens[c]?.lower ?? '') || ctx.quoted[c]) return null;
  if (tokens[c - 1]?.text !== ',' || c + 1 > j) return null;
  const k = listItemsLeft(ctx, c - 1, j + 1, true);
  if (k === c - 1) return null;
  return opensNounPhrase(ctx, k + 1) ? k : null;
}

/** Token i opens a noun phrase: "a collector", "also an avid collector". */
function opensNounPhrase(ctx: SentenceContext, i: number): boolean {
  const { pack, tokens } = ctx;
  const at = pack.adverbs.has(tokens[i]?.lower ?? '') ? i + 1 : i;
  return pack.determiners.has(tokens[at]?.lower ?? '') && !ctx.quoted[at];
}
