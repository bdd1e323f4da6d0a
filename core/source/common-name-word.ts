/**
 * A lone capitalised word matching a name seen only in passing is not that person when the
 * article also writes the name's last word in lower case, a common noun: "Amtrak said"
 * after "Amtrak Train 89 struck ..." (one word opening the name), and "the Rodeo said" after
 * "the Cowtown Rodeo" and "a rodeo" (the common noun itself, after "the": no one's surname).
 */
import type { SentenceContext } from '../context';
import type { Referent } from '../referents';
import type { Span } from './types';

export function commonNameWord(
  ctx: SentenceContext,
  earlier: Referent | null,
  words: readonly string[],
  run: Span,
): boolean {
  const { pack, referents, tokens } = ctx;
  if (earlier?.weak !== true || earlier.kind !== 'named_person') return false;
  if (words.length !== 1 || pack.data.loneNameKind !== 'organization') return false;
  const name = earlier.name?.split(' ') ?? [];
  const last = (name.at(-1) ?? '').toLowerCase();
  if (name.length < 2 || referents.evidence.common?.has(last) !== true) return false;
  if (name.at(-1) !== words[0]) return true;
  return pack.definiteDeterminers.has(tokens[run.start - 1]?.lower ?? '');
}
