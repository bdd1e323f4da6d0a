/**
 * "The report concluded ...", "the appeals court has found that ...", "Hasil Survei
 * Katadata mencatat bahwa ...", "dalam catatan berbagai platform digital menunjukkan ...":
 * verbs that attribute only when a document or an institution is their subject
 * ("Shoigu menunjukkan kepada Kim sistem rudal" is a person showing a missile).
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import { classify, sourceBefore, type FoundSource, type Span } from '../source';
import { inException } from './speaker-verb';
import type { Candidate, Rule } from './types';
import { inCondition, matchesOutsideQuotes, tokensText } from './util';

const INSTITUTIONAL: ReadonlySet<SourceKind> = new Set([
  'document',
  'official_body',
  'organization',
  'media',
  'state_media',
]);
const UNNAMED: ReadonlySet<SourceKind> = new Set(['anonymous', 'unnamed_official']);
/** How far back a document noun may head the subject ("A new report released on Monday by ..."). */
const MAX_SUBJECT_TOKENS = 20;
const DIGITS = /^\d+$/u;

/** A document noun heading the clause before the verb, with whatever describes it. */
function documentSubject(
  ctx: SentenceContext,
  verb: number,
): { span: Span; source: FoundSource } | null {
  const { tokens } = ctx;
  let start = verb - 1;
  // An acronym in brackets stays inside the subject: "A report by the Fair Labor Association (FLA)".
  // So does a number's thousands comma: "A study of 12,000 women".
  const inSubject = (k: number) => {
    const t = tokens[k];
    if (t?.text === ',')
      return DIGITS.test(tokens[k - 1]?.text ?? '') && DIGITS.test(tokens[k + 1]?.text ?? '');
    return t?.type === 'word' || t?.text === '(' || t?.text === ')';
  };
  while (start >= 0 && verb - start <= MAX_SUBJECT_TOKENS && !ctx.quoted[start] && inSubject(start))
    start--;
  start++;
  const hit = ctx.pack.documents.find(tokens, start, verb);
  if (!hit) return null;
  // Take in a determiner up to two describing words back: "A new report", "the 2015 plan".
  let from = hit.at;
  for (let k = 1; k <= 3 && hit.at - k >= start; k++) {
    if (ctx.pack.determiners.has(tokens[hit.at - k]?.lower ?? '')) {
      from = hit.at - k;
      break;
    }
  }
  const span = { start: from, end: verb };
  const text = tokensText(ctx, span.start, span.end);
  return {
    span,
    source: {
      text,
      kind: 'document',
      name: null,
      role: null,
      outlet: null,
      resolvesTo: null,
      reasons: [],
    },
  };
}

export const findingVerb: Rule = {
  id: 'finding-verb',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.findingVerbs, { lowerOnly: true })) {
      // "the cast of the show": after a determiner the word is a noun, not a verb.
      if (ctx.pack.determiners.has(ctx.tokens[at - 1]?.lower ?? '') || inException(ctx, at))
        continue;
      let found: { span: Span; source: FoundSource } | null = documentSubject(ctx, at);
      if (!found) {
        let span = sourceBefore(ctx, at);
        const prev = ctx.tokens[at - 1];
        if (!span && prev && ctx.pack.clauseRelatives.has(prev.lower))
          span = sourceBefore(ctx, at - 1);
        const source = span ? classify(ctx, span) : null;
        // "Researchers found that ...": with a complementizer the verb reports an unnamed
        // group's finding, not a thing found. A person's "showed that" is left out: in
        // features it is mostly history ("In 1936, Turing showed that ..."), not a source.
        const reported =
          ctx.pack.complementizers.has(ctx.tokens[at + len]?.lower ?? '') &&
          UNNAMED.has(source?.kind ?? 'unattributed');
        if (span && source && (INSTITUTIONAL.has(source.kind) || reported))
          found = { span, source };
      }
      if (!found || inCondition(ctx, found.span.start)) continue;
      out.push({
        rule: this.id,
        cue: tokensText(ctx, at, at + len),
        cueSpan: { start: at, end: at + len },
        source: found.source,
        sourceSpan: found.span,
        rank: 2,
      });
    }
    return out;
  },
};
