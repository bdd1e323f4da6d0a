/**
 * "Clinton leads by 11 points in the latest Wirely/Ipsos poll", "In a new survey, 40 percent
 * backed the plan": a share stated as standing in a poll or survey. The survey is the source
 * of the figure, as with "according to the poll". Without a share the phrase is a setting
 * ("2,000 people took part in the survey"); a "poll" with no sign of an opinion poll may be a
 * vote ("won 40 percent in the 2016 poll"). A fallback (rules/index.ts): any cue of the
 * sentence is read first.
 */
import type { SentenceContext } from '../context';
import { classify, pastParticiple, type Span } from '../source';
import { digitGroupComma } from '../source/tokens';
import type { Candidate, Rule } from './types';
import { tokensText } from './util';
import { documentSource } from './document-subject';

/** Words between the marker and the survey's noun ("the latest Wirely/Ipsos"). */
const MAX_LEAD_TOKENS = 6;
/** Words after the noun before the sentence or its comma ("released on Tuesday by Ipsos"). */
const MAX_TAIL_TOKENS = 8;
const ENDS: ReadonlySet<string> = new Set(['.', '!']);
/** A share in any language's figures ("40%"). */
const PERCENT_SIGN = '%';
/** Punctuation no survey phrase holds. */
const ENDS_CLAUSE: ReadonlySet<string> = new Set([',', ';', ':', '.', '!', '?', '-', '–', '—']);

/** A sentence names a survey or a poll: the rule is asked (core/analyze.ts). */
export function namesSurvey(ctx: SentenceContext): boolean {
  const { pack, tokens } = ctx;
  return pack.surveyNouns.find(tokens) !== null || pack.pollNouns.find(tokens) !== null;
}

/** A word before "poll" telling an opinion poll: a qualifier ("latest") or a pollster's name
 * (capitalised, no day or month: "Sunday's poll" is a vote). */
function opinionSign(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.type !== 'word') return false;
  if (ctx.pack.surveyQualifiers.has(t.lower)) return true;
  return t.cap && !ctx.pack.timeWords.has(t.base) && !ctx.pack.timeWords.has(t.lower);
}

/** The survey phrase opened by the determiner at `from`: the token after its noun, or -1. */
function surveyEnd(ctx: SentenceContext, from: number, to: number): number {
  const { tokens, pack } = ctx;
  const first = tokens[from]?.lower ?? '';
  // "in surveys", "dalam survei terbaru": a noun with no article opens it too.
  const opened = pack.determiners.has(first) || pack.possessives.has(first);
  let sign = false;
  for (let k = opened ? from + 1 : from; k < to && k - from <= MAX_LEAD_TOKENS; k++) {
    if (ctx.quoted[k] || tokens[k]?.type === 'quote' || tokens[k]?.text === ',') return -1;
    const len = pack.surveyNouns.matchAt(tokens, k, to);
    if (len > 0) return k + len;
    const poll = pack.pollNouns.matchAt(tokens, k, to);
    if (poll > 0)
      return sign || pack.surveyQualifiers.has(tokens[k + poll]?.lower ?? '') ? k + poll : -1;
    if (!opened) return -1;
    sign ||= opinionSign(ctx, k);
  }
  return -1;
}

/** Words from `from` to `to` hold a share: a figure's word ("percent", "points") or a part
 * of a whole ("half of", "a majority of"). */
function holdsShare(ctx: SentenceContext, from: number, to: number): boolean {
  const { surveyFigures: figures, shareWords: shares } = ctx.pack;
  for (let k = from; k < to; k++)
    if (
      !ctx.quoted[k] &&
      (ctx.tokens[k]?.text === PERCENT_SIGN ||
        figures.matchAt(ctx.tokens, k, to) > 0 ||
        shares.matchAt(ctx.tokens, k, to) > 0)
    )
      return true;
  return false;
}

/** What may follow the survey's noun up to `last`: nothing, a participle ("released on
 * Tuesday"), a link ("by Ipsos", "of 1,000 adults"), a qualifier or a time ("last month");
 * no clause's punctuation or quotation. */
function tailTo(ctx: SentenceContext, end: number, last: number): boolean {
  const { tokens, pack } = ctx;
  if (end === last) return true;
  const next = tokens[end];
  const word = next?.lower ?? '';
  const opens =
    pastParticiple(pack, next) ||
    pack.surveyLinks.has(word) ||
    pack.surveyQualifiers.has(word) ||
    pack.timeWords.has(word);
  if (!opens || last - end > MAX_TAIL_TOKENS) return false;
  // "a survey of 1,000 adults": a comma grouping digits is no clause's.
  const inside = (k: number) =>
    ENDS_CLAUSE.has(tokens[k]?.text ?? '') && !digitGroupComma(tokens, k);
  return tokens
    .slice(end, last)
    .every((t, k) => t.type !== 'quote' && !inside(end + k) && !ctx.quoted[end + k]);
}

function candidate(ctx: SentenceContext, rule: string, marker: number, span: Span): Candidate {
  const found = classify(ctx, span);
  return {
    rule,
    cue: tokensText(ctx, marker, marker + 1),
    cueSpan: { start: marker, end: marker + 1 },
    source: found ?? documentSource(tokensText(ctx, span.start, span.end)),
    sourceSpan: span,
    rank: 1,
  };
}

export const surveyFigure: Rule = {
  id: 'survey-figure',
  find(ctx: SentenceContext): Candidate[] {
    const { tokens, pack } = ctx;
    let last = tokens.length;
    if (ENDS.has(tokens[last - 1]?.text ?? '')) last--;
    // "In a new survey, 40 percent backed the plan": the survey opens the sentence.
    if (tokens[0]?.cap && pack.surveyMarkers.has(tokens[0].lower)) {
      const comma = tokens.findIndex(
        (t, k) => t.text === ',' && !ctx.quoted[k] && !digitGroupComma(tokens, k),
      );
      const end = comma > 1 ? surveyEnd(ctx, 1, comma) : -1;
      if (end > 0 && tailTo(ctx, end, comma) && holdsShare(ctx, comma + 1, last))
        return [candidate(ctx, this.id, 0, { start: 1, end: comma })];
    }
    // "Clinton leads by 11 points in the latest poll": the survey closes it.
    for (let m = last - 1; m > 0; m--) {
      if (ctx.quoted[m] || !pack.surveyMarkers.has(tokens[m]?.lower ?? '')) continue;
      if (pack.surveyTaking.has(tokens[m - 1]?.lower ?? '')) continue;
      const end = surveyEnd(ctx, m + 1, last);
      if (end < 0 || !tailTo(ctx, end, last) || !holdsShare(ctx, 0, m)) continue;
      return [candidate(ctx, this.id, m, { start: m + 1, end: last })];
    }
    return [];
  },
};
