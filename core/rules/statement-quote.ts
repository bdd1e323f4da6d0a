/**
 * "The governor released a statement on Thursday condemning “what appears to be an attack”":
 * a statement the subject issued, then a participle right before a quotation. The quoted
 * words are the statement's, so the subject's, whatever the participle (saying-clause reads
 * only participles of saying; with no quotation, "condemning the attack" is a deed).
 */
import type { SentenceContext } from '../context';
import { participleForm } from '../source';
import { speakerBefore } from './speaker-before';
import type { Candidate, Rule } from './types';
import { tokensText } from './util';

/** Words between the statement and its participle ("on Thursday night"). */
const MAX_GAP = 4;

/** Words a quotation holds to be the statement's words, not a term it used ("welcoming “all
 * fans” back"). */
const MIN_QUOTED_WORDS = 4;

function quotedWords(ctx: SentenceContext, open: number): number {
  let n = 0;
  for (let k = open + 1; k < ctx.tokens.length && ctx.quoted[k]; k++) {
    const t = ctx.tokens[k];
    if (t?.type === 'quote') break;
    if (t?.type === 'word') n++;
  }
  return n;
}

/** The participle after the statement phrase ending at `end`, right before an opening
 * quotation of some words, with only plain words between; or -1. */
function participleBeforeQuote(ctx: SentenceContext, end: number): number {
  const { tokens, quoted } = ctx;
  for (let p = end; p < tokens.length && p - end <= MAX_GAP; p++) {
    const t = tokens[p];
    if (!t || t.type !== 'word' || quoted[p]) return -1;
    const next = tokens[p + 1];
    if (participleForm(ctx.pack, t) && next?.type === 'quote' && quoted[p + 1] === true)
      return quotedWords(ctx, p + 1) >= MIN_QUOTED_WORDS ? p : -1;
  }
  return -1;
}

export const statementQuote: Rule = {
  id: 'statement-quote',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { tokens, pack } = ctx;
    for (let s = 0; s < tokens.length; s++) {
      if (ctx.quoted[s] || !pack.cueWords.has(tokens[s]?.lower ?? '')) continue;
      const len = pack.statementIssued.matchAt(tokens, s);
      if (!len) continue;
      const at = participleBeforeQuote(ctx, s + len);
      if (at < 0) continue;
      const found = speakerBefore(ctx, s);
      if (!found || found.source.kind === 'unattributed') continue;
      out.push({
        rule: this.id,
        cue: tokensText(ctx, s, s + len),
        cueSpan: { start: at, end: at + 1 },
        source: found.source,
        sourceSpan: found.span,
        rank: 2,
      });
    }
    return out;
  },
};
