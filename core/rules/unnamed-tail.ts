/**
 * What follows an unnamed source after "according to" and still describes it: "people
 * familiar with the matter", "two officials briefed on the plan", "a senior official who
 * asked not to be named". Those words are no part of the claim.
 */
import type { SentenceContext } from '../context';
import {
  classify,
  nounPhraseAfter,
  participleForm,
  pastParticiple,
  type FoundSource,
  type Span,
} from '../source';
import { plainWord } from '../source/source-word';
import { tokensText } from './util';
import { UNNAMED_KINDS } from '../source-kind-groups';

/** Longest phrase of the pack for unnamed people ending in its linking word, in words. */
const MAX_LINKED_WORDS = 4;

/**
 * "according to people familiar with the matter", "someone close to the council": a phrase of
 * the pack for unnamed people that ends in the word linking them to what they know or stand
 * near takes the words linked too (they are no part of the claim). The grown span, or null.
 */
export function linkedDescription(ctx: SentenceContext, span: Span): Span | null {
  const { tokens, pack } = ctx;
  // The span may stop before the linking word ("sources close | to the mayor").
  for (const link of [span.end, span.end + 1]) {
    if (!pack.stopwords.has(tokens[link - 1]?.lower ?? '')) continue;
    const phrase = [pack.anonymous, pack.unnamedOfficials].some((table) => {
      for (let n = 2; n <= MAX_LINKED_WORDS && link - n >= span.start; n++)
        if (table.matchAt(tokens, link - n, link) === n) return true;
      return false;
    });
    if (!phrase) continue;
    const object = nounPhraseAfter(ctx, link);
    // Only up to the clause's end: "..., the vote will be delayed" stays the claim.
    if (!object || tokens[object.end]?.type === 'word') return null;
    return { start: span.start, end: object.end };
  }
  return null;
}

/** Longest description after an unnamed source, in tokens. */
const MAX_TAIL_TOKENS = 16;

/** "menurut seorang sumber yang mengetahui | persoalan ini, ...": the phrase found stops inside
 * its own relative clause (the lexicon's "sumber yang mengetahui"); the clause runs on. */
function relativeInside(ctx: SentenceContext, span: Span): boolean {
  const { tokens, pack } = ctx;
  for (let k = span.start + 1; k < span.end; k++) {
    const w = tokens[k]?.lower ?? '';
    if (!ctx.quoted[k] && pack.clauseRelatives.has(w) && !pack.complementizers.has(w)) return true;
  }
  return false;
}

/** Words no lexicon knows that may qualify an unnamed noun after it ("sumber terpercaya"). */
const MAX_PLAIN_TAIL = 2;

/** "Menurut sumber terpercaya, ...": where modifiers follow the noun, a word or two no lexicon
 * knows between the noun and the clause's comma qualify it. */
function plainTail(ctx: SentenceContext, end: number): boolean {
  if (!ctx.pack.data.adjectivesAfterNoun) return false;
  let k = end;
  while (k - end < MAX_PLAIN_TAIL && plainWord(ctx, k)) k++;
  return k > end && ctx.tokens[k]?.text === ',';
}

/**
 * "according to two officials briefed on the plan, ...", "..., according to a diplomat
 * involved in the talks", "according to an official who asked not to be named, ...": an
 * unnamed source (span) followed by a link to what it knows, a participle or a relative
 * clause, running to the clause's comma or the sentence's end. The grown span, or null.
 * With the cue opening the sentence the description must close at a comma, else it would
 * swallow the claim ("According to residents fighting raged ...").
 */
export function describedUnnamed(ctx: SentenceContext, cue: number, span: Span): Span | null {
  const { tokens, pack } = ctx;
  const first = tokens[span.end];
  if (!first || first.type !== 'word' || first.cap || ctx.quoted[span.end]) return null;
  const opens =
    pack.acquaintanceLinks.matchAt(tokens, span.end) > 0 ||
    (pack.clauseRelatives.has(first.lower) && !pack.complementizers.has(first.lower)) ||
    pastParticiple(pack, first) ||
    participleForm(pack, first) ||
    relativeInside(ctx, span) ||
    plainTail(ctx, span.end);
  if (!opens) return null;
  let end = span.end;
  while (
    end < tokens.length &&
    tokens[end]?.text !== ',' &&
    !/^[.!?;:]$/u.test(tokens[end]?.text ?? '')
  ) {
    // "citing officials who said the road was shut": a verb of saying of its own makes the
    // clause their claim, no description.
    if (ctx.quoted[end] || end - span.end >= MAX_TAIL_TOKENS) return null;
    if (pack.speakerVerbs.matchAt(tokens, end) > 0) return null;
    end++;
  }
  const claimBefore = tokens.slice(0, cue).some((t) => t.type === 'word');
  const atComma = tokens[end]?.text === ',' && tokens.slice(end).some((t) => t.type === 'word');
  if (!atComma && !(claimBefore && !tokens.slice(end).some((t) => t.type === 'word'))) return null;
  return { start: span.start, end };
}

/**
 * '"...," said a banker close to the deal', "..., said a source familiar with the plan who
 * ...": the phrase found after the verb stops inside the words tying an unnamed person to
 * what they know ("close | to"). The person's head with the tie and its object, or null.
 */
export function acquaintedAfter(
  ctx: SentenceContext,
  span: Span,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  for (let k = span.start + 1; k <= span.end; k++) {
    const len = pack.acquaintanceLinks.matchAt(tokens, k);
    if (len === 0 || ctx.quoted[k] || k + len <= span.end) continue;
    const head = classify(ctx, { start: span.start, end: k });
    if (!head || !UNNAMED_KINDS.has(head.kind)) return null;
    const object = nounPhraseAfter(ctx, k + len);
    if (!object) return null;
    const whole = { start: span.start, end: object.end };
    return { span: whole, source: { ...head, text: tokensText(ctx, whole.start, whole.end) } };
  }
  return null;
}
