/** "per" as "according to" in web copy: where the short cue names a source (rules/according-to.ts). */
import type { SentenceContext } from '../context';

/** Words that may describe a source after "per" before its noun ("a police report"). */
const MAX_PER_MODIFIERS = 2;

/**
 * "Rents rose, per Zellow", "Per the Daily Courier, the road is shut", "per a filing": the
 * short cue opens the sentence or follows a comma, and a capital or an indefinite
 * document follows it ("per cent", "per day", "$5 per share" are rates).
 */
export function perSource(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  if (at > 0 && tokens[at - 1]?.text !== ',') return false;
  let k = at + len;
  const first = tokens[k];
  if (first?.type !== 'word') return false;
  if (first.cap && !pack.determiners.has(first.lower)) return true;
  if (pack.singularDeterminers.has(first.lower)) k++;
  else if (pack.determiners.has(first.lower)) return tokens[k + 1]?.cap === true;
  // "Per a source, ...", "per insiders": an unnamed source is as good as a name; "per a
  // police report", "Per team spokesman Jo Ames": a word or two may describe it first.
  for (let j = k; j <= k + MAX_PER_MODIFIERS; j++) {
    const t = tokens[j];
    if (t?.type !== 'word' || ctx.quoted[j]) return false;
    if (t.cap || pack.documents.matchAt(tokens, j) > 0 || pack.sourceNouns.has(t.lower))
      return true;
    if (pack.roles.matchAt(tokens, j) > 0) return true;
  }
  return false;
}
