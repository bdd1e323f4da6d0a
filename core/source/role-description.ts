/**
 * "juru bicara satgas untuk penanganan Covid-19 Rudi Hartono mengatakan": a word with
 * digits (an event's or a unit's name, never a person's) opening the phrase found before the
 * verb closes a description in lower-case words; the phrase starts at the role the
 * description opens with, or after that word when no role is near.
 */
import type { SentenceContext } from '../context';
import { isNameToken } from './names';
import { isWord } from './tokens';

/** Lower-case words a role's description may hold before the word with digits. */
const MAX_DESCRIPTION_WORDS = 6;
const DIGIT = /\d/u;

export function roleDescriptionLeft(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack, quoted } = ctx;
  const first = tokens[start];
  // "penanganan Covid-19, Rudi Hartono,": the name may follow after a comma.
  const comma = tokens[start + 1]?.text === ',' ? 1 : 0;
  const next = tokens[start + 1 + comma];
  if (!isWord(first) || !DIGIT.test(first.text) || start + 1 + comma >= end) return start;
  if (!next || !isNameToken(ctx, next)) return start;
  const before = tokens[start - 1];
  // "Ketua Satgas Covid-19 Budi": capitals before it are the role's own words, already in.
  if (!isWord(before) || before.cap || quoted[start - 1]) return start;
  for (let k = start - 1; k >= 0 && start - k <= MAX_DESCRIPTION_WORDS; k--) {
    const t = tokens[k];
    if (!isWord(t) || quoted[k]) break;
    if (pack.roles.matchAt(tokens, k, start) > 0) return k;
    if (pack.cueWords.has(t.lower)) break;
  }
  return start + 1 + comma;
}
