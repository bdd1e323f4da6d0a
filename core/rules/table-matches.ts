/** Where a phrase table of the pack matches in a sentence, for the rules. */
import type { SentenceContext } from '../context';
import type { PhraseTable } from '../lang/compile';
import type { Token } from '../text';

/** Per sentence: for each scanned table's slot, the words where one of its phrases starts. */
const startsIn = new WeakMap<SentenceContext, Array<number[] | undefined>>();

/**
 * Where the table's phrases may start in the sentence (ascending), or null for a table the
 * pack does not index. One pass over the tokens, once per sentence, spares the rules a scan
 * per table (two dozen tables, most with no word in a sentence, the rest with one or two).
 */
function startsOf(ctx: SentenceContext, table: PhraseTable): readonly number[] | null {
  const { pack, tokens } = ctx;
  // A table of another pack has a slot too, in that pack's index.
  if (pack.scannedTables[table.slot] !== table) return null;
  let starts = startsIn.get(ctx);
  if (!starts) {
    starts = new Array<number[] | undefined>(pack.scannedTables.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.type !== 'word') continue;
      const slots = pack.tablesByFirstWord.get(t.base);
      if (!slots) continue;
      for (const slot of slots) {
        const list = starts[slot];
        if (list) list.push(i);
        else starts[slot] = [i];
      }
    }
    startsIn.set(ctx, starts);
  }
  return starts[table.slot] ?? NONE;
}

const NONE: readonly number[] = [];

/** Length of the table's phrase at token i, outside quotations (0: none). */
function matchOutside(
  ctx: SentenceContext,
  table: PhraseTable,
  i: number,
  lowerOnly: boolean,
): number {
  const t = ctx.tokens[i] as Token;
  if (t.type !== 'word' || ctx.quoted[i]) return 0;
  // A verb never starts with a capital mid-sentence: "States" is a country, "Said" a name.
  if (lowerOnly && t.cap && i > 0) return 0;
  return table.matchAt(ctx.tokens, i);
}

/**
 * Every match of a phrase table outside quotations: [start, length]. Plain index loops and
 * no closure: called by most rules for every sentence they read, mostly finding nothing, in
 * code a fresh page runs unoptimised (where an iterator's results and a closure are
 * allocations; they were a seventh of all the engine allocated).
 */
export function matchesOutsideQuotes(
  ctx: SentenceContext,
  table: PhraseTable,
  opts: { lowerOnly?: boolean } = {},
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lowerOnly = opts.lowerOnly === true;
  const starts = startsOf(ctx, table);
  // A match's words are not searched again (as the scan of every token did).
  let next = 0;
  const count = starts ? starts.length : ctx.tokens.length;
  for (let n = 0; n < count; n++) {
    const i = starts ? (starts[n] as number) : n;
    if (i < next) continue;
    const len = matchOutside(ctx, table, i, lowerOnly);
    if (len) {
      out.push([i, len]);
      next = i + len;
    }
  }
  return out;
}
