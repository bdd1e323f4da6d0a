/**
 * "Bank sentral (Bank of Korea/BoK)", "Badan Pusat Statistik (BPS)": a short name in
 * parentheses right after a phrase opened by a word for a public body names that body. A
 * later bare mention of the short name ("BoK memprediksi") is then the body, even where the
 * article first used it as a document's owner.
 */
import type { CompiledPack } from '../lang/compile';
import type { Token } from '../text';

/** Tokens inside the parentheses, and words before them the body's word may open. */
const MAX_INSIDE = 8;
const MAX_LEAD = 5;
/** A short name: two capitals or more ("BoK", "BPS"). */
const SHORT_NAME = /^(?=(?:.*\p{Lu}){2})[\p{L}\d-]+$/u;

/** Adds to `bodies` the short names the tokens spell out after a body's phrase. */
export function bodyAcronyms(pack: CompiledPack, tokens: readonly Token[], bodies: Set<string>) {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]?.text !== '(') continue;
    let close = i + 1;
    while (close < tokens.length && close - i <= MAX_INSIDE && tokens[close]?.text !== ')') close++;
    const short = tokens[close - 1];
    if (tokens[close]?.text !== ')' || short?.type !== 'word' || !SHORT_NAME.test(short.text))
      continue;
    for (let k = i - 1; k >= 0 && i - k <= MAX_LEAD; k--) {
      const t = tokens[k] as Token;
      if (t.type !== 'word' && t.text !== ',') break;
      if (t.type === 'word' && pack.bodies.matchAt(tokens, k, i) > 0) {
        bodies.add(short.lower);
        break;
      }
    }
  }
}
