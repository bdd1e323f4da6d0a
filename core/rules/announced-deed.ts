/**
 * "Firms have announced hiring freezes", "the army announced a curfew": a verb that may take
 * a deed as its object, with a noun phrase there and no clause, tells of an act; no words
 * are reported. A clause after it ("announced on Monday talks had begun"), a "that", a
 * quotation or a colon in its clause, or an infinitive after the object ("announced plans to
 * close two plants") still report, and so does a claim set before the source.
 */
import type { SentenceContext } from '../context';
import { clauseAt } from './bare-stance';

/** Punctuation that ends the verb's clause. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', '.', '!', '?']);

export function announcedDeed(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  if (len !== 1 || !pack.deedVerbs.has(tokens[at]?.lower ?? '')) return false;
  const next = at + len;
  const first = tokens[next];
  if (!first || first.type !== 'word' || ctx.quoted[next] || clauseAt(ctx, next)) return false;
  for (let k = next; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || ctx.quoted[k] || t.type === 'quote' || t.text === ':') return false;
    if (CLAUSE_ENDS.has(t.text)) return k > next;
    if (pack.complementizers.has(t.lower) || pack.finiteAuxiliaries.has(t.lower)) return false;
    if (pack.infinitiveMarkers.has(t.lower) && k > next && verbAfter(ctx, k + 1)) return false;
  }
  return true;
}

/** Token i may be an infinitive's verb: a lower-case word that opens no noun phrase ("to
 * close", not "to its platform"). */
function verbAfter(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word' || t.cap || /^\p{N}/u.test(t.text)) return false;
  const { determiners, possessives } = ctx.pack;
  return !determiners.has(t.lower) && !possessives.has(t.lower);
}
