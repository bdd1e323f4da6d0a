/**
 * Helpers of the speaker-verb rule for its subject: a bare first word that is no speaker and
 * the subject set apart from its verb by a stray comma or a phrase of where or when. The
 * phrase a relative clause hangs on: relative-head.ts.
 */
import type { SentenceContext } from '../context';
import { openingCommaStarts } from './opening-subject';
import { classify, collectSubject, sourceAfter, type FoundSource, type Span } from '../source';
import { subjectBeforeFirstVerb } from './first-verb-subject';
import type { Token } from '../text';
import { interposerBefore, interposerIndexBefore, subjectEndBefore } from './interposer-before';
import { placedAsideOpenings } from './place-aside';

/** One capitalised word no lexicon, outlet or earlier mention knows, opening the sentence:
 * "Prices rose and ..." has no speaker. */
export function bareFirstWord(ctx: SentenceContext, span: Span): boolean {
  const only = span.end - span.start === 1 ? ctx.tokens[span.start] : undefined;
  if (!only || ctx.pack.sourceWords.has(only.lower)) return false;
  const source = classify(ctx, span);
  return (
    source?.kind === ctx.pack.data.loneNameKind &&
    !source.outlet &&
    !source.resolvesTo &&
    !source.basis?.includes('evidence')
  );
}

/** Dashes that open a clause of their own when set between spaces. */
const DASH_BREAKS = new Set(['-', '–', '—', '--']);

/** The last semicolon or dash set between spaces, outside quotations, before token `at`,
 * where a clause of its own begins; -1 when there is none. */
export function clauseBreakBefore(ctx: SentenceContext, at: number): number {
  const { tokens, text } = ctx;
  for (let k = at - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (ctx.quoted[k]) continue;
    if (t.text === ';') return k;
    if (DASH_BREAKS.has(t.text) && text[t.start - 1] === ' ' && text[t.end] === ' ') return k;
  }
  return -1;
}

/** Words a phrase between a subject and its verb may hold ("saat ditemui di kantornya"). */
const MAX_INTERPOSED_WORDS = 6;
/** Tokens an aside between commas may hold, a bracketed date included. */
const MAX_ASIDE_TOKENS = 14;
/** Parts of a date that are no word: brackets, slashes, stops and figures ("(9/12)"). */
export const DATE_PARTS = /^(?:[()/.]|\d+)$/;
const DASHES = new Set(['-', '–', '—', '--']);
const CLAUSE_END = new Set([',', '.', ';', '!', '?']);

type Finder = (ctx: SentenceContext, at: number) => { span: Span; source: FoundSource } | null;

/** Where a date set off by a comma ("Pada 19 Mei,", "On Monday,") and ending at token `end`
 * starts, or -1. */
function dateBefore(ctx: SentenceContext, end: number): number {
  const { tokens, pack } = ctx;
  if (tokens[end + 1]?.text !== ',') return -1;
  let k = end;
  let dated = false;
  for (; k >= 0 && !ctx.quoted[k]; k--) {
    const t = tokens[k] as Token;
    const number = /^\d/.test(t.text);
    if (t.type === 'word' ? !pack.timeWords.has(t.lower) && !number : !DATE_PARTS.test(t.text))
      break;
    if (number || (t.type === 'word' && t.cap)) dated = true;
  }
  return dated ? k + 1 : -1;
}

/** Only openers, punctuation, a dateline ("JAKARTA, KOMPAS.com -") or a date before its
 * comma before token `start`. */
function opensSentence(ctx: SentenceContext, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const t = ctx.tokens[i] as Token;
    if (DASHES.has(t.text)) return true;
    const date = dateBefore(ctx, i);
    if (date >= 0) {
      i = date;
      continue;
    }
    if (t.type === 'word' && ctx.pack.openers.matchAt(ctx.tokens, i) === 0) {
      // A multi-word opener ("Sementara itu") ends here: step over its first word.
      const k = ctx.pack.openers.matchAt(ctx.tokens, i - 1) === 2 ? i - 1 : -1;
      if (k < 0) return false;
      i = k;
    }
  }
  return true;
}

/** Is the phrase `near` (ending at the verb) reached through an interposer ("Menteri X
 * dalam keterangannya menegaskan", "Budi saat ditemui mengatakan"), so that the speaker
 * stands before it? Not when a named person with a role follows "melalui"/"lewat": "Kapolres
 * X melalui Kasat Reskrim AKP Y mengatakan" - Y speaks, for X. */
export function throughInterposer(
  ctx: SentenceContext,
  near: { span: Span; source: FoundSource },
): boolean {
  const { pack } = ctx;
  // "Citra saat dihubungi Kompas.com menambahkan": the outlet is who reached the speaker.
  const before = interposerBefore(ctx, near.span.start);
  if (!before) return false;
  return !(
    pack.relayPrepositions.has(before) &&
    near.source.kind === 'named_person' &&
    near.source.name !== null &&
    near.source.role !== null
  );
}

/**
 * "Kepala Dinas X, ketika dihubungi, mengatakan", "X dalam keterangannya, Senin (2/6/2025),
 * mengatakan": a phrase of when or where set between commas right before token `at`. Returns
 * the index of its opening comma, or -1.
 */
export function asideBefore(ctx: SentenceContext, at: number): number {
  const { tokens, pack } = ctx;
  if (tokens[at - 1]?.text !== ',') return -1;
  for (let k = at - 2; k > 0 && at - k <= MAX_ASIDE_TOKENS; k--) {
    const t = tokens[k] as Token;
    if (ctx.quoted[k]) return -1;
    const first = tokens[k + 1]?.lower ?? '';
    if (t.text === ',')
      return k < at - 2 &&
        (pack.interposers.has(first) || pack.timeWords.has(first) || pack.asideOpeners.has(first))
        ? k
        : -1;
    // A date in brackets may stand in it: "Senin (2/6/2025)".
    if (t.type !== 'word' && !DATE_PARTS.test(t.text)) return -1;
  }
  return -1;
}

/**
 * "Budi Santoso, mengatakan ...", "Menteri X dalam keterangannya menegaskan, ...", "Budi saat
 * ditemui mengatakan ...": the subject opening the sentence, then a stray comma or a phrase
 * of where or when, then the verb. Asked only when nothing stands right before the verb.
 */
export function interposedSpeaker(
  ctx: SentenceContext,
  at: number,
  after: number,
  find: Finder,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  // "Darto saat ditemui di Desa X, Kecamatan Y, Senin, mengatakan": a place's own commas.
  for (const k of placedAsideOpenings(ctx, at)) {
    const comma = tokens[k - 1]?.text === ',' && !ctx.quoted[k - 1];
    const found = subjectEndingAt(ctx, comma ? k - 1 : k, find);
    if (found) return found;
  }
  let end = asideBefore(ctx, at);
  // "Citra, saat dihubungi, Selasa, menambahkan": two asides in a row; `at` is the comma
  // opening the later one, which closes the earlier.
  if (end < 0 && tokens[at]?.text === ',' && !ctx.quoted[at]) end = asideBefore(ctx, at + 1);
  if (end >= 0) {
    // "Budi, saat dihubungi, mengatakan": the aside between commas is passed over; "Budi
    // dalam keterangannya, Senin (2/6), mengatakan": and a phrase of its own before it.
    return subjectEndingAt(ctx, end, find) ?? interposedSpeaker(ctx, end, after, find);
  } else if (tokens[at - 1]?.text === ',') {
    // "..., say defence lawyers.": after a comma, a verb with its source after it.
    const source = sourceAfter(ctx, after);
    const close = source ? tokens[source.end] : undefined;
    if (source && (!close || CLAUSE_END.has(close.text))) return null;
    end = at - 1;
  } else {
    // "Citra saat dikonfirmasi melalui pesan singkat mengatakan": the nearest interposer
    // may open a phrase inside the one that follows the subject; try each, nearest first.
    for (let k = at - 1; k > 0 && at - k <= MAX_INTERPOSED_WORDS; k--) {
      const t = tokens[k] as Token;
      if (t.type !== 'word' || ctx.quoted[k]) break;
      if (!pack.interposers.has(t.lower)) continue;
      const found = subjectEndingAt(ctx, subjectEndBefore(ctx, k), find);
      if (found) return found;
    }
    // "Ketua fraksi X di hadapan Ketua Umum Partai Y Dimas Pratama menegaskan": a long phrase
    // after the interposer, found whole before the verb; the subject stands before it.
    const near = find(ctx, at);
    const k = near ? interposerIndexBefore(ctx, near.span.start) : -1;
    return k > 0 ? subjectEndingAt(ctx, subjectEndBefore(ctx, k), find) : null;
  }
  return subjectEndingAt(ctx, end, find);
}

/** The subject opening the sentence and ending at token `end`; when `end` is the comma
 * opening an aside, also an appositive that comma closes ("Kepala Humas X, Kombes Budi,
 * saat dihubungi, mengatakan": the phrase found before it alone is only the rank and name). */
function subjectEndingAt(
  ctx: SentenceContext,
  end: number,
  find: Finder,
): { span: Span; source: FoundSource } | null {
  const found = subjectClosedAt(ctx, end, find);
  if (found || ctx.tokens[end]?.text !== ',' || ctx.quoted[end]) return found;
  const appositive = subjectClosedAt(ctx, end + 1, find);
  // Not a phrase of when or where taken for the appositive's description.
  const { tokens, pack } = ctx;
  const span = appositive?.span;
  for (let k = span?.start ?? 0; span && k < span.end; k++) {
    const t = tokens[k] as Token;
    if (t.type === 'word' && !t.cap && pack.interposers.has(t.lower)) return null;
  }
  return appositive;
}

function subjectClosedAt(
  ctx: SentenceContext,
  end: number,
  find: Finder,
): { span: Span; source: FoundSource } | null {
  // "Lurah X, Budi, saat dikonfirmasi membenarkan": the appositive's closing comma may
  // stand before the phrase of when or where.
  const comma = ctx.tokens[end - 1]?.text === ',' && ctx.tokens[end - 2]?.type === 'word';
  // "Kepala Badan Pusat Statistik (BPS), mengatakan": an abbreviation in brackets may close it.
  const bracket = ctx.tokens[end - 1]?.text === ')';
  if (end <= 0 || (ctx.tokens[end - 1]?.type !== 'word' && !comma && !bracket)) return null;
  const found = find(ctx, end);
  // A guess from one capitalised word is no subject to reach over a comma for ("Fighting
  // raged in the area on Friday, said Observatory" has its source after the verb); a word
  // the article shows to be a firm or a person is ("Microsoft, dalam pernyataannya, ...").
  if (
    !found ||
    found.span.end !== (comma ? end - 1 : end) ||
    found.source.kind === 'unattributed' ||
    (found.source.basis?.startsWith('lone-name') && !found.source.basis.endsWith('-evidence'))
  )
    return null;
  return opensSentence(ctx, found.span.start) ? found : null;
}

/**
 * The sentence's subject a coordinated verb shares ("The site surveyed 300 developers but
 * noted ..."): the phrase opening the sentence, or its clause after an opening phrase and
 * comma ("In 2016, the site ..."); where the words run on into the first verb, the shortest
 * start of them that is a source.
 */
export function sharedSubject(ctx: SentenceContext, at: number): Span | null {
  // "... at all - you have to draw it and add ...": after a dash or semicolon the verb shares
  // the subject of the clause opened there ("you"), not the sentence's.
  const broken = clauseBreakBefore(ctx, at);
  const starts = broken < 0 ? [0, ...openingCommaStarts(ctx, at)] : [broken + 1];
  // "In a television interview, the captain apologized and said": a phrase opened by a
  // preposition of occasion or place and closed by a comma is no subject; the clause after
  // it holds one ("Menurut media pemerintah, ..." names the source itself: not skipped).
  const first = ctx.tokens.find((t) => t.type !== 'punct')?.lower ?? '';
  const placed = ctx.pack.occasionPrepositions.has(first) || ctx.pack.locatives.has(first);
  const fronted = broken < 0 && placed ? frontedPhraseEnd(ctx) : -1;
  for (const from of starts) {
    if (from === 0 && fronted > 0 && fronted < at - 1) continue;
    const beforeVerb = subjectBeforeFirstVerb(ctx, from, at - 1);
    if (beforeVerb) return beforeVerb;
    const subject = collectSubject(ctx, from);
    // A name only guessed at ("On one Facebook page ...") is no subject to share.
    if (!subject || subject.end > at - 1 || ctx.quoted[subject.start]) continue;
    if (bareFirstWord(ctx, subject)) continue;
    // Words running up to the coordinator take the object in: only a start of them counts.
    const whole = subject.end < at - 1 ? classify(ctx, subject) : null;
    if (whole) {
      if (whole.basis !== 'lone-name') return subject;
      continue;
    }
    for (let end = subject.start + 1; end < subject.end; end++) {
      const part = { start: subject.start, end };
      const found = classify(ctx, part);
      if (found && found.basis !== 'lone-name' && found.kind !== 'named_person') return part;
    }
  }
  return null;
}

/** The comma closing a phrase that opens the sentence with a preposition ("In an email to
 * Reuters,", "Dalam surat kepada Kompas,"), or -1. */
function frontedPhraseEnd(ctx: SentenceContext): number {
  const { tokens, pack } = ctx;
  const first = tokens.findIndex((t) => t.type !== 'punct');
  const word = tokens[first]?.lower ?? '';
  // A quotation's first word opens no phrase of the sentence ('"For now ...," X said').
  if (ctx.quoted[first] || tokens[first]?.type !== 'word') return -1;
  // "Kepada Kompas.com, Kepala Dinas X Budi mengaku", "Ketika dikonfirmasi, ...": a phrase
  // naming whom the words were for, or a clause of when, closes at its comma too; so does
  // one naming the channel ("Via Twitter, the minister said") or what the words rest on
  // ("According to a readout released by KCNA, the leader said").
  const opens =
    pack.occasionPrepositions.has(word) ||
    pack.locatives.has(word) ||
    pack.addressees.has(word) ||
    pack.relayPrepositions.has(word) ||
    pack.accordingTo.matchAt(tokens, first) > 0 ||
    pack.clauseSubordinators.has(word);
  if (!opens) return -1;
  return tokens.findIndex((t, k) => k > first && t.text === ',' && !ctx.quoted[k]);
}

/** "... bread for the harvest fair, Ellison said": a phrase opened by a preposition
 * ends at its comma; the person named after it is the subject. */
export function afterOpeningPhrase(ctx: SentenceContext, span: Span): Span {
  const { tokens, pack } = ctx;
  // "In an email to Reuters, a spokeswoman said": the comma closing a phrase that opens the
  // sentence with a preposition ends it, whatever follows.
  const fronted = frontedPhraseEnd(ctx);
  if (fronted > span.start && fronted + 1 < span.end) {
    const rest = { start: fronted + 1, end: span.end };
    if (classify(ctx, rest)) return rest;
  }
  const before = tokens[span.start - 1]?.lower ?? '';
  if (!pack.locatives.has(before) && !pack.nonClauseOpeners.has(before)) return span;
  let comma = -1;
  for (let k = span.start; k < span.end; k++)
    if (tokens[k]?.text === ',' && !ctx.quoted[k]) comma = k;
  if (comma < 0 || comma + 1 >= span.end) return span;
  const rest = { start: comma + 1, end: span.end };
  // Only a person's name after the comma: a description there is an appositive of the head.
  return classify(ctx, rest)?.kind === 'named_person' ? rest : span;
}
