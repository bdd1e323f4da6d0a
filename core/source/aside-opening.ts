/**
 * "Warga sekitar, yang enggan disebut namanya, mengatakan", "Pedagang minyak, seperti dilansir
 * X, memperkirakan": a word after a noun for people still describes them when the comma after
 * it opens a relative clause about them or the aside of an outlet relaying them.
 */
import type { SentenceContext } from '../context';

/** Token k, after that comma, opens a relative clause or a relay. */
export function asideOpensAt(ctx: SentenceContext, k: number): boolean {
  const { tokens, pack } = ctx;
  if (ctx.quoted[k]) return false;
  return pack.relativePronouns.has(tokens[k]?.lower ?? '') || pack.relays.matchAt(tokens, k) > 0;
}
