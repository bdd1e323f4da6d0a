/**
 * "Mayor Tomas Hendel met reporters and said ...", "The firm outlined its plan on Monday and
 * stated ...": the subject a coordinated verb of saying shares is everything before the
 * sentence's first verb, not the first word a lexicon knows in it ("Mayor") nor the first
 * verb's object ("reporters"). The first verb is a lower-case auxiliary or past form (by the
 * pack's lists of irregular pasts, or by a finite ending that is also a participle's); one right after a
 * relative pronoun belongs to the subject ("People who saw the crash called ...").
 */
import type { SentenceContext } from '../context';
import { classify, type Span } from '../source';
import { trimLeft } from '../source/collect';
import { timeTrimmed } from '../source/find-after';
import type { Token } from '../text';

/** Words in the longest subject read here ("Varnia's finance minister, Petra Olm,"). */
const MAX_SUBJECT = 10;

/** Words from the clause's start to its coordinator read here. */
const MAX_CLAUSE = 40;

/** A finite verb at token k: a lower-case auxiliary or past form. */
export function verbAt(ctx: SentenceContext, k: number): boolean {
  const { pack } = ctx;
  const t = ctx.tokens[k] as Token;
  if (t.type !== 'word' || t.cap) return false;
  // "Damascus has dismissed ...", "Walton did not say ...": an auxiliary opens the verb.
  if (pack.finiteAuxiliaries.has(t.lower)) return true;
  if (pack.irregularPasts.has(t.lower) || pack.irregularPastObjects.has(t.lower)) return true;
  return pack.data.finiteVerbEndings.some(
    (e) =>
      pack.data.participleEndings.includes(e) &&
      t.lower.length > e.length + 2 &&
      t.lower.endsWith(e),
  );
}

function commaNotApposition(ctx: SentenceContext, span: Span): boolean {
  const { tokens, pack } = ctx;
  let last = -1;
  for (let k = span.start; k < span.end; k++) if (tokens[k]?.text === ',') last = k;
  if (last < 0) return false;
  for (let k = last + 1; k < span.end; k++)
    if (pack.coordinators.has(tokens[k]?.lower ?? '')) return false;
  return true;
}

/** The words from the clause start `from` up to the first verb before the coordinator at
 * `coordinator`, when they are a source; null when there is no such verb or they are not. */
export function subjectBeforeFirstVerb(
  ctx: SentenceContext,
  from: number,
  coordinator: number,
): Span | null {
  const { tokens, pack } = ctx;
  // "... for someone to build and tell stories": the coordinated verb is an infinitive.
  if (pack.infinitiveMarkers.has(tokens[coordinator - 2]?.lower ?? '')) return null;
  const start = trimLeft(ctx, { start: from, end: coordinator }).start;
  // "On 3 May the country ...", "More importantly, I ...": an opening phrase (its first word
  // a function word other than an article) is left to the callers' comma steps.
  const first = tokens[start]?.lower ?? '';
  if (pack.stopwords.has(first) && !pack.determiners.has(first)) return null;
  // 'Facebook has "found ...," Zuckerberg said ... but added': a quotation in the clause
  // leaves the subject to the callers.
  // A clause this long before its coordinator is left to the callers too (and each
  // coordinator's look stays bounded: "said X and said X and ...").
  if (coordinator - start > MAX_CLAUSE) return null;
  for (let k = start; k < coordinator; k++) if (ctx.quoted[k]) return null;
  for (let k = start + 1; k < coordinator - 1; k++) {
    // "On 3 May 1941 the country ...": a date in the words is an opening phrase's.
    if (/^\d/u.test(tokens[k]?.text ?? '')) return null;
    if (pack.infinitiveMarkers.has(tokens[k - 1]?.lower ?? '')) continue;
    if (!verbAt(ctx, k)) continue;
    // A subject running on this long holds clauses of its own: left to the callers.
    if (k - start > MAX_SUBJECT) return null;
    if (pack.clauseRelatives.has(tokens[k - 1]?.lower ?? '')) continue;
    let end = timeTrimmed(ctx, start, k);
    // "A spokeswoman for the ministry, contacted by ..., declined": the comma is no subject.
    while (end > start && tokens[end - 1]?.text === ',') end--;
    const span = { start, end };
    const found = classify(ctx, span);
    // A name only guessed at is no subject to share ("On one Facebook page ...").
    if (!found || found.kind === 'unattributed' || found.basis === 'lone-name') return null;
    // A comma in the words is a person's apposition ("The minister, Petra Olm,") or a list
    // ("France, Britain and Germany"); otherwise it closes a phrase that is no subject.
    if (commaNotApposition(ctx, span) && found.kind !== 'named_person') return null;
    return span;
  }
  return null;
}
