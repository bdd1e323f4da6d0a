/**
 * "U.S. officials fear that ...", "Para pejabat AS khawatir bahwa ...": a verb of fearing,
 * doubting or believing attributes the clause its complementizer introduces to the source
 * before it (in Indonesian a comma may stand for it: "Budi yakin, harga akan turun"). Without
 * the complementizer it is a bare mental state ("officials are worried about the economy"),
 * which is no attribution.
 */
import type { SentenceContext } from '../context';
import type { FoundSource, Span } from '../source';
import { speakerBefore } from './speaker-before';
import { thatAfterPlace } from './that-after-place';
import type { Candidate, Rule } from './types';
import { candidateAt, matchesOutsideQuotes, noReport } from './util';

const ACRONYM = /^[\p{Lu}\d-]{2,}$/u;

/**
 * "Investors fear that ...", "Masyarakat khawatir bahwa ...": one capitalised word that no
 * lexicon, referent or role identifies is a common noun opening the sentence far more often
 * than a source whose stance is reported; an acronym ("OJK") still counts.
 */
export function unidentifiedWord(ctx: SentenceContext, span: Span, source: FoundSource): boolean {
  if (span.end - span.start !== 1 || source.resolvesTo || source.role) return false;
  if (source.kind !== 'named_person' && source.kind !== 'organization') return false;
  const t = ctx.tokens[span.start];
  // A name the article has already given a speaker ("..., ujar Wirawan." then "Wirawan yakin").
  if (t !== undefined && ctx.referents.byWords([t.text])?.speaker) return false;
  return t !== undefined && !ACRONYM.test(t.text);
}

/** The token after any time words from `i` ("on Thursday"). */
function afterTime(ctx: SentenceContext, i: number): number {
  while (ctx.pack.timeWords.has(ctx.tokens[i]?.lower ?? '') && !ctx.quoted[i]) i++;
  return i;
}

/** Words a clause after a comma needs before it is one: "yakin, harga beras akan turun". */
const MIN_CLAUSE_WORDS = 3;

/** Words a verb of opinion's object may have before its copula ("langkah untuk ... adalah"). */
const MAX_SUBJECT_BEFORE_COPULA = 8;

/** "menganggap langkah itu adalah yang terbaik": a copula a few plain words after token `i`,
 * with no comma or quote between. */
function copulaAhead(ctx: SentenceContext, i: number): boolean {
  const { pack, tokens } = ctx;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_SUBJECT_BEFORE_COPULA; k++) {
    const t = tokens[k];
    if (t?.type !== 'word' || ctx.quoted[k]) return false;
    if (pack.stanceCopulas.has(t.lower)) return true;
  }
  return false;
}

/**
 * A clause follows token `i`: its complementizer ("bahwa", "that"), or, where the pack says
 * a comma may stand for it ("Budi yakin, harga akan turun"), a comma and a clause of a few
 * words up to the next comma or the sentence's end.
 */
function clauseFollows(ctx: SentenceContext, i: number): boolean {
  const { pack, tokens } = ctx;
  if (pack.complementizers.has(tokens[i]?.lower ?? '')) return true;
  if (copulaAhead(ctx, i)) return true;
  if (!pack.data.stanceClauseAfterComma || tokens[i]?.text !== ',') return false;
  if (ctx.quoted[i + 1]) return closingQuote(ctx, i + 1);
  let words = 0;
  for (let k = i + 1; k < tokens.length && (tokens[k]?.text !== ',' || inNumber(ctx, k)); k++)
    if (tokens[k]?.type === 'word') words++;
  return words >= MIN_CLAUSE_WORDS;
}

/** Words a quotation after the comma needs: "Besok saja", not a bare "Ya". */
const MIN_QUOTED_WORDS = 2;

/**
 * "Budi menjawab, \"Rapat ditunda.\"": a quotation after the comma that closes the sentence
 * is what was answered, as after a colon. A quote some other cue closes ('..., "Rapat
 * ditunda," kata dia') is that cue's.
 */
function closingQuote(ctx: SentenceContext, from: number): boolean {
  let k = from;
  let words = 0;
  for (; k < ctx.tokens.length && ctx.quoted[k]; k++) if (ctx.tokens[k]?.type === 'word') words++;
  if (words < MIN_QUOTED_WORDS) return false;
  for (; k < ctx.tokens.length; k++) if (ctx.tokens[k]?.type === 'word') return false;
  return true;
}

/** The comma at token `k` is written inside a number ("9,44 persen", "1,200"), between
 * digits with no space: it ends no clause. */
function inNumber(ctx: SentenceContext, k: number): boolean {
  const [prev, comma, next] = [ctx.tokens[k - 1], ctx.tokens[k], ctx.tokens[k + 1]];
  if (!prev || !comma || !next || prev.end !== comma.start || next.start !== comma.end)
    return false;
  return /\d$/u.test(prev.text) && /^\d/u.test(next.text);
}

/** "rejected claims that were filed late": after a disputed noun, "that" and a finite
 * auxiliary open a relative clause about the noun, not the proposition disputed. */
function relativeAfterNoun(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  const last = tokens[at + len - 1]?.lower ?? '';
  const noun = pack.data.disputedNouns.some((n) => n === last || n.endsWith(` ${last}`));
  return (
    noun &&
    pack.complementizers.has(tokens[at + len]?.lower ?? '') &&
    pack.finiteAuxiliaries.has(tokens[at + len + 1]?.lower ?? '')
  );
}

/** Who holds a view whose verb is at `at`: the speaker before it, unless that is no source
 * (a hedge's), reports nothing there, or is one capitalised word nothing identifies. */
export function viewHolderBefore(
  ctx: SentenceContext,
  at: number,
): ReturnType<typeof speakerBefore> {
  const found = speakerBefore(ctx, at);
  if (
    !found ||
    found.source.kind === 'unattributed' ||
    noReport(ctx, at, found.span) ||
    unidentifiedWord(ctx, found.span, found.source)
  )
    return null;
  return found;
}

export const stanceVerb: Rule = {
  id: 'stance-verb',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.stanceVerbs, { lowerOnly: true })) {
      // "menepis anggapan bahwa ...": one plain word (the view's noun) may come between.
      const object = ctx.tokens[at + len];
      const viaObject =
        object?.type === 'word' &&
        !object.cap &&
        !ctx.quoted[at + len] &&
        ctx.pack.complementizers.has(ctx.tokens[at + len + 1]?.lower ?? '');
      // "expressed optimism on Thursday that ...": the day may come before the clause.
      // "menjawab melalui pesan singkat bahwa ...": where the words were given, then the clause.
      const placed = thatAfterPlace(ctx, at + len);
      if (!clauseFollows(ctx, afterTime(ctx, at + len)) && !viaObject && !placed) continue;
      if (relativeAfterNoun(ctx, at, len)) continue;
      const found = viewHolderBefore(ctx, at);
      if (found) out.push(candidateAt(ctx, this.id, at, len, found));
    }
    return out;
  },
};
