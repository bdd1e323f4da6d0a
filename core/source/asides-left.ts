/**
 * What may stand between a source and its verb and belongs to neither, skipped right to left
 * by find-before.ts: the occasion the source spoke on ("The ministry in a statement said")
 * and an aside between spaced dashes.
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import { isWord, outletIn } from './tokens';

/** Tokens an aside between dashes may hold. */
const MAX_ASIDE_TOKENS = 24;
const CLAUSE_BREAKS = new Set(['-', '–', '—', ':', ';']);

/** A dash or colon that ends a clause: not a hyphen glued to both neighbours, as after an
 * abbreviation ("the U.S.-based group", "U.N.-backed talks"). */
export function breaksClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !CLAUSE_BREAKS.has(t.text)) return false;
  const glued = tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
  return !(glued && t.text === '-');
}

/** Words from an occasion's preposition to the verb ("at a news conference that night"). */
const MAX_OCCASION_TOKENS = 9;
/** Words after the occasion noun before the verb ("that night", "on Monday", "with CNN"). */
const MAX_OCCASION_TAIL = 3;
/** ... or more when a function word opens them: whom the occasion was with or where ("dalam
 * rapat kerja dengan Komisi IV DPR"), no part of the source. */
const MAX_LINKED_TAIL = 6;

/**
 * "The ministry in a statement said", "Moreno, the fire chief, at a briefing on Monday said":
 * the occasion the source spoke on stands between it and the verb; the source ends before its
 * preposition. No capitalised word may come between the preposition and the noun.
 */
export function skipOccasionLeft(ctx: SentenceContext, j: number): number {
  const { tokens, pack } = ctx;
  // "The ministry, in a statement, said": set off by commas.
  if (tokens[j]?.text === ',' && !ctx.quoted[j]) {
    const inner = skipOccasionLeft(ctx, j - 1);
    return inner < j - 1 && tokens[inner]?.text === ',' ? inner - 1 : j;
  }
  for (let k = j; k >= 1 && j - k < MAX_OCCASION_TOKENS; k--) {
    const t = tokens[k];
    if (!isWord(t) || ctx.quoted[k]) return j;
    if (!pack.occasionPrepositions.has(t.lower) || t.cap) continue;
    for (let m = k + 1; m <= j; m++) {
      const len = pack.occasionNouns.matchAt(tokens, m, j + 1);
      const tail = j + 1 - (m + len);
      const link = tokens[m + len];
      const linked =
        tail <= MAX_LINKED_TAIL && isWord(link) && !link.cap && pack.stopwords.has(link.lower);
      if (len > 0 && (tail <= MAX_OCCASION_TAIL || linked)) return k - 1;
      if ((tokens[m] as Token).cap) break;
    }
    return j;
  }
  return j;
}

const DASHES = new Set(['-', '–', '—']);

/** "A fighter from the Front - which is not part of the truce - said", "Speakers -- among
 * them doctors, nurses and pilots -- said": an aside between two spaced dashes (a dash typed
 * twice is one) belongs to neither, commas of its own and all; the source ends before the
 * first dash. */
export function skipDashAside(ctx: SentenceContext, j: number): number {
  const { tokens } = ctx;
  if (!DASHES.has(tokens[j]?.text ?? '') || !breaksClause(tokens, j)) return j;
  const doubled = (k: number) =>
    tokens[k - 1]?.text === tokens[k]?.text && tokens[k - 1]?.end === tokens[k]?.start;
  const close = doubled(j) ? j - 1 : j;
  // Commas inside only between dashes spaced on both sides ("rape– suggest" is typed loosely,
  // no aside of a source's).
  const spaced = (first: number, last: number) =>
    tokens[first - 1]?.end !== tokens[first]?.start &&
    tokens[last + 1]?.start !== tokens[last]?.end;
  let comma = false;
  for (let k = close - 2; k >= 1 && j - k <= MAX_ASIDE_TOKENS; k--) {
    const t = tokens[k] as Token;
    if (ctx.quoted[k] || t.type === 'quote' || t.text === ';') return j;
    if (t.text === ',') comma = true;
    if (t.text === tokens[j]?.text && breaksClause(tokens, k)) {
      const open = doubled(k) ? k - 1 : k;
      if (comma && !(spaced(open, k) && spaced(close, j))) return j;
      return open - 1;
    }
  }
  return j;
}

/** The comma opening an aside that closes with the comma at `j` before the verb, or -1 (no
 * such comma within reach, or a quotation between). */
function asideOpening(ctx: SentenceContext, j: number): number {
  const { tokens } = ctx;
  if (tokens[j]?.text !== ',' || ctx.quoted[j]) return -1;
  for (let k = j - 1; k >= 1 && j - k <= MAX_ASIDE_TOKENS; k--) {
    const t = tokens[k] as Token;
    if (ctx.quoted[k] || t.type === 'quote') return -1;
    if (t.text === ',') return k;
  }
  return -1;
}

/** "The minister, asked by state media about the deal, said": an aside of being asked,
 * between commas before the verb, belongs to neither; the source ends before its comma. */
export function skipAskedLeft(ctx: SentenceContext, j: number): number {
  const k = asideOpening(ctx, j);
  if (k < 0) return j;
  return ctx.pack.askedParticiples.has(ctx.tokens[k + 1]?.lower ?? '') ? k - 1 : j;
}

/** "Pyongyang, through its state media, said": the outlet the source spoke through, set off
 * by commas before the verb, belongs to neither; the source ends before its comma. Only an
 * outlet ("Kapolres X, melalui Kasat Reskrim Y, mengatakan" has Y speak). */
export function skipRelayLeft(ctx: SentenceContext, j: number): number {
  const { tokens, pack } = ctx;
  const k = asideOpening(ctx, j);
  const word = tokens[k + 1];
  if (k < 0 || !isWord(word) || word.cap || !pack.relayPrepositions.has(word.lower)) return j;
  const outlet =
    outletIn(ctx, { start: k + 2, end: j }) !== null ||
    pack.stateMedia.find(tokens, k + 2, j) !== null ||
    pack.media.find(tokens, k + 2, j) !== null;
  return outlet ? k - 1 : j;
}

/** The occasion, the aside of being asked and the outlet spoken through, right to left. */
export function skipAsidesLeft(ctx: SentenceContext, j: number): number {
  return skipRelayLeft(ctx, skipAskedLeft(ctx, skipOccasionLeft(ctx, j)));
}
