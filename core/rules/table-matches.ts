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

/** Every match of a phrase table outside quotations: [start, length]. */
export function matchesOutsideQuotes(
  ctx: SentenceContext,
  table: PhraseTable,
  opts: { lowerOnly?: boolean } = {},
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const { tokens } = ctx;
  const at = (i: number): number => {
    const t = tokens[i] as Token;
    if (t.type !== 'word' || ctx.quoted[i]) return 0;
    // A verb never starts with a capital mid-sentence: "States" is a country, "Said" a name.
    if (opts.lowerOnly && t.cap && i > 0) return 0;
    return table.matchAt(tokens, i);
  };
  const starts = startsOf(ctx, table);
  // A match's words are not searched again (as the scan of every token did).
  let next = 0;
  for (const i of starts ?? tokens.keys()) {
    if (i < next) continue;
    const len = at(i);
    if (len) {
      out.push([i, len]);
      next = i + len;
    }
  }
  return out;
}
