/**
 * "assured passengers that ...", "reminded the board that ...": a verb of telling whose
 * addressee stands right after it, then the complementizer opening the words told. Only for
 * the pack's verbs of telling; elsewhere a noun then "that" is as often a relative clause
 * ("maintained the roads that flooded").
 */
import type { SentenceContext } from '../context';

/** Words of the addressee ("the harbour board's members"). */
const MAX_ADDRESSEE_WORDS = 4;

/** The verb at `verb` tells someone, and a complementizer follows its addressee at `from`. */
export function thatAfterAddressee(ctx: SentenceContext, verb: number, from: number): boolean {
  const { tokens, pack } = ctx;
  if (!pack.tellVerbs.has(tokens[verb]?.lower ?? '')) return false;
  for (let k = from; k <= from + MAX_ADDRESSEE_WORDS; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return false;
    if (pack.complementizers.has(t.lower)) return k > from;
    // "reminded voters to register", "informed police of the theft": no words told.
    if (pack.stopwords.has(t.lower) && !pack.determiners.has(t.lower)) return false;
  }
  return false;
}
