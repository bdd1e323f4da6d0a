/**
 * "Menteri Kesehatan Lina Wahyuni di Jakarta, Rabu, mengatakan", "Kapolda X Irjen Budi di
 * Mapolda X mengatakan": where a named speaker spoke, written after the name, is no part of
 * who speaks. Only after a person named in full: "Konsul Jenderal RI di Hong Kong" is an
 * office of that place, "Kedutaan Besar RI di Tokyo" a body there, and "Anggi, siswa SMA di
 * Depok" a description whose place is the school's.
 */
import type { SentenceContext } from '../context';
import { isWord } from './tokens';
import type { FoundSource, Span } from './types';

/** Parts of a place set off by commas ("Gedung X, Jakarta Selatan"). */
const MAX_PLACE_PARTS = 3;

/** The span without the place closing it when the words before the place's preposition
 * name a person (`classify` decides); null when no such place closes it. */
export function withoutSpokenAt(
  ctx: SentenceContext,
  span: Span,
  classify: (ctx: SentenceContext, span: Span) => FoundSource | null,
): Span | null {
  const { tokens, pack } = ctx;
  if (pack.spokenAtMarkers.words.size === 0) return null;
  // The place: capitalised words up to the span's end, right after the preposition, in
  // parts set off by commas ("di Gedung X, Jakarta Selatan").
  let k = span.end - 1;
  for (let part = 0; part < MAX_PLACE_PARTS; part++) {
    const partEnd = k;
    while (k > span.start && isWord(tokens[k]) && tokens[k]?.cap && !ctx.quoted[k]) k--;
    if (k === partEnd || tokens[k]?.text !== ',' || ctx.quoted[k]) break;
    k--;
  }
  const marker = tokens[k];
  if (k === span.end - 1 || !isWord(marker) || marker.cap || ctx.quoted[k]) return null;
  if (!pack.spokenAtMarkers.has(marker.lower)) return null;
  // "Budi Hartono, di Jakarta": a comma may set the place off.
  const end = tokens[k - 1]?.text === ',' ? k - 1 : k;
  const name = tokens[end - 1];
  if (end <= span.start || !isWord(name) || !name.cap) return null;
  const before = { start: span.start, end };
  const found = classify(ctx, before);
  if (found?.kind !== 'named_person' || !found.name || found.resolvesTo) return null;
  // The name itself must close the words ("siswa SMA di Depok" describes the school's place).
  return found.name.endsWith(name.text) ? before : null;
}
