/**
 * Which of a sentence's candidates is kept: the highest rank, the leftmost cue among equals,
 * unless a speaker or an outlet closing the sentence frames the cue before it (then the
 * earlier cue is part of the claim).
 */
import type { SentenceContext } from './context';
import type { Candidate } from './rules';
import { adjunctTail } from './claim-verb-tail';
import { closesSentence } from './closes-sentence';
import { closingPronounAfterQuote } from './closing-pronoun';
import { partyNoteEnd } from './source/tokens';
import { possessiveName } from './rules/util';

export function chooseCandidate(
  ctx: SentenceContext,
  candidates: readonly Candidate[],
): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.carrierOnly) continue;
    if (
      !best ||
      c.rank > best.rank ||
      (c.rank === best.rank && c.cueSpan.start < best.cueSpan.start)
    )
      best = c;
  }
  return (
    (best &&
      (enclosingSource(ctx, candidates, best) ??
        framing(ctx, candidates, best) ??
        openingTopic(ctx, candidates, best) ??
        closingOutlet(ctx, candidates, best) ??
        citedMind(ctx, candidates, best) ??
        surveyOfShare(ctx, candidates, best))) ??
    best
  );
}

/** "Roe, who estimated that ..., said ...", "Budi, yang memperkirakan ..., mengatakan ...":
 * a cue inside a relative clause (after a comma and a relative pronoun) in another
 * candidate's source describes that source; the verb the source governs carries the claim. */
function enclosingSource(
  ctx: SentenceContext,
  candidates: readonly Candidate[],
  best: Candidate,
): Candidate | null {
  const { tokens, pack } = ctx;
  for (const c of candidates) {
    const span = c.sourceSpan;
    if (c === best || c.carrierOnly || c.rank !== best.rank || !span) continue;
    if (span.start >= best.cueSpan.start || best.cueSpan.end > span.end) continue;
    if (tokens[span.end]?.text !== ',') continue;
    // "The filing, which was first reported by Reuters, alleges", "The filing, first
    // reported by Reuters, alleges": a passive relay in a thing's relative, or in an aside it
    // opens, describes the subject too ("The ministry, citing a survey, said" is relayed).
    const passive = best.rule === 'passive-by';
    const opens = (k: number) =>
      pack.relativePronouns.has(tokens[k]?.lower ?? '') ||
      (passive && (k === best.cueSpan.start || pack.clauseRelatives.has(tokens[k]?.lower ?? '')));
    for (let k = span.start + 1; k <= best.cueSpan.start; k++)
      if (tokens[k - 1]?.text === ',' && opens(k)) return c;
  }
  return null;
}

/** "The board believes the port could close, local media reported, citing a source": a mind
 * held is what the outlet's cited source told it; the outlet and the source it cites report
 * the sentence, not the belief's holder. */
function citedMind(
  ctx: SentenceContext,
  candidates: readonly Candidate[],
  best: Candidate,
): Candidate | null {
  const { tokens, pack } = ctx;
  if (!pack.mindVerbs.has(tokens[best.cueSpan.start]?.lower ?? '')) return null;
  const outlet = candidates.find(
    (c) =>
      (c.source.kind === 'media' || c.source.kind === 'state_media') &&
      c.cueSpan.start > best.cueSpan.end,
  );
  if (!outlet) return null;
  // The outlet is kept: the relay (rules/relayed.ts) hands the claim to the source it cites.
  const cited = candidates.some(
    (c) =>
      c.rule === 'according-to' &&
      c.cueSpan.start >= outlet.cueSpan.end &&
      pack.citations.has(tokens[c.cueSpan.start]?.lower ?? ''),
  );
  return cited ? outlet : null;
}

/** Words before a speaker's phrase that may hold its share ("Sixty percent of" teachers). */
const SHARE_REACH = 4;

/** "Sixty percent of teachers say they will quit, according to a union survey", "According
 * to the poll, half of voters said ...": a share of people saying something is what a survey
 * counted; the survey named with "according to" is the source, not the people it counted. */
function surveyOfShare(
  ctx: SentenceContext,
  candidates: readonly Candidate[],
  best: Candidate,
): Candidate | null {
  const span = best.sourceSpan;
  if (!span || best.rule === 'according-to') return null;
  const { tokens, pack } = ctx;
  let share = false;
  for (let k = Math.max(span.start - SHARE_REACH, 0); k < span.end && !share; k++) {
    const len = pack.shareWords.matchAt(tokens, k);
    share = len > 0 && k + len <= span.end && !ctx.quoted[k];
  }
  if (!share) return null;
  return (
    candidates.find(
      (c) => c !== best && c.rule === 'according-to' && c.source.kind === 'document',
    ) ?? null
  );
}

/** "Apple lost the case after a court ruled against it, state media reported", "The letter
 * made two points - that the mayor had written ..., state radio reported": a cue inside a
 * clause of time or cause, or a "that" clause, is part of the claim; the outlet closing the
 * sentence after a comma reports all of it. */
function closingOutlet(
  ctx: SentenceContext,
  candidates: readonly Candidate[],
  best: Candidate,
): Candidate | null {
  const { tokens, pack } = ctx;
  // The opener right before the cue's source, or inside a source read across it ("its
  // licence after a court ruled").
  const from = (best.sourceSpan?.start ?? best.cueSpan.start) - 1;
  let opened = false;
  for (let k = Math.max(from, 0); k < best.cueSpan.start && !opened; k++)
    opened =
      !ctx.quoted[k] &&
      (pack.clauseSubordinators.has(tokens[k]?.lower ?? '') ||
        pack.complementizers.has(tokens[k]?.lower ?? ''));
  if (!opened || ctx.quoted[best.cueSpan.start]) return null;
  for (const c of candidates) {
    if (c === best || c.rank !== 2 || !c.sourceSpan || c.cueSpan.start <= best.cueSpan.end)
      continue;
    if (c.source.kind !== 'media' && c.source.kind !== 'state_media') continue;
    if (tokens[c.sourceSpan.start - 1]?.text !== ',' || c.sourceSpan.end > c.cueSpan.start)
      continue;
    let k = c.cueSpan.end;
    while (pack.timeWords.has(tokens[k]?.lower ?? '')) k++;
    if (k === tokens.length || (tokens[k]?.type !== 'word' && k === tokens.length - 1)) return c;
  }
  return null;
}

/** "On reports by some media which claim that X, ...", "On the claims of reports saying
 * ...": the cue of `c` sits in the sentence's opening phrase - a preposition, then words
 * about words said (not "On Friday the United States said") - which the main clause after
 * its comma answers. */
export function inOpeningTopic(ctx: SentenceContext, c: Candidate): boolean {
  const { tokens, pack } = ctx;
  // "Ditanya tentang komentar pejabat yang menyatakan ..., ia berkata": a question put to the
  // speaker opens the sentence the same way.
  const first = tokens[0]?.lower ?? '';
  const opens = pack.complementPrepositions.has(first) || pack.askedParticiples.has(first);
  if (ctx.quoted[0] || !opens) return false;
  // "In response to Lee's charge that ...": after a possessive name the cue is a noun.
  if (possessiveName(ctx, c.cueSpan.start - 1)) return true;
  for (let k = 1; k < c.cueSpan.end; k++)
    if (
      !tokens[k]?.cap &&
      (pack.claimNouns.matchAt(tokens, k) > 0 || pack.nounPlurals.matchAt(tokens, k) > 0)
    )
      return true;
  return false;
}

/** The main clause's speaker, right after a comma past the opening phrase holding `best`'s
 * cue (inOpeningTopic): the sentence's source. */
function openingTopic(
  ctx: SentenceContext,
  candidates: readonly Candidate[],
  best: Candidate,
): Candidate | null {
  const { tokens } = ctx;
  if (!inOpeningTopic(ctx, best)) return null;
  return (
    candidates.find((c) => {
      const start = c.sourceSpan?.start ?? -1;
      return (
        c !== best &&
        c.rank === 2 &&
        tokens[start - 1]?.text === ',' &&
        !ctx.quoted[start - 1] &&
        best.cueSpan.end < start - 1 &&
        (best.sourceSpan?.end ?? 0) < start &&
        c.cueSpan.start >= (c.sourceSpan?.end ?? start)
      );
    }) ?? null
  );
}

const CARRIER_KINDS: ReadonlySet<string> = new Set(['media', 'state_media', 'document']);

/** "Islamic State had claimed more attacks there, he said": a speaker closing the sentence
 * after a comma frames every cue before it; the nested one is part of the claim. Not an
 * outlet ("X said ..., Xinhua said" keeps X, the outlet as via). */
function framing(
  ctx: SentenceContext,
  candidates: readonly Candidate[],
  best: Candidate,
): Candidate | null {
  const { tokens } = ctx;
  for (const c of candidates) {
    if (c === best || c.rank !== 2 || !c.sourceSpan || CARRIER_KINDS.has(c.source.kind)) continue;
    // '"...," said Ana Ruiz, whose ..., she said': a second claim, not the first's frame.
    if (closingPronounAfterQuote(ctx, best, c)) continue;
    if (closingCue(ctx, c, best)) return c;
    if (c.sourceSpan.end > c.cueSpan.start || best.cueSpan.end > c.sourceSpan.start) continue;
    if (tokens[c.sourceSpan.start - 1]?.text !== ',' || ctx.quoted[c.cueSpan.start]) continue;
    if (closesSentence(ctx, c)) return c;
  }
  return null;
}

/** "X told aides the ruling was a victory, according to a person familiar with the matter",
 * "Traders complain prices rose, said the market's head": a cue after a comma with its
 * source after it, closing the sentence, frames the cue before it as part of the account. */
function closingCue(ctx: SentenceContext, c: Candidate, best: Candidate): boolean {
  const { tokens, pack } = ctx;
  const span = c.sourceSpan;
  if (!span || span.start < c.cueSpan.end || c.cueSpan.start <= best.cueSpan.end) return false;
  if (tokens[c.cueSpan.start - 1]?.text !== ',' || ctx.quoted[c.cueSpan.start]) return false;
  // "..., it said, quoting a spokesman": the outlet's own citation keeps the outlet's cue.
  const word = tokens[c.cueSpan.start]?.lower ?? '';
  if (pack.citations.has(word)) return false;
  // "..., according to former Sen. Ann Lee, R-Mass.": the party note closes the source too.
  const end = partyNoteEnd(tokens, span.end);
  const after = tokens[end];
  return (
    !after ||
    (after.type !== 'word' && end === tokens.length - 1) ||
    adjunctTail(ctx, end) ||
    relativeTail(ctx, end)
  );
}

/** "..., according to a pilot who was on board": from token `k`, a relative clause about
 * the closing source runs to the sentence's end, no quotation or further cue in it. */
function relativeTail(ctx: SentenceContext, k: number): boolean {
  const { tokens, pack } = ctx;
  const at = tokens[k]?.text === ',' ? k + 1 : k;
  const word = tokens[at];
  if (!word || word.type !== 'word' || ctx.quoted[at]) return false;
  if (!pack.relativePronouns.has(word.lower)) return false;
  for (let j = at + 1; j < tokens.length; j++)
    if (ctx.quoted[j] || tokens[j]?.type === 'quote' || pack.cuePhrases.matchAt(tokens, j) > 0)
      return false;
  return true;
}
