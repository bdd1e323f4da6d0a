/**
 * "kata yang bersangkutan", "menurut yang bersangkutan": a relative pronoun right before a
 * pronoun for a person makes no clause; the two words are that pronoun ("the one concerned"),
 * read back like any other.
 */
import type { SentenceContext } from '../context';
import { isWord } from './tokens';

/** Where the pronoun starts when token `i` is a relative pronoun right before one; else `i`. */
export function pronounAfterRelative(ctx: SentenceContext, i: number): number {
  const { tokens, pack, quoted } = ctx;
  const rel = tokens[i];
  const next = tokens[i + 1];
  if (!isWord(rel) || !isWord(next) || quoted[i] || quoted[i + 1]) return i;
  if (!pack.relativePronouns.has(rel.lower)) return i;
  return pack.personPronouns.has(next.lower) ? i + 1 : i;
}
