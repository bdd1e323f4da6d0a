/** A document heading the clause before a speaker's verb: "A report released on Monday by
 * the agency said", "The ministry's statement says". */
import type { SentenceContext } from '../context';
import { classify, plainSource, type FoundSource, type Span } from '../source';
import { outletReportSource } from '../source/stages/outlet-document';
import { relativeClauseAt } from '../source/tokens';
import { tokensText } from './util';

/** How far back a document noun may head the subject ("A new report released on Monday by ..."). */
const MAX_SUBJECT_TOKENS = 20;
const DIGITS = /^\d+$/u;

/** An outlet named right before a document word, as the whole subject: the outlet speaks. */
function outletBeforeDocument(
  ctx: SentenceContext,
  start: number,
  at: number,
  end: number,
): { span: Span; source: FoundSource } | null {
  for (let k = at - 1; k >= start; k--) {
    const span = { start: k, end };
    const source = classify(ctx, span);
    if (source?.kind === 'state_media' || source?.kind === 'media') return { span, source };
  }
  return null;
}

/** Words describing a document or naming its owner before its noun. */
const MAX_OWNER_WORDS = 5;

/** The start of the describing and owner's words right before token `at` (see
 * documentSubject), taking in a determiner that opens them; `at` when there are none. */
function ownerWordsBefore(ctx: SentenceContext, start: number, at: number): number {
  const { tokens, pack } = ctx;
  let from = at;
  for (let k = at - 1; k >= start && at - k <= MAX_OWNER_WORDS; k--) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) break;
    if (pack.determiners.has(t.lower)) return k;
    // "the Lowick Chamber of Commerce survey": a small word inside a name.
    const inName = !t.cap && tokens[k - 1]?.cap === true && tokens[k + 1]?.cap === true;
    const small = pack.stopwords.has(t.lower) && !inName;
    if (small || pack.cueWords.has(t.lower) || pack.timeWords.has(t.lower)) break;
    from = k;
  }
  return from;
}

/** A lower-case noun that is no document word ("places" in "polling places"). */
function headAfter(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.type !== 'word' || t.cap) return false;
  if (ctx.pack.stopwords.has(t.lower) || ctx.pack.adverbs.has(t.lower)) return false;
  return !ctx.pack.documents.find(ctx.tokens, k, k + 1);
}

/** A document noun heading the clause before the verb, with whatever describes it. */
export function documentSubject(
  ctx: SentenceContext,
  verb: number,
): { span: Span; source: FoundSource } | null {
  const { tokens } = ctx;
  let start = verb - 1;
  // An acronym in brackets stays inside the subject: "A report by the Fair Labor Association (FLA)".
  // So does a number's thousands comma: "A study of 12,000 women".
  const inSubject = (k: number) => {
    const t = tokens[k];
    // So does a date's slash: "Data Kementerian X per Senin (8/12)".
    if (t?.text === ',' || t?.text === '/')
      return DIGITS.test(tokens[k - 1]?.text ?? '') && DIGITS.test(tokens[k + 1]?.text ?? '');
    return t?.type === 'word' || t?.text === '(' || t?.text === ')';
  };
  while (start >= 0 && verb - start <= MAX_SUBJECT_TOKENS && !ctx.quoted[start] && inSubject(start))
    start--;
  start++;
  const hit = ctx.pack.documents.find(tokens, start, verb);
  if (!hit) return null;
  // "we could just release it and let users find ...", "plans to report": after a modal or an
  // infinitive's marker the document's word is a verb, not the subject's noun.
  let prior = hit.at - 1;
  while (prior > 0 && ctx.pack.adverbs.has(tokens[prior]?.lower ?? '')) prior--;
  const priorWord = tokens[prior]?.lower ?? '';
  if (ctx.pack.finiteAuxiliaries.has(priorWord) || ctx.pack.infinitiveMarkers.has(priorWord))
    return null;
  // "One survey respondent identified ...", "study participants found": the document word
  // qualifies the people who speak.
  if (ctx.pack.anonymous.matchAt(tokens, hit.at + hit.len, verb) > 0) return null;
  // Take in a determiner up to two describing words back: "A new report", "the 2015 plan".
  let from = hit.at;
  for (let k = 1; k <= 3 && hit.at - k >= start; k++) {
    if (ctx.pack.determiners.has(tokens[hit.at - k]?.lower ?? '')) {
      from = hit.at - k;
      break;
    }
  }

  // "Studies have found", "The survey also found": the words before the verb are no subject.
  let end = verb;
  while (end > hit.at + hit.len && ctx.pack.adverbs.has(tokens[end - 1]?.lower ?? '')) end--;
  // "Polling places are showing": a noun right after the document's word, alone before the
  // verb, is the head; the document's word only describes it.
  // (In a language whose modifiers follow the noun the document's word is the head.)
  if (!ctx.pack.data.adjectivesAfterNoun && end === hit.at + hit.len + 1 && headAfter(ctx, end - 1))
    return null;
  // "State television footage showed", "KCNA photos showed": the outlet's own pictures.
  if (from === hit.at) {
    const own = outletBeforeDocument(ctx, start, hit.at, end);
    if (own) return own;
    // "Internal company records show", "The Harlow Trust's annual survey found": with no
    // determiner that near, the describing words and owner's name right before the noun (in
    // a language whose adjectives come first), up to a determiner, a small word or a cue.
    if (!ctx.pack.data.adjectivesAfterNoun) from = ownerWordsBefore(ctx, start, hit.at);
  }
  const span = { start: from, end };
  // "A report by Reuters said": an outlet's own report is the outlet speaking.
  const outlet = outletReportSource(ctx, span, hit);
  if (outlet) return { span, source: outlet };
  // "The paper identified ..." after "the Daily Courier reported": a word that both a
  // document and an outlet go by, pointing back to that outlet, is the outlet.
  if (ctx.pack.outletNouns.matchAt(tokens, hit.at, hit.at + hit.len) === hit.len) {
    const back = classify(ctx, span);
    if (back?.kind === 'media' || back?.kind === 'state_media') return { span, source: back };
  }
  // "The state audit office found": a document's word naming the trade of the body or firm
  // after it; the subject is that institution, classified as any other.
  // "An AP investigation found": an outlet's own report before its noun is the outlet.
  const own = ctx.pack.outletReports.matchAt(tokens, hit.at, hit.at + hit.len) === hit.len;
  const found = hit.at + hit.len < end || own ? classify(ctx, span) : null;
  const kind = found?.kind;
  if (kind === 'official_body' || kind === 'organization') return null;
  if (found && own && (kind === 'media' || kind === 'state_media')) return { span, source: found };
  const text = tokensText(ctx, span.start, span.end);
  return {
    span,
    source: documentSource(text),
  };
}

/**
 * "A memo released on Monday said", "A letter to shareholders said": a document opening the
 * clause, what was done with it or to whom after it, is the subject of a speaker's verb too.
 * Only when the document opens the subject ("The man who wrote the report said" is the man)
 * and its own words follow it, lower-case, with no possessive ("the report's author").
 */
export function openingDocument(
  ctx: SentenceContext,
  verb: number,
): { span: Span; source: FoundSource } | null {
  // "A draft of the policy, a copy of which was seen by ..., says": the document before the
  // relative clause, the clause kept in its phrase as in "The report, which ..., says".
  const comma = verb - 1;
  if (ctx.tokens[comma]?.text === ',' && !ctx.quoted[comma]) {
    const opening = relativeCommaBefore(ctx, comma);
    const head = opening > 0 ? openingDocument(ctx, opening) : null;
    if (!head || head.span.end !== opening) return null;
    const span = { start: head.span.start, end: comma };
    return { span, source: documentSource(tokensText(ctx, span.start, span.end)) };
  }
  const found = documentSubject(ctx, verb);
  if (!found) return null;
  const { tokens } = ctx;
  const { start, end } = found.span;
  if (tokens[start - 1]?.type === 'word') return null;
  const hit = ctx.pack.documents.find(tokens, start, end);
  const after = hit ? tokens[hit.at + hit.len] : undefined;
  if (!hit || hit.at + hit.len >= end || after?.type !== 'word' || after.cap) return null;
  for (let k = start; k < end; k++) if (tokens[k]?.base !== tokens[k]?.lower) return null;
  return found;
}

/** Words a relative clause set off before a verb may hold ("a copy of which was seen by"). */
const MAX_RELATIVE_TOKENS = 16;

/** The comma opening a relative clause that closes at `comma`, words only between, or -1. */
function relativeCommaBefore(ctx: SentenceContext, comma: number): number {
  for (let k = comma - 1; k >= 0 && comma - k <= MAX_RELATIVE_TOKENS; k--) {
    if (ctx.quoted[k]) return -1;
    if (ctx.tokens[k]?.type === 'word') continue;
    return relativeClauseAt(ctx, k) ? k : -1;
  }
  return -1;
}

/** A document named by its words alone: nothing known of who wrote it. */
export function documentSource(text: string): FoundSource {
  return plainSource(text, 'document');
}
