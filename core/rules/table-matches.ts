/** Where a phrase table of the pack matches in a sentence, for the rules. */
import type { SentenceContext } from '../context';
import { base, type PhraseTable } from '../lang/compile';
import type { Token } from '../text';

/** Per sentence: the pack's tables with a phrase starting at one of its words. */
const tablesIn = new WeakMap<SentenceContext, Set<PhraseTable>>();

/** Can the table match anywhere in the sentence? One pass over the tokens, once per sentence,
 * spares the rules a scan per table (two dozen tables, most with no word in a sentence). */
function mayMatch(ctx: SentenceContext, table: PhraseTable): boolean {
  const { pack, tokens } = ctx;
  if (!pack.indexedTables.has(table)) return true;
  let present = tablesIn.get(ctx);
  if (!present) {
    present = new Set();
    for (const t of tokens) {
      if (t.type !== 'word') continue;
      const tables = pack.tablesByFirstWord.get(base(t));
      if (tables) for (const found of tables) present.add(found);
    }
    tablesIn.set(ctx, present);
  }
  return present.has(table);
}

/** Every match of a phrase table outside quotations: [start, length]. */
export function matchesOutsideQuotes(
  ctx: SentenceContext,
  table: PhraseTable,
  opts: { lowerOnly?: boolean } = {},
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!mayMatch(ctx, table)) return out;
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== 'word' || ctx.quoted[i]) continue;
    // A verb never starts with a capital mid-sentence: "States" is a country, "Said" a name.
    if (opts.lowerOnly && t.cap && i > 0) continue;
    const len = table.matchAt(tokens, i);
    if (len) {
      out.push([i, len]);
      i += len - 1;
    }
  }
  return out;
}
