/**
 * "Usulan itu disampaikan oleh juru bicara koperasi ... Wulan Prasetya", "Kabar itu
 * diketahui dari surat edaran ...", "risks identified in the 2019 council audit": a
 * passive cue with its source after it.
 */
import type { SentenceContext } from '../context';
import { classify, sourceAfter, type Span } from '../source';
import type { Candidate, Rule } from './types';
import { acquaintedAfter } from './unnamed-tail';
import { matchesOutsideQuotes, sourceBeforeClaim, tokensText } from './util';

/**
 * Where the cue really ends: "Hal tersebut diungkapkan oleh X" matches "hal tersebut
 * diungkapkan", and "diungkapkan oleh" (another cue of the table) runs on to the source.
 */
function cueEnd(ctx: SentenceContext, at: number, len: number): number {
  let end = at + len;
  for (let k = at + 1; k < at + len; k++)
    end = Math.max(end, k + ctx.pack.passiveBy.matchAt(ctx.tokens, k));
  return end;
}

/**
 * Where the source starts after the cue ending at `end`: "Hal ini diungkapkan langsung oleh
 * X" puts an adverb, then the agent marker, between the two; "Hal itu dilaporkan oleh X"
 * the agent marker alone.
 */
function sourceStart(ctx: SentenceContext, end: number): number {
  const { pack, tokens } = ctx;
  let i = end;
  for (let len = pack.adverbs.matchAt(tokens, i); len > 0; len = pack.adverbs.matchAt(tokens, i))
    i += len;
  return pack.agentMarkers.has(tokens[i]?.lower ?? '') ? i + 1 : i;
}

/** Words a cue may follow and still open the sentence ("As first reported by"). */
const MAX_OPENING_WORDS = 2;

/** "As reported by X, ...", "Seperti diungkapkan oleh X, ...": a word or two before the cue.
 * A cue at the very start carries its own subject ("Hal ini diungkapkan oleh X, Y"): the
 * claim came before, and a comma after the source opens an appositive. */
function opensSentence(ctx: SentenceContext, at: number): boolean {
  const before = ctx.tokens.slice(0, at);
  return at > 0 && before.length <= MAX_OPENING_WORDS && before.every((t) => t.type === 'word');
}

/** The words from `from` to the cue open with an occasion's preposition and hold its noun
 * ("In remarks", "in comments"). */
function occasionBefore(ctx: SentenceContext, at: number, from = 0): boolean {
  const { tokens, pack } = ctx;
  if (!pack.occasionPrepositions.has(tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < at; k++)
    if (pack.occasionNouns.matchAt(tokens, k, at) > 0) return true;
  return false;
}

/** Words an occasion aside may take before its cue ("in brief remarks to reporters"). */
const MAX_ASIDE_OCCASION_WORDS = 5;

/** "The ministry, in remarks reported by Xinhua, said ...": the cue inside an occasion set off
 * after a comma; the outlet carried the remarks, and the verb after the aside says the claim. */
function occasionAside(ctx: SentenceContext, at: number): boolean {
  for (let k = at - 1; k > 0 && k >= at - MAX_ASIDE_OCCASION_WORDS - 1; k--) {
    const t = ctx.tokens[k];
    if (!t || ctx.quoted[k]) return false;
    if (t.text === ',') return occasionBefore(ctx, at, k + 1);
    if (t.type !== 'word') return false;
  }
  return false;
}

/** "The envoy's remarks, reported by the agency, said ...": the cue opens an aside right after
 * a noun for carried words; the outlet carried those words, whose own verb says the claim
 * (the speaker-verb rule reads the possessor through it). */
function carriedWordsAside(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  if (tokens[at - 1]?.text !== ',' || ctx.quoted[at - 1]) return false;
  for (let k = at - 2; k > 0 && k >= at - 3; k--) {
    if (k + pack.carriedWords.matchAt(tokens, k) !== at - 1) continue;
    // The possessor's mark right before the noun ("the envoy's"; "His" is a pronoun's own word).
    const owner = tokens[k - 1];
    return owner !== undefined && owner.type === 'word' && owner.base !== owner.lower;
  }
  return false;
}

/** Words of a subject opening the sentence before an aside it is reported in, at most. */
const MAX_ASIDE_SUBJECT = 6;

/** "The rare visit, reported by Statenews, points to ...": the cue opens an aside between a
 * short subject opening the sentence and its verb, closed by a comma after the agent. The
 * outlet reported the event the subject names, which is its claim; the sentence's own verb
 * is the writer's (or another rule's cue), no claim of the outlet's. */
function subjectAside(ctx: SentenceContext, at: number, found: Span): boolean {
  const { tokens, pack } = ctx;
  const comma = at - 1;
  if (tokens[comma]?.text !== ',' || ctx.quoted[comma] || comma > MAX_ASIDE_SUBJECT) return false;
  const subject = tokens.slice(0, comma);
  if (subject.some((t, k) => t.type !== 'word' || ctx.quoted[k])) return false;
  if (subject.some((_, k) => pack.cuePhrases.matchAt(tokens, k, comma) > 0)) return false;
  const close = tokens[found.end];
  return close?.text === ',' && !ctx.quoted[found.end] && tokens[found.end + 1]?.type === 'word';
}

/** Words of a subject before its pointing word that still point back ("Kabar penangkapan
 * itu"); the anaphora refiner reads the claim from the sentence before. */
const MAX_POINTED_SUBJECT = 3;

/**
 * "Penangkapan itu (juga) dibenarkan ...": the confirming verb at `at` follows a subject of a
 * few words opening the sentence (or its clause after a comma), closed by a pointing word; an
 * adverb may stand between. Where the cue starts (the adverb or the verb), or -1.
 */
function afterPointedSubject(ctx: SentenceContext, at: number): number {
  const { tokens, pack } = ctx;
  let start = at;
  while (start > 0 && pack.adverbs.has(tokens[start - 1]?.lower ?? '')) start--;
  const marker = start - 1;
  if (marker < 1 || !pack.anaphoricMarkers.has(tokens[marker]?.lower ?? '')) return -1;
  let k = marker - 1;
  while (k >= 0 && marker - k <= MAX_POINTED_SUBJECT && tokens[k]?.type === 'word') k--;
  if (k >= 0 && tokens[k]?.text !== ',') return -1;
  // "Dia itu ...", a quotation: no subject naming an event.
  const subject = tokens.slice(k + 1, marker);
  return subject.some((t, i) => ctx.quoted[k + 1 + i] || pack.personPronouns.has(t.lower))
    ? -1
    : start;
}

/** "..., as stated by the spokesman Ivo Kant, Statenews reported": the agent's phrase ends at
 * its last comma when what follows it is the subject of a closing verb of saying (the outlet
 * that relays the agent's words). */
function beforeClosingSpeaker(ctx: SentenceContext, found: Span): Span {
  const { tokens, pack } = ctx;
  if (pack.speakerVerbs.matchAt(tokens, found.end) === 0) return found;
  for (let k = found.end - 1; k > found.start; k--)
    if (tokens[k]?.text === ',' && !ctx.quoted[k]) return { start: found.start, end: k };
  return found;
}

/** The confirmed event's agent after a pointed subject (see afterPointedSubject). */
function pointedCandidates(ctx: SentenceContext, taken: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.pointedPassives)) {
    if (taken.some((c) => c.cueSpan.start <= at && at < c.cueSpan.end)) continue;
    const start = afterPointedSubject(ctx, at);
    if (start < 0) continue;
    const from = sourceStart(ctx, at + len);
    if (ctx.pack.locatives.has(ctx.tokens[from]?.lower ?? '')) continue;
    const span = sourceAfter(ctx, from);
    const source = span ? classify(ctx, span) : null;
    if (!span || !source) continue;
    out.push({
      rule: passiveBy.id,
      cue: tokensText(ctx, start, at + len),
      cueSpan: { start, end: at + len },
      source,
      sourceSpan: span,
      rank: 2,
    });
  }
  return out;
}

export const passiveBy: Rule = {
  id: 'passive-by',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.passiveBy)) {
      // "In remarks reported by Xinhua, the premier said": the outlet carried the remarks of
      // the speaker after the comma (a relay the relayed refiner records), not the claim.
      if (opensSentence(ctx, at) && occasionBefore(ctx, at)) continue;
      if (occasionAside(ctx, at)) continue;
      if (carriedWordsAside(ctx, at)) continue;
      const end = cueEnd(ctx, at, len);
      const from = sourceStart(ctx, end);
      // "Hal itu disampaikan di media sosial": a place after the verb is where it was said.
      if (ctx.pack.locatives.has(ctx.tokens[from]?.lower ?? '')) continue;
      const found = sourceAfter(ctx, from);
      if (!found) continue;
      // "As first reported by the Gazette, the dam leaked": a cue near the sentence's start
      // puts the claim after the source's comma.
      // "was confirmed by two people close to the minister": the phrase stopped inside the tie.
      const tied = acquaintedAfter(ctx, found);
      const span = tied
        ? tied.span
        : opensSentence(ctx, at)
          ? sourceBeforeClaim(ctx, found)
          : beforeClosingSpeaker(ctx, found);
      const source = tied ? tied.source : classify(ctx, span);
      const aside = !tied && subjectAside(ctx, at, span);
      // "X was reported by state media as saying": the agent relays X (rule quoted-as).
      if (!source || ctx.pack.reportedAsComplements.matchAt(ctx.tokens, span.end) > 0) continue;
      // "<claim>, as reported by KCNA": the relay's word before the cue is no claim word.
      const start = at > 0 && ctx.pack.relays.matchAt(ctx.tokens, at - 1) > 1 ? at - 1 : at;
      out.push({
        rule: this.id,
        cue: tokensText(ctx, start, end),
        cueSpan: { start, end },
        source,
        sourceSpan: span,
        rank: 2,
        ...(aside ? { claim: tokensText(ctx, 0, at - 1) } : {}),
      });
    }
    return [...out, ...pointedCandidates(ctx, out)];
  },
};
