/** "Menurut informasi yang dihimpun dari warga": who a piece of information came from. */
import type { SentenceContext } from '../context';

/** Words a hearsay noun's description may take before its link ("yang dihimpun Kompas"). */
const MAX_HEARSAY_WORDS = 4;

/** "informasi yang dihimpun dari warga": a noun for what was learned at token `from`, then
 * plain words up to the link to whom it came from; the link's index, else 0. */
export function hearsayLink(ctx: SentenceContext, from: number): number {
  const { tokens, pack, quoted } = ctx;
  if (pack.hearsayNouns.matchAt(tokens, from) !== 1) return 0;
  for (let k = from + 1; k <= from + 1 + MAX_HEARSAY_WORDS && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || quoted[k]) return 0;
    if (pack.hearsayLinks.has(t.lower)) return k;
  }
  return 0;
}
