/**
 * "Warga lain, Slamet (52), mengatakan", "Salah satu pengemudi ojek daring, Anton, mengaku":
 * a word for unnamed people with plain words qualifying it, then a comma and a name. The
 * words before the comma say who the named speaker is, as they do without the qualifiers.
 */
import type { SentenceContext } from '../context';
import { classify } from './classify';
import { collectLeft } from './collect';
import { DIGIT } from './tokens';

/** Plain words after the people's word ("ojek daring", "lain"). */
const MAX_QUALIFIERS = 3;

/** A lower-case word that may qualify a noun before it: no function, cue or time word. */
function qualifierAt(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word' || t.cap || ctx.quoted[i]) return false;
  const { pack } = ctx;
  return !(
    pack.stopwords.has(t.lower) ||
    pack.connectors.has(t.lower) ||
    pack.cueWords.has(t.lower) ||
    pack.timeWords.has(t.lower) ||
    pack.anaphoricMarkers.has(t.lower) ||
    DIGIT.test(t.text)
  );
}

/** Where the qualified description ending before the comma at `comma` starts, when it
 * describes unnamed people and the phrase up to `end` still reads as the named person (not
 * "Pasangan ganda campuran, Dimas dan Ayu": a pair); null otherwise. */
export function describedPeopleLeft(
  ctx: SentenceContext,
  comma: number,
  end: number,
): number | null {
  let head = comma - 1;
  while (comma - 1 - head < MAX_QUALIFIERS && qualifierAt(ctx, head)) head--;
  if (head === comma - 1 || head < 0) return null;
  const start = collectLeft(ctx, head);
  if (start > head) return null;
  const kind = classify(ctx, { start, end: comma })?.kind;
  if (kind !== 'anonymous' && kind !== 'unnamed_official') return null;
  return classify(ctx, { start, end })?.kind === 'named_person' ? start : null;
}
