/**
 * '"We were broke for years," Roe laughs.': a verb of the speaker's manner right after the
 * quotation, closing the sentence, says who spoke it. Anywhere else ("Roe laughed at the
 * joke") it reports nothing.
 */
import { claimText } from '../claim';
import type { SentenceContext } from '../context';
import { speakerBefore } from './speaker-before';
import type { Candidate } from './types';
import { candidateAt, matchesOutsideQuotes } from './util';

const CLOSERS = new Set(['.', '!', '?', ',']);

export function mannerCues(ctx: SentenceContext, rule: string): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.mannerVerbs, { lowerOnly: true })) {
    const next = tokens[at + len];
    if (next !== undefined && !(next.type !== 'word' && CLOSERS.has(next.text))) continue;
    const found = speakerBefore(ctx, at);
    if (!found || found.span.end !== at) continue;
    const mark = tokens[found.span.start - 1];
    if (mark?.type !== 'quote' || !ctx.quoted[found.span.start - 2]) continue;
    const c = candidateAt(ctx, rule, at, len, found);
    out.push({ ...c, claim: claimText(ctx, { ...c, cueSpan: { start: at, end: tokens.length } }) });
  }
  return out;
}
