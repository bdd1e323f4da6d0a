/**
 * What may stand between a verb of saying and its claim without being part of it: the day
 * the words were said, an occasion ("in a statement"), only time words; and a "that" that is
 * a relative pronoun, not the claim's complementizer.
 */
import type { SentenceContext } from './context';
import { closesAt } from './source/described-name';
import { hasParticipleEnding } from './source/tokens';
import type { Token } from './text';

/**
 * "said on Monday the truce held": the day or month the words were said, right after the
 * verb, is no part of the claim. The end of such a date (a run of time words closed by a
 * capitalised name of a day or month), else `from`.
 */
export function datedEnd(ctx: SentenceContext, from: number, end: number): number {
  let k = from;
  while (k < end && ctx.pack.timeWords.has(ctx.tokens[k]?.lower ?? '')) k++;
  const last = ctx.tokens[k - 1];
  return k > from && k < end && last?.cap && ctx.tokens[k]?.type === 'word' ? k : from;
}

/** Punctuation inside a bracketed date: "(8/12)", "(8/12/2025)". */
const DATE_PUNCT = /^[()/.]$/;

/**
 * "mengatakan, Senin (8/12), pelaku ...", "Seperti dilansir Reuters, Senin (8/12), ...": a
 * date set off by commas (or a bracketed one, then a comma) right after the verb or source is
 * no part of the claim. Where the
 * words after the date's closing comma start, else `from`.
 */
export function commaDateEnd(ctx: SentenceContext, from: number, end: number): number {
  const { tokens, pack } = ctx;
  // "Dikutip dari Kompas.com (6/12/2024), ...": a bracketed date may follow the source bare.
  const comma = tokens[from]?.text === ',';
  if ((!comma && tokens[from]?.text !== '(') || ctx.quoted[from]) return from;
  let dated = false;
  for (let k = comma ? from + 1 : from; k < end && !ctx.quoted[k]; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') return dated && tokens[k + 1]?.type === 'word' ? k + 1 : from;
    const number = /^\d/.test(t.text);
    if (t.type === 'word' ? !pack.timeWords.has(t.lower) && !number : !DATE_PUNCT.test(t.text))
      return from;
    // A capitalised day or a bracketed date: "Senin (8/12)", "Selasa" (a year alone, "in
    // 2020", may date what was said).
    if (t.text === '(' || (t.type === 'word' && t.cap)) dated = true;
  }
  return from;
}

/** Only time words (and closing stops) in [from, end): "on Monday", "late on Friday"; a
 * comma may close it where a second speaker's clause follows (", but the ministry said"). */
export function timeOnly(ctx: SentenceContext, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    // "..., as Reuters reported at the time": a time phrase naming no day.
    const phrase = ctx.pack.relativeTimes.matchAt(ctx.tokens, i, end);
    if (phrase > 0) {
      i += phrase - 1;
      continue;
    }
    const t = ctx.tokens[i] as Token;
    if (t.type === 'word' ? !ctx.pack.timeWords.has(t.lower) : !/^[.,;!?]$/.test(t.text))
      return false;
  }
  return true;
}

/** Words an occasion fills after a verb ("in a statement", "at a news conference on
 * Monday"): its preposition, an occasion noun within a few words, no complementizer, and
 * no more words than an occasion takes (else a claim follows it). */
const MAX_OCCASION_LEAD = 4;
const MAX_OCCASION_WORDS = 8;
/** Token `from` opens an occasion's phrase: its preposition, an occasion noun within a few
 * words ("in an interview", "at a news conference"). */
export function occasionLead(ctx: SentenceContext, from: number): boolean {
  const { tokens, pack } = ctx;
  if (!pack.occasionPrepositions.has(tokens[from]?.lower ?? '')) return false;
  for (let i = from + 1; i <= from + MAX_OCCASION_LEAD && i < tokens.length; i++)
    if (pack.occasionNouns.matchAt(tokens, i) > 0) return true;
  return false;
}

/** Time words before an occasion's phrase, at most ("said on Tuesday morning in a speech"). */
const MAX_TIME_BEFORE_OCCASION = 3;

/** An occasion's phrase at token `from`, or after a time there ("said on Tuesday in a speech
 * to ... that"). */
export function occasionAfterTime(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k <= from + MAX_TIME_BEFORE_OCCASION; k++) {
    if (occasionLead(ctx, k)) return true;
    if (ctx.quoted[k] || !ctx.pack.timeWords.has(ctx.tokens[k]?.lower ?? '')) return false;
  }
  return false;
}

export function occasionOnly(ctx: SentenceContext, from: number, end: number): boolean {
  const { tokens, pack } = ctx;
  if (!pack.occasionPrepositions.has(tokens[from]?.lower ?? '')) return false;
  if (tokens.slice(from, end).filter((t) => t.type === 'word').length > MAX_OCCASION_WORDS)
    return false;
  let noun = false;
  for (let i = from + 1; i < end; i++) {
    const t = tokens[i] as Token;
    if (ctx.quoted[i] || t.type === 'quote' || pack.complementizers.has(t.lower)) return false;
    if (!noun && i - from <= MAX_OCCASION_LEAD && pack.occasionNouns.matchAt(tokens, i) > 0)
      noun = true;
  }
  return noun;
}

/**
 * "said the families that fled were safe": after a noun phrase the verb opens with a
 * determiner or a figure, a "that" followed by a verb is a relative pronoun, not the start of
 * what was said (the whole clause is the claim). A verb: an auxiliary, or a past form (a
 * finite ending that is also a participle's). Only where the pack's "that" can be both. A
 * name or a pronoun may open the clause too ("said Lena opposed any plan that raised fares",
 * "said he rejected any deal that ..."), not a day ("said Monday that increased costs ...").
 */
export function relativeThat(ctx: SentenceContext, from: number, that: number): boolean {
  const { tokens, pack } = ctx;
  if (pack.data.adjectivesAfterNoun) return false;
  const lead = tokens[from];
  if (!lead) return false;
  const named = lead.cap && lead.type === 'word' && !pack.timeWords.has(lead.lower);
  const pronoun =
    pack.personPronouns.has(lead.lower) ||
    pack.groupPronouns.has(lead.lower) ||
    pack.peoplePronouns.has(lead.lower);
  const opens = pack.determiners.has(lead.lower) || /^\d/u.test(lead.text);
  if (!(opens || named || pronoun)) return false;
  const next = tokens[that + 1];
  if (!next || next.type !== 'word' || next.cap || ctx.quoted[that + 1]) return false;
  if (pack.finiteAuxiliaries.has(next.lower)) return true;
  const past = (e: string) =>
    pack.data.participleEndings.includes(e) && next.lower.length > e.length + 1;
  return pack.data.finiteVerbEndings.some((e) => next.lower.endsWith(e) && past(e));
}

/**
 * "<claim>, KCNA said, without giving details", "<claim>, state media reported without
 * elaborating", "<claim>, she said, adding ...": after a closing source, a manner of telling
 * or a participle (token `from` or after its comma, past an occasion: "said in a statement,
 * adding") is no claim; the claim stands before.
 */
export function mannerTail(ctx: SentenceContext, from: number): boolean {
  const { tokens, pack } = ctx;
  const at = occasionEnd(ctx, from);
  const k = tokens[at]?.text === ',' ? at + 1 : at;
  const word = tokens[k];
  if (!word || word.type !== 'word' || ctx.quoted[k]) return false;
  if (pack.withoutMarkers.has(word.lower) || pack.participleCues.has(word.lower)) return true;
  // "<claim>, Statenews said, referring to ...": any participle after the comma glosses the
  // claim or adds a deed; the claim still stands before.
  return k > at && !word.cap && hasParticipleEnding(pack, word.lower);
}

/** Words a listener's phrase may take ("told business leaders in Beijing"). */
const MAX_LISTENER_WORDS = 8;

/** "said in a statement, adding ...": where an occasion the words were said on, starting at
 * `from` with its preposition, ends at a comma (that comma's index); `from` when none. */
export function occasionEnd(ctx: SentenceContext, from: number): number {
  const { tokens } = ctx;
  for (let k = from + 1; k <= from + MAX_OCCASION_WORDS && k < tokens.length; k++)
    if (tokens[k]?.text === ',' && !ctx.quoted[k]) return occasionOnly(ctx, from, k) ? k : from;
  return from;
}

/**
 * "<claim>, the premier told business leaders", "..., Li told the visiting envoy, Xinhua
 * said": after a claim set before its speaker, what a verb of telling takes up to the next
 * comma is its listener, no clause (no complementizer, auxiliary or quotation).
 */
export function listenerOnly(ctx: SentenceContext, verbEnd: number, end: number): boolean {
  const { tokens, pack } = ctx;
  if (!pack.tellVerbs.has(tokens[verbEnd - 1]?.lower ?? '')) return false;
  let words = 0;
  for (let k = verbEnd; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') break;
    if (ctx.quoted[k] || t.type === 'quote') return false;
    if (t.type !== 'word') continue;
    if (pack.complementizers.has(t.lower) || pack.finiteAuxiliaries.has(t.lower)) return false;
    if (++words > MAX_LISTENER_WORDS) return false;
  }
  return words > 0;
}

/** From token `k` (after a comma, if one stands there) only where, when or to whom a closing
 * speaker spoke, to the sentence's end: "..., ujar Budi saat ditemui di kantornya", ", kata
 * Budi kepada wartawan", ", kata Budi, di Jakarta". No clause of its own, no other cue. */
export function adjunctTail(ctx: SentenceContext, k: number): boolean {
  const { tokens, pack } = ctx;
  const from = tokens[k]?.text === ',' ? k + 1 : k;
  const t = tokens[from];
  if (!t || t.type !== 'word' || ctx.quoted[from] || !closesAt(ctx, from)) return false;
  for (let j = from; j < tokens.length; j++) {
    const u = tokens[j] as Token;
    if (ctx.quoted[j] || u.type === 'quote' || pack.complementizers.has(u.lower)) return false;
    if (pack.cueWords.has(u.base)) return false;
  }
  return true;
}
