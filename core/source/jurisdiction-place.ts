/**
 * "Ketua DPRD Sukamaju dari Fraksi X, Joko Susilo": a role held over a place, the place, then
 * more of the office and the person's name. The place alone after the role is no one's name.
 */
import type { SentenceContext } from '../context';
import { classify } from './classify';
import { collectRight } from './collect';
import type { Hit } from './lexicon';
import type { Span } from './types';

/** Tokens [start, k) end in a jurisdiction's role and its place only ("Ketua DPRD Sukamaju"):
 * the `name` read there is the place. */
export function placeAsName(
  ctx: SentenceContext,
  start: number,
  k: number,
  name: string | null,
): boolean {
  if (!name) return false;
  const at = k - name.split(' ').length;
  const { jurisdictionRoles } = ctx.pack;
  for (let m = start; m < at; m++)
    if (m + jurisdictionRoles.matchAt(ctx.tokens, m) === at) return true;
  return false;
}

/** A comma at token `end`, then a person's name. */
export function personAfterComma(ctx: SentenceContext, end: number): boolean {
  const { tokens } = ctx;
  if (tokens[end]?.text !== ',' || !tokens[end + 1]?.cap || ctx.quoted[end + 1]) return false;
  const nameEnd = collectRight(ctx, end + 1);
  return classify(ctx, { start: end + 1, end: nameEnd })?.kind === 'named_person';
}

/** "Bupati Lebak mengatakan", "Kepala Kejaksaan Negeri Bogor menjelaskan": one capitalised
 * word right after a region's office (or a regional body inside the role's phrase) is the
 * place the office holds, not a name - unless the article names a person with that word.
 * After a village's office ("Kades Marwan") only where the sentence shows the place
 * ("Kelurahan Sukamaju"). */
export function placeAlone(ctx: SentenceContext, roleHit: Hit, run: Span): boolean {
  const { tokens, pack, referents } = ctx;
  if (regionAfterBody(ctx, roleHit, run) || placeNounRun(ctx, roleHit, run)) return true;
  if (compassRegionRun(ctx, roleHit, run)) return true;
  if (run.end - run.start !== 1 || tokens[run.start]?.type !== 'word') return false;
  const heldBy = (table: typeof pack.jurisdictionRoles) => {
    const at = (from: number, len: number) =>
      from >= 0 && table.matchAt(tokens, from, from + len) === len;
    const roleEnd = roleHit.at + roleHit.len;
    return (
      (run.start === roleEnd && at(roleHit.at, roleHit.len)) ||
      (roleHit.at < run.start && [1, 2].some((len) => at(run.start - len, len)))
    );
  };
  const word = tokens[run.start]?.lower ?? '';
  const shown = tokens.some(
    (t, k) =>
      k !== run.start && t.lower === word && pack.placeNouns.has(tokens[k - 1]?.lower ?? ''),
  );
  if (!heldBy(pack.regionalRoles) && !(shown && heldBy(pack.jurisdictionRoles))) return false;
  const person = referents.byWords([word]);
  const named =
    person?.kind === 'named_person' && (person.name ?? '').toLowerCase().split(' ').includes(word);
  return !named;
}

/** The span [start, end) is an office and the place it holds, no name ("Ketua DPRD
 * Sukamaju"). */
export function officeAndPlace(ctx: SentenceContext, start: number, end: number): boolean {
  const last = end - 1;
  if (last <= start || !ctx.tokens[last]?.cap) return false;
  for (let k = start; k < last; k++) {
    const len = ctx.pack.roles.matchAt(ctx.tokens, k, last);
    if (len && placeAlone(ctx, { table: 'roles', at: k, len }, { start: last, end })) return true;
  }
  return false;
}

/** Words of a region's name after a regional body's word, at most ("Sumatera Utara"). */
const MAX_REGION_WORDS = 3;

/** "Penyidik Polda Metro Jaya", "anggota Kodim Sukamaju Barat": capitals right after a
 * regional police, army or court body's word, a role before it, are the region in the body's
 * name (a person's name after such a body comes after a rank or role of its own), unless the
 * article names a person with those words. */
function regionAfterBody(ctx: SentenceContext, roleHit: Hit, run: Span): boolean {
  const { tokens, pack, referents } = ctx;
  const count = run.end - run.start;
  if (count < 1 || count > MAX_REGION_WORDS) return false;
  const run0 = tokens.slice(run.start, run.end);
  if (run0.some((t) => t.type !== 'word' || !t.cap)) return false;
  const body = [1, 2].some((len) => {
    const from = run.start - len;
    return from > roleHit.at && pack.regionNamedBodies.matchAt(tokens, from, run.start) === len;
  });
  if (!body) return false;
  const person = referents.byWords(run0.map((t) => t.text));
  return person?.kind !== 'named_person';
}

/** Words of a region's name closed by its point of the compass ("Nusa Tenggara Barat"). */
const MAX_PLACE_NOUN_WORDS = 3;

/** "Kepala Dinas Kesehatan Kota Bandung mengatakan": a word for a place ("Kota", "Kabupaten")
 * and one capitalised word after the head of a government body are the body's place, no
 * name; a name after the place runs longer ("... Kota Bandung Rina Wulandari") and is read
 * apart. Not without the body: "Kepala Pasar Iwan Setiadi" heads a market and is named. */
function placeNounRun(ctx: SentenceContext, roleHit: Hit, run: Span): boolean {
  const { tokens, pack, referents } = ctx;
  if (roleHit.at >= run.start || run.end - run.start !== 2) return false;
  if (!pack.bodies.find(tokens, roleHit.at, run.start)) return false;
  if (afterComma(ctx, roleHit, run)) return false;
  const words = tokens.slice(run.start, run.end);
  if (words.some((t) => t.type !== 'word' || !t.cap)) return false;
  if (!pack.placeNouns.has(words[0]?.lower ?? '')) return false;
  const person = referents.byWords(words.slice(1).map((t) => t.text));
  return person?.kind !== 'named_person';
}

/** "Kapolda Jawa Barat mengatakan", "Kepala Dinas Kesehatan Sumatera Utara": capitalised
 * words after the role closed by a point of the compass are a region, no name (unless the
 * article names a person with them). */
function compassRegionRun(ctx: SentenceContext, roleHit: Hit, run: Span): boolean {
  const { tokens, pack, referents } = ctx;
  const count = run.end - run.start;
  // "Jakarta Timur": the compass word alone after a place the lexicon read.
  const before = tokens[run.start - 1];
  const placed = before?.type === 'word' && before.cap && run.start - 1 > roleHit.at;
  if (roleHit.at >= run.start || count < (placed ? 1 : 2) || count > MAX_PLACE_NOUN_WORDS)
    return false;
  if (afterComma(ctx, roleHit, run)) return false;
  const words = tokens.slice(run.start, run.end);
  if (words.some((t) => t.type !== 'word' || !t.cap)) return false;
  const closes = [1, 2].some(
    (len) => pack.regionCompassWords.matchAt(tokens, run.end - len, run.end) === len,
  );
  if (!closes) return false;
  const person = referents.byWords(words.map((t) => t.text));
  return person?.kind !== 'named_person';
}

/** A comma between the role and the run: the run belongs to an aside ("Wakil Ketua X Budi
 * di Gedung Y, Jakarta Selatan"), not to the office's own phrase. */
function afterComma(ctx: SentenceContext, roleHit: Hit, run: Span): boolean {
  return ctx.tokens.slice(roleHit.at, run.start).some((t) => t.text === ',');
}
