/** Small helpers the rules share. */
import type { SentenceContext } from '../context';
import { classify, sourceBefore, type FoundSource, type Span } from '../source';
import { directedSubject } from './directed-subject';
import type { Candidate } from './types';

export { matchesOutsideQuotes } from './table-matches';

/** Kinds a lead before "and her colleagues" may have: someone named, or an institution. */
const LEADS = new Set(['named_person', 'organization', 'official_body']);

/**
 * "Jane Roe and her colleagues found that ...", "Roe and colleagues reported ...": the people
 * someone works with speak with that person, who is the source (the text keeps them all).
 */
export function withLead(
  ctx: SentenceContext,
  found: { source: FoundSource; span: Span },
): { source: FoundSource; span: Span } | null {
  const { tokens, pack } = ctx;
  const last = found.span.end - 1;
  if (!pack.companionNouns.has(tokens[last]?.lower ?? '')) return null;
  let j = last - 1;
  if (pack.possessives.has(tokens[j]?.lower ?? '')) j--;
  if (j < 1 || j < found.span.start - 3 || !pack.coordinators.has(tokens[j]?.lower ?? ''))
    return null;
  const lead = sourceBefore(ctx, j);
  const source = lead && lead.end === j ? classify(ctx, lead) : null;
  if (!lead || !source || !LEADS.has(source.kind)) return null;
  const span = { start: lead.start, end: found.span.end };
  return { span, source: { ...source, text: tokensText(ctx, span.start, span.end) } };
}

/** A claim's candidate: the cue at tokens [at, at + len) and the source found for it (with
 * the lead of a group of colleagues, when there is one). */
export function candidateAt(
  ctx: SentenceContext,
  rule: string,
  at: number,
  len: number,
  given: { source: FoundSource; span: Span },
): Candidate {
  const found = withLead(ctx, given) ?? given;
  return {
    rule,
    cue: tokensText(ctx, at, at + len),
    cueSpan: { start: at, end: at + len },
    source: found.source,
    sourceSpan: found.span,
    rank: 2,
  };
}

export function tokensText(ctx: SentenceContext, start: number, end: number): string {
  const a = ctx.tokens[start];
  const b = ctx.tokens[end - 1];
  return a && b ? ctx.text.slice(a.start, b.end) : '';
}

/** The token before i is a quote mark or comma: `"...," kata X`, `..., said X`. */
export function afterQuoteOrComma(ctx: SentenceContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev) return false;
  if (prev.type === 'quote') return true;
  return prev.text === ',';
}

/** The sentence is the article's own question ("What did the minister say?"): it asks, it
 * attributes nothing. A question inside a quotation ("She asked: \"Why now?\"") is a
 * speaker's words, not the article's question. */
export function isQuestion(ctx: SentenceContext): boolean {
  let i = ctx.tokens.length - 1;
  while (i >= 0 && ctx.tokens[i]?.type === 'quote') i--;
  return i >= 0 && ctx.tokens[i]?.text === '?' && !ctx.quoted[i];
}

/** The source starting at token `start` speaks in a supposed case: a conditional opens its
 * clause right before it ("If a patient says ...", "whenever the data suggests ..."). */
export function inCondition(ctx: SentenceContext, start: number): boolean {
  return ctx.pack.conditionals.has(ctx.tokens[start - 1]?.lower ?? '');
}

/** Token i is a possessive name ("Smith's", "the company's"), not a pronoun's contraction. */
export function possessiveName(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word' || t.base === t.lower) return false;
  const { pack } = ctx;
  return !pack.stopwords.has(t.base) && !pack.personPronouns.has(t.base);
}

/**
 * "Economists polled by Reuters said", "Residents interviewed by the BBC said": the phrase
 * right before the verb is the agent of a participle; the speaker is the phrase before the
 * participle, and the agent (an outlet) only carried the words.
 */
export function participleAgent(
  ctx: SentenceContext,
  at: number,
  agent: Span,
): { span: Span; source: FoundSource; carrier: FoundSource } | null {
  const { tokens, pack } = ctx;
  const by = agent.start - 1;
  const participle = tokens[by - 1];
  if (agent.end !== at || !pack.agentMarkers.has(tokens[by]?.lower ?? '')) return null;
  if (tokens.slice(agent.start, at).some((t) => t.text === ',')) return null;
  if (
    !participle ||
    participle.type !== 'word' ||
    participle.cap ||
    ctx.quoted[by - 1] ||
    pack.stopwords.has(participle.lower) ||
    pack.sourceWords.has(participle.lower)
  )
    return null;
  const carrier = classify(ctx, agent);
  if (carrier?.kind !== 'media' && carrier?.kind !== 'state_media') return null;
  const span = sourceBefore(ctx, by - 1);
  const source = span ? classify(ctx, span) : null;
  // "the statement carried by KCNA said": a document only carried speaks through its carrier.
  if (!span || !source || source.kind === 'document') return null;
  return { span, source, carrier };
}

/** Is the cue at token `at` a possibility or a denial rather than a report ("users can say
 * which ...", "most people do not believe", "she never said")? A modal or negation of the
 * pack right before it, adverbs skipped. */
export function unasserted(ctx: SentenceContext, at: number): boolean {
  let i = at - 1;
  const { adverbs, unassertedMarkers } = ctx.pack;
  // A marker may also be an adverb the source search skips ("belum"): it stops here.
  while (i >= 0 && adverbs.has(ctx.tokens[i]?.lower ?? '')) {
    if (unassertedMarkers.has(ctx.tokens[i]?.lower ?? '')) break;
    i--;
  }
  // "All Might said": a capitalised word is part of a name.
  const t = ctx.tokens[i];
  return t !== undefined && !t.cap && ctx.pack.unassertedMarkers.has(t.lower);
}

/** Words of a possessive relative's noun before the verb ("whose parents", "whose own
 * doctors"). */
const MAX_RELATIVE_NOUN = 2;

/** Is the cue at token `at` the verb of a restrictive relative clause describing people
 * ("women who reported drinking coffee had ...", "children whose parents reported ...")? What they said
 * describes them; the sentence reports something else (and a relative-clause attribution is
 * nested at best). */
export function inDescribingClause(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  let i = at - 1;
  while (i >= 0 && pack.adverbs.has(tokens[i]?.lower ?? '')) i--;
  // Only a clause that picks the people out: "Jane Roe, who said ..." still names a speaker
  // the story goes on with.
  const restrictive = (r: number) => r > 0 && tokens[r - 1]?.type === 'word';
  if (pack.describingRelatives.has(tokens[i]?.lower ?? '')) return restrictive(i);
  for (let k = i; k >= 0 && i - k < MAX_RELATIVE_NOUN; k--) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return false;
    if (pack.possessiveRelatives.has(tokens[k - 1]?.lower ?? '')) return restrictive(k - 1);
  }
  return false;
}

/** Is the source people in general ("people", "many people", "a lot of people",
 * "everyone")? What they say or think is a generic saying, not an attributed claim. */
export function vagueGroup(ctx: SentenceContext, span: Span): boolean {
  const last = ctx.tokens[span.end - 1];
  if (!last || !ctx.pack.vagueGroups.has(last.lower)) return false;
  for (let i = span.start; i < span.end - 1; i++)
    if (!ctx.pack.vagueQuantifiers.has(ctx.tokens[i]?.lower ?? '')) return false;
  return true;
}

/** A cue with its source found before it that reports nothing: unasserted, said by people
 * in general, inside a clause describing people, asked of its source ("mengimbau warga
 * melapor"), or (given the cue's `end`) the verb of a free relative ("say what he believes"). */
export function noReport(ctx: SentenceContext, at: number, span: Span, end?: number): boolean {
  return (
    unasserted(ctx, at) ||
    (end !== undefined && freeRelativeObject(ctx, span.start, end, true)) ||
    vagueGroup(ctx, span) ||
    inDescribingClause(ctx, at) ||
    negatedSubject(ctx, span) ||
    directedSubject(ctx, span)
  );
}

/** Punctuation closing the clause of a free relative ("say what he believes, ..."). */
const FREE_RELATIVE_ENDS = new Set([',', '.', ';', '!', '?', ')']);

/**
 * "say what he believes, nor ...", "share what we've learned so far": a free relative opens
 * right before the source at `start`, and the verb ending at `end` says nothing after it -
 * the clause closes (`closes`), or, for a set phrase, no finite verb follows ("what we're
 * told is ..." still reports).
 */
export function freeRelativeObject(
  ctx: SentenceContext,
  start: number,
  end: number,
  closes: boolean,
): boolean {
  const { tokens, pack } = ctx;
  if (!pack.freeRelatives.has(tokens[start - 1]?.lower ?? '')) return false;
  const next = tokens[end];
  if (!closes) return !pack.finiteAuxiliaries.has(next?.lower ?? '');
  return next === undefined || FREE_RELATIVE_ENDS.has(next.text);
}

/** "Neither CBS nor Viacom explained why", "No official said": the subject is negated. */
function negatedSubject(ctx: SentenceContext, span: Span): boolean {
  const { tokens, pack } = ctx;
  const before = tokens[span.start - 1];
  const first = tokens[span.start];
  return (
    (before?.type === 'word' && pack.negatedSubjects.has(before.lower)) ||
    (first?.type === 'word' && pack.negatedSubjects.has(first.lower))
  );
}

/** A source phrase opening the sentence ends at its comma unless a second comma closes an
 * appositive there: what follows is the claim. */
export function sourceBeforeClaim(ctx: SentenceContext, span: Span): Span {
  // A number's thousands comma ("has 3,000 residents") closes no appositive.
  const digits = (k: number) => /^\d+$/u.test(ctx.tokens[k]?.text ?? '');
  const closing = (k: number) => !digits(k - 1) || !digits(k + 1);
  if (ctx.tokens[span.end]?.text === ',' && closing(span.end)) return span;
  for (let k = span.start + 1; k < span.end; k++) {
    if (ctx.tokens[k]?.text === ',' && !ctx.quoted[k]) return { start: span.start, end: k };
  }
  return span;
}
