/**
 * "NAME, a professor at X University, Kansas, United States, said", "Suparmi, warga RT 03,
 * Kelurahan Cawang, Kecamatan Kramat Jati, Jakarta Timur, mengatakan": the parts of a place
 * set off by commas belong to the appositive before them, not to the speaker's phrase.
 */
import type { SentenceContext } from '../context';
import { isWord } from './tokens';

/** Tokens [from, to) are one place name of the pack ("Amerika Serikat", "Jawa Barat"). */
function isPlaceSpan(ctx: SentenceContext, from: number, to: number): boolean {
  return ctx.pack.places.matchAt(ctx.tokens, from, to) === to - from;
}

/** Longest place name set off by a comma after another ("Kota Bandung", "Jawa Barat"). */
const MAX_PLACE_NAME_WORDS = 3;

/** Tokens [from, to) are a few capitalised words and no role ("Jakarta Timur"). */
function capitalsOnly(ctx: SentenceContext, from: number, to: number): boolean {
  const words = ctx.tokens.slice(from, to);
  if (words.length === 0 || words.length > MAX_PLACE_NAME_WORDS) return false;
  if (!words.every((t) => isWord(t) && t.cap)) return false;
  return !ctx.pack.roles.find(ctx.tokens, from, to);
}

/** Tokens [from, to) are a region's short name and its dot ("Pa", "."; "N.Y", "."). */
function regionAbbreviation(ctx: SentenceContext, from: number, to: number): boolean {
  const [name, dot] = [ctx.tokens[from], ctx.tokens[from + 1]];
  return (
    to === from + 2 &&
    isWord(name) &&
    name.cap &&
    dot?.text === '.' &&
    ctx.pack.regionAbbreviations.has(name.lower)
  );
}

/**
 * The words between the commas at `comma` and `end` name a place the appositive before the
 * comma goes on with: one of the pack's places, a name opening with a word for a place ("Kota
 * Bandung"), or a short name after a place given with a preposition ("di Pasar Baru,
 * Bandung").
 */
export function placeAfterComma(ctx: SentenceContext, comma: number, end: number): boolean {
  const { tokens, pack } = ctx;
  if (isPlaceSpan(ctx, comma + 1, end)) return true;
  if (!capitalsOnly(ctx, comma + 1, end) && !regionAbbreviation(ctx, comma + 1, end)) return false;
  if (pack.placeNouns.has(tokens[comma + 1]?.lower ?? '')) return true;
  let k = comma - 1;
  while (k > 0 && tokens[k]?.cap && !ctx.quoted[k]) k--;
  return k < comma - 1 && pack.locatives.has(tokens[k]?.lower ?? '');
}

/**
 * The comma opening the appositive that closes with the comma at `j`, given the comma `k`
 * found last before it: one comma further back for each part of a place between (a part
 * of a few capitals after another part counts too: "Kecamatan Kramat Jati, Jakarta Timur").
 * Never more than `reach` tokens before `j`.
 */
export function placePartsLeft(ctx: SentenceContext, k: number, j: number, reach: number): number {
  const { tokens } = ctx;
  for (let part = j; k > 1 && tokens[k]?.text === ',' && k + 1 < part;) {
    let m = k - 1;
    while (m >= 0 && j - m <= reach && tokens[m]?.text !== ',') m--;
    const previous = m >= 1 && tokens[m]?.text === ',' && m < k - 1;
    const place =
      placeAfterComma(ctx, k, part) ||
      (previous && capitalsOnly(ctx, k + 1, part) && placeAfterComma(ctx, m, k));
    if (!place || !previous) break;
    [part, k] = [k, m];
  }
  return k;
}

/** Parts of a place before the one after the last comma ("Kelurahan X, Kecamatan Y,"). */
const MAX_PLACE_PARTS = 4;

/**
 * "seorang warga di Kecamatan Cibinong, Kabupaten Bogor", "pedagang di Pasar Baru, Jakarta
 * Timur": capitalised words after a comma that go on with a place given with a preposition
 * (a place of the pack, or a name opening with a word for a place) are a part of that place,
 * no one's name. ("Warga di Pasar Baru, Fitriani" names Fitriani.)
 */
export function placePartAfterComma(ctx: SentenceContext, run: { start: number; end: number }) {
  const { tokens, pack } = ctx;
  let k = run.start - 1;
  if (tokens[k]?.text !== ',' || ctx.quoted[k]) return false;
  const placeLike =
    pack.places.matchAt(tokens, run.start, run.end) > 0 ||
    pack.placeNouns.has(tokens[run.start]?.lower ?? '');
  if (!placeLike) return false;
  for (let part = 0; part < MAX_PLACE_PARTS && tokens[k]?.text === ','; part++) {
    const comma = k--;
    while (k > 0 && isWord(tokens[k]) && tokens[k]?.cap && !ctx.quoted[k]) k--;
    if (k === comma - 1) return false;
  }
  return pack.locatives.has(tokens[k]?.lower ?? '') && !ctx.quoted[k];
}
