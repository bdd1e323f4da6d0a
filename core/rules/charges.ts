/**
 * Charges a verb puts on its object: the reason ("criticized the judge for overstepping"), the
 * likeness ("likened the strike to blackmail") or the accusation ("accused the firm of
 * lying"). With the charge after the object the verb reports the speaker's claim.
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';

/** Words of the object before a charge: "administrators at the high school in the suburb". */
const MAX_CHARGED_OBJECT = 14;

/** "criticized the judge for overstepping", "faulted the staff at the school for not ...",
 * "likened the strike to blackmail": the object (places and lists allowed) then the reason or
 * the likeness, before any comma, quotation or clause. */
export function chargeAfter(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  const from = at + len;
  for (let k = from + 1; k < tokens.length && k - from <= MAX_CHARGED_OBJECT; k++) {
    const t = tokens[k] as Token;
    if (t.type !== 'word' || ctx.quoted[k] || pack.complementizers.has(t.lower)) return false;
    // "accused the ministry on Monday of lying": a time is no charge; the marker may follow.
    if (chargeMarker(ctx, at, len, t.lower) && chargeFollows(ctx, k + 1)) return true;
  }
  return false;
}

/** Words of the verb of a charge at token `at` ("accused", "criticized", "likened"), or 0. */
export function chargeVerbAt(ctx: SentenceContext, at: number): number {
  const { tokens, pack } = ctx;
  return Math.max(
    pack.reasonLabelVerbs.matchAt(tokens, at),
    pack.likeningVerbs.matchAt(tokens, at),
    pack.accusingVerbs.matchAt(tokens, at),
  );
}

/** "criticized the judge for ...", "likened the strike to ...": the word at hand opens the
 * reason or the likeness that the verb at `at` takes after its object. */
function chargeMarker(ctx: SentenceContext, at: number, len: number, word: string): boolean {
  const { tokens, pack } = ctx;
  if (pack.reasonLabelVerbs.matchAt(tokens, at) === len && pack.reasonMarkers.has(word))
    return true;
  if (pack.accusingVerbs.matchAt(tokens, at) === len && pack.accusationMarkers.has(word))
    return true;
  return pack.likeningVerbs.matchAt(tokens, at) === len && pack.likenessMarkers.has(word);
}

/** Words between a relative pronoun and the accusing verb ("whom the senator accused"). */
const MAX_RELATIVE_GAP = 4;

/** "a contractor accused of spying", "a plan criticized for its cost": the charge's marker
 * right after the verb, with no object between, is a passive participle; the words before it
 * are who is charged, not who charges ("she accused of" keeps a pronoun's subject). */
export function passiveCharge(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  const next = tokens[at + len];
  if (next?.type !== 'word' || ctx.quoted[at + len]) return false;
  if (!chargeMarker(ctx, at, len, next.lower) || !chargeFollows(ctx, at + len + 1)) return false;
  // "whom she has accused of ...": an auxiliary's perfect is active.
  const prev = tokens[at - 1]?.lower ?? '';
  if (pack.personPronouns.has(prev) || pack.groupPronouns.has(prev)) return false;
  if (pack.finiteAuxiliaries.has(prev)) return false;
  // "the rivals who he accused of ...": a relative pronoun just before is the verb's object.
  const from = Math.max(0, at - MAX_RELATIVE_GAP);
  return !tokens.slice(from, at).some((t) => pack.relativePronouns.has(t.lower));
}

/** The charge starts with words or a quotation, not a time or a count ("criticized the
 * plan for years", "for 10 minutes"). */
function chargeFollows(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (t.type === 'quote' || ctx.quoted[i]) return true;
  return t.type === 'word' && !/^\p{N}/u.test(t.text) && !ctx.pack.timeWords.has(t.lower);
}

/** An adverb of manner before a verb ("sharply criticized"), by the pack's ending. */
export function mannerAdverb(ctx: SentenceContext, k: number): boolean {
  const w = ctx.tokens[k]?.lower ?? '';
  return ctx.pack.data.mannerAdverbEndings.some((e) => w.length > e.length + 2 && w.endsWith(e));
}

/** "a petition that sharply criticized the zoo for ...": the verb's subject is a relative; the
 * charge tells of its head in passing, no claim of its own. */
export function relativeSubject(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  let k = at - 1;
  while (
    k >= 0 &&
    !ctx.quoted[k] &&
    (pack.adverbs.has(tokens[k]?.lower ?? '') || mannerAdverb(ctx, k))
  )
    k--;
  return !ctx.quoted[k] && pack.clauseRelatives.has(tokens[k]?.lower ?? '');
}
