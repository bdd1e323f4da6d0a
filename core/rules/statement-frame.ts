/**
 * "In a statement, ...", "Dalam keterangan tertulis, ...": a written statement is the
 * source when no speaker is named in the sentence (a named speaker outranks it).
 * When the statement frames a clause whose subject is a person or an institution ("Okafor
 * in a statement welcomed ...", "In a statement on its website, the guild urged ..."),
 * that subject speaks through the statement.
 */
import type { SentenceContext } from '../context';
import { classify, collectSubject, sourceBefore, type FoundSource, type Span } from '../source';
import { subjectBeforeFirstVerb, verbAt as finiteVerbAt } from './first-verb-subject';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';
import { documentSource } from './document-subject';

/** Kinds a statement's author may have: someone who issues statements. */
const AUTHORS = new Set(['named_person', 'official_body', 'organization', 'unnamed_official']);
/** Words between the frame and the comma that closes it ("on its website"). */
const MAX_FRAME_TAIL = 8;

/** A lower-case word outside quotes at token `i`: the clause's verb can stand there. */
function verbAt(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t?.type === 'word' && !t.cap && !ctx.quoted[i];
}

function author(
  ctx: SentenceContext,
  span: Span | null,
): { span: Span; source: FoundSource } | null {
  const source = span ? classify(ctx, span) : null;
  return span && source && AUTHORS.has(source.kind) ? { span, source } : null;
}

/** The comma closing a frame that opens the sentence ("In a statement posted on its
 * website, ..."), or -1. */
function frameEnd(ctx: SentenceContext, at: number, len: number): number {
  const { tokens } = ctx;
  if (at !== 0) return -1;
  let comma = at + len;
  while (comma - at - len < MAX_FRAME_TAIL && tokens[comma] && tokens[comma]?.text !== ',') comma++;
  return tokens[comma]?.text === ',' && !ctx.quoted[comma] ? comma : -1;
}

/** Longest subject read before the sentence's first verb, in tokens ("Dottie Roe, the chair
 * of the Vermont Democratic Party,"). */
const MAX_SUBJECT_TOKENS = 20;

/** The words before the sentence's first finite verb (not a relative clause's), ahead of
 * token `end`: a long subject with its appositive. */
function subjectBeforeVerb(ctx: SentenceContext, end: number): Span | null {
  const { tokens, pack } = ctx;
  for (let k = 1; k < Math.min(end, MAX_SUBJECT_TOKENS); k++) {
    if (ctx.quoted[k]) return null;
    if (!finiteVerbAt(ctx, k) || pack.clauseRelatives.has(tokens[k - 1]?.lower ?? '')) continue;
    let stop = k;
    while (stop > 0 && tokens[stop - 1]?.text === ',') stop--;
    return stop > 0 ? { start: 0, end: stop } : null;
  }
  return null;
}

/** Who the statement's clause is about: its subject, right before the frame or after it. */
function frameSpeaker(
  ctx: SentenceContext,
  at: number,
  len: number,
): { span: Span; source: FoundSource } | null {
  const { tokens } = ctx;
  // "Lee in a statement praised ...": the subject opens the sentence and ends at the frame.
  if (at > 0 && verbAt(ctx, at + len)) {
    const span = sourceBefore(ctx, at);
    if (span && span.end === at && (span.start === 0 || tokens[span.start - 1]?.text === ','))
      return author(ctx, span);
  }
  // "Lee backs the plan and in a statement praised ...": after a coordinator the frame's
  // clause shares the sentence's subject.
  if (at > 1 && ctx.pack.coordinators.has(tokens[at - 1]?.lower ?? '') && verbAt(ctx, at + len)) {
    const span = subjectBeforeFirstVerb(ctx, 0, at - 1) ?? subjectBeforeVerb(ctx, at - 1);
    if (span) return author(ctx, span);
  }
  // "In a statement on its website, the delegation called ...": the frame opens the sentence.
  const comma = frameEnd(ctx, at, len);
  if (comma < 0) return null;
  const span = collectSubject(ctx, comma + 1);
  return span && verbAt(ctx, span.end) ? author(ctx, span) : null;
}

export const statementFrame: Rule = {
  id: 'statement-frame',
  find(ctx: SentenceContext): Candidate[] {
    return matchesOutsideQuotes(ctx, ctx.pack.statementFrames).map(([at, len]) => {
      // The frame's preposition ("in", "dalam") is not part of the source.
      const text = tokensText(ctx, at + 1, at + len);
      const cue = tokensText(ctx, at, at + len);
      const speaker = frameSpeaker(ctx, at, len);
      if (speaker)
        return {
          rule: this.id,
          cue,
          cueSpan: { start: at, end: at + len },
          source: { ...speaker.source, basis: 'rule:statement-frame/author' },
          sourceSpan: speaker.span,
          rank: 1 as const,
          via: text,
        };
      // The statement with what the frame says of it ("a statement posted on its website"):
      // no part of the claim after the comma.
      const comma = frameEnd(ctx, at, len);
      const end = comma > 0 ? comma : at + len;
      return {
        rule: this.id,
        cue,
        cueSpan: { start: at, end: at + len },
        source: documentSource(tokensText(ctx, at + 1, end)),
        sourceSpan: { start: at + 1, end },
        rank: 1 as const,
      };
    });
  },
};
