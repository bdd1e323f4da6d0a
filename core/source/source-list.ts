/**
 * "Greenpeace, Oxfam and the Red Cross said", "The union, the co-op and two charities all
 * said": a list of sources opening the sentence, its last two items joined by a coordinator,
 * is one source. The items before the span, back over their commas to the sentence's start,
 * join it; a list that does not reach the start ("After talks with the union, the minister
 * and the mayor said") is left alone.
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';

const MAX_ITEMS = 6;
const MAX_ITEM_WORDS = 4;

/** Tokens [from, to) can be one item of a list of sources: a few words, none of them a
 * function word but a determiner or a connector inside a name ("the Bank of Maple"). */
function listItem(ctx: SentenceContext, from: number, to: number, most = MAX_ITEM_WORDS): boolean {
  const { pack } = ctx;
  const items = ctx.tokens.slice(from, to);
  const words = items.filter((t) => t.type === 'word');
  if (words.length === 0 || words.length > most) return false;
  if (items.some((t, k) => ctx.quoted[from + k] || (t.type !== 'word' && t.text !== "'")))
    return false;
  // A connector only inside a name ("the Bank of Maple"), never opening an item ("In fact").
  const functionWord = (t: Token, k: number) =>
    !pack.determiners.has(t.lower) &&
    (k === 0 || !pack.connectors.has(t.lower)) &&
    (pack.stopwords.has(t.lower) ||
      pack.openers.has(t.lower) ||
      pack.clauseSubordinators.has(t.lower) ||
      pack.cueWords.has(t.lower));
  if (words.some(functionWord)) return false;
  // A bare name is no item here: "Warga Desa Lembah, Sarmin, Wagiman, dan Tukijo" names the
  // residents after their description, and names alone are read by the name stages.
  return words.some(
    (t) => !t.cap || pack.determiners.has(t.lower) || pack.sourceWords.has(t.lower),
  );
}

/** Words of the span's own item a lexicon left out before it ("the fishing" before
 * "cooperative and two charities"), with the coordinator, at most. */
const MAX_LEFT_WORDS = MAX_ITEM_WORDS + 2;

export function joinSourceList(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  let s = start;
  while (s > 0 && start - s < MAX_LEFT_WORDS && tokens[s - 1]?.type === 'word') s--;
  if (tokens[s - 1]?.text !== ',' || ctx.quoted[s - 1]) return start;
  if (s < start && !listItem(ctx, s, start, MAX_LEFT_WORDS)) return start;
  const own = tokens.slice(s, end).filter((t) => t.type === 'word');
  if (!own.some((t) => pack.coordinators.has(t.lower))) return start;
  // "Pasangan ganda campuran, Dimas Saputra dan Lestari Ayu, ...": names after a description
  // are who it describes, no further items.
  const named = (t: Token) =>
    pack.coordinators.has(t.lower) ||
    (t.cap && !pack.determiners.has(t.lower) && !pack.sourceWords.has(t.lower));
  if (own.every(named)) return start;
  for (let n = 0; n < MAX_ITEMS && tokens[s - 1]?.text === ','; n++) {
    let from = s - 1;
    while (from > 0 && tokens[from - 1]?.text !== ',') from--;
    if (!listItem(ctx, from, s - 1)) return start;
    s = from;
    if (s === 0) return 0;
  }
  return start;
}
