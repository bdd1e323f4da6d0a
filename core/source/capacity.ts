/**
 * A speaker and the office they speak in, joined by a word of capacity ("Ratna Dewi selaku
 * Wakil Bupati mengatakan"): the source is the person, pronoun or institution before it.
 */
import type { SentenceContext } from '../context';
import { classify } from './classify';
import { collectLeft, trimLeft } from './collect';
import { isWord } from './tokens';
import type { Span } from './types';

/** Words an office after a word of capacity may have ("selaku pengembang perumahan itu"). */
const MAX_OFFICE_WORDS = 4;

/** The first word of an office in plain words ending at token `last`, right after a word of
 * capacity; -1 when there is none. */
export function officeStart(ctx: SentenceContext, last: number): number {
  const { tokens, pack } = ctx;
  for (let k = last; k >= 1 && last - k < MAX_OFFICE_WORDS; k--) {
    const t = tokens[k];
    if (!isWord(t) || t.cap || ctx.quoted[k]) return -1;
    if (pack.capacityLinks.has(tokens[k - 1]?.lower ?? '')) return k;
  }
  return -1;
}

/**
 * "Ratna Dewi selaku Wakil Bupati mengatakan", "Ia sebagai ketua panitia menyebut": the
 * office found before the verb follows a word of capacity; the speaker is the name or the
 * pronoun before it (a name keeps the office as its role).
 */
export function speakerInCapacity(ctx: SentenceContext, start: number, end: number): Span | null {
  const { tokens, pack } = ctx;
  // "PT Bintang selaku label Rina menyatakan": the office's plain words before the name found.
  const isLink = (k: number) =>
    k >= 1 && !ctx.quoted[k] && pack.capacityLinks.has(tokens[k]?.lower ?? '');
  const office = isLink(start - 1) ? start : officeStart(ctx, start - 1);
  const link = office - 1;
  if (!isLink(link)) return null;
  const from = collectLeft(ctx, link - 1);
  if (from > link - 1) return null;
  // "Direktur X selaku juru bicara tim, Dewi Kartika, mengatakan": an office closing
  // with its holder's name is that person's; the office before the capacity word is theirs too.
  const held = classify(ctx, { start: office, end });
  if (held?.kind === 'named_person' && held.role !== null) {
    const whole = { start: trimLeft(ctx, { start: from, end: link }).start, end };
    return classify(ctx, whole)?.kind === 'named_person' ? whole : { start: office, end };
  }
  const speaker = trimLeft(ctx, { start: from, end: link });
  const kind = classify(ctx, speaker)?.kind;
  if (!kind || kind === 'unattributed') return null;
  // A pronoun or an institution stands alone; a person keeps the office as a role.
  const pronoun = pack.personPronouns.has(tokens[speaker.start]?.lower ?? '');
  return kind === 'named_person' && !pronoun ? { start: speaker.start, end } : speaker;
}
