/**
 * "The union called the offer unacceptable", "residents called the noise unbearable": a label
 * verb's object, then one adjective closing the clause, is a verdict in the speaker's words.
 * English writes no marker before such a label, so the adjective is told by its ending (the
 * pack's labelAdjectiveEndings); a noun after the object ("called the emergency meeting",
 * "called the chief executive") has none of them.
 */
import type { SentenceContext } from '../context';
import { isWord } from '../source/tokens';

/** Words of the object before the adjective ("the board's latest offer"). */
const MAX_OBJECT_WORDS = 4;
/** Punctuation that closes the clause after the adjective. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ',', ';', '!', '?']);

/** The word at `i` is a lower-case adjective by the pack's endings. */
function adjectiveAt(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!isWord(t) || t.cap || ctx.quoted[i] || ctx.pack.stopwords.has(t.lower)) return false;
  const long = (e: string) => t.lower.length > e.length + 2 && t.lower.endsWith(e);
  return ctx.pack.data.labelAdjectiveEndings.some(long);
}

/** The label verb at `at` (of `len` tokens) takes an object, then an adjective label. */
export function adjectiveLabel(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  if (pack.labelVerbs.matchAt(tokens, at) !== len) return false;
  const from = at + len;
  for (let k = from + 1; k <= from + MAX_OBJECT_WORDS && k < tokens.length; k++) {
    const object = tokens[k - 1];
    if (!isWord(object) || ctx.quoted[k - 1]) return false;
    const word = object.lower;
    if (pack.locatives.has(word) || pack.complementizers.has(word)) return false;
    if (pack.coordinators.has(word) || pack.timeWords.has(word)) return false;
    if (!adjectiveAt(ctx, k)) continue;
    // The object is no determiner alone ("called the able"), and the clause ends after it.
    if (k === from + 1 && pack.determiners.has(word)) return false;
    const next = tokens[k + 1];
    return !next || CLAUSE_ENDS.has(next.text) || pack.coordinators.has(next.lower);
  }
  return false;
}
