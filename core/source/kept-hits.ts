/**
 * The lexicon phrases of a source span that say what it is: a word of a table that, where it
 * stands, only describes another part of the phrase is left out (a firm's name closed by a
 * document word, a people word before a document, a town's people, a trade).
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import { lexiconHits, type Hit } from './lexicon';
import type { Span } from './types';

/** A word written all in capitals (an acronym, not a surname). */
const ALL_CAPS = /^\p{Lu}[\p{Lu}\d]+$/u;

/** Tokens of a count between a place's "of" and its people ("of nearly 3 , 000"). */
const MAX_PLACE_COUNT_TOKENS = 6;
/** Plain words between a document word and the institution it names the trade of ("data
 * analysis firm"). */
const MAX_TRADE_WORDS = 2;

/** The span's lexicon hits that speak for what it is (a firm's closing word counted as the
 * firm). */
export function keptHits(ctx: SentenceContext, span: Span): Hit[] {
  const all = lexiconHits(ctx, span).map((h) =>
    firmName(ctx, span, h)
      ? { ...h, table: 'organizations' as const }
      : titledRole(ctx, span, h)
        ? { ...h, table: 'roles' as const }
        : h,
  );
  return all.filter(
    (h) =>
      !(
        (h.table === 'anonymous' || h.table === 'unnamedOfficials') &&
        capitalAfterCapital(ctx, span, h)
      ) &&
      !(h.table === 'documents' && inInstitutionName(ctx, h, all)) &&
      !(h.table === 'documents' && surname(ctx, span, h, all)) &&
      !(h.table === 'documents' && agencyOfPlace(ctx, span, h, all)) &&
      !(h.table === 'documents' && tradeOf(ctx, h, all)) &&
      // "the user guide", "a witness statement", "an official statement": a people word right
      // before a document's word only says whose document it is.
      !(
        (h.table === 'anonymous' || h.table === 'unnamedOfficials') &&
        all.some((o) => o.table === 'documents' && o.at === h.at + h.len)
      ) &&
      !(h.table === 'anonymous' && peopleOfPlace(ctx, span, h)),
  );
}

/** A capitalised people word right after another capital: a word of a name ("The United
 * Food and Commercial Workers union"), not people speaking. */
function capitalAfterCapital(ctx: SentenceContext, span: Span, h: Hit): boolean {
  const { tokens } = ctx;
  return (
    h.at > span.start &&
    !!tokens[h.at]?.cap &&
    !!tokens[h.at - 1]?.cap &&
    // "Some Democrats said": a function word or a count is capitalised only for opening the
    // sentence.
    !ctx.pack.stopwords.has(tokens[h.at - 1]?.lower ?? '') &&
    !ctx.pack.determiners.has(tokens[h.at - 1]?.lower ?? '') &&
    // "Sejumlah ASN", "Seorang PNS": an acronym counted is people, not a name's word.
    !(ALL_CAPS.test(tokens[h.at]?.text ?? '') && countedAt(ctx, h.at))
  );
}

/** "Foreign Ministry Spokesman Jane Roe": an unnamed official's word written as a title after
 * its body's capitals, with a name after it, is the person's role; the name that follows is
 * the speaker's, not one more word of a name run. */
function titledRole(ctx: SentenceContext, span: Span, h: Hit): boolean {
  const { tokens, pack } = ctx;
  if (h.table !== 'unnamedOfficials' || !capitalAfterCapital(ctx, span, h)) return false;
  if (pack.roles.matchAt(tokens, h.at, span.end) !== h.len) return false;
  const next = tokens[h.at + h.len];
  return next?.type === 'word' && !!next.cap;
}

/** A determiner counting people stands right before token `at` ("seorang", "sejumlah"). */
function countedAt(ctx: SentenceContext, at: number): boolean {
  return ctx.pack.determiners.has(ctx.tokens[at - 1]?.lower ?? '');
}

/** "Police in Avon, a town of about 3,000 people, said": the people a place holds describe
 * it; they are not the speaker. */
function peopleOfPlace(ctx: SentenceContext, span: Span, h: Hit): boolean {
  const { tokens, pack } = ctx;
  const digit = (k: number): boolean => /^\d/u.test(tokens[k]?.text ?? '');
  for (let k = h.at - 1; k > span.start && h.at - k <= MAX_PLACE_COUNT_TOKENS; k--) {
    const t = tokens[k] as Token;
    if (pack.placeCountLinks.has(t.lower)) return pack.placeNouns.has(tokens[k - 1]?.lower ?? '');
    // Only a number and the words rounding or scaling it ("about", "2 million") between.
    const number = digit(k) || t.text === ',';
    const rounding = t.type === 'word' && !t.cap && (digit(k + 1) || digit(k - 1));
    if (!number && !rounding) return false;
  }
  return false;
}

/** "Northwind Research said": a firm's word of the pack, capitalised after another word of
 * the name, closes the firm's name. */
function firmName(ctx: SentenceContext, span: Span, h: Hit): boolean {
  const { tokens, pack } = ctx;
  const t = tokens[h.at];
  const prev = tokens[h.at - 1];
  return (
    h.table === 'documents' &&
    h.len === 1 &&
    h.at > span.start &&
    t?.cap === true &&
    pack.firmDocuments.has(t.lower) &&
    prev?.type === 'word' &&
    prev.cap
  );
}

/** "a data analysis firm", "the statistics office": a document word a couple of plain words
 * before an institution's word names the institution's trade; the institution speaks. */
function tradeOf(ctx: SentenceContext, h: Hit, all: readonly Hit[]): boolean {
  const { tokens, pack } = ctx;
  // Where modifiers follow the noun the document is the institution's ("data kementerian").
  if (pack.data.adjectivesAfterNoun) return false;
  const after = h.at + h.len;
  const institution = all.find(
    (o) =>
      (o.table === 'organizations' || o.table === 'bodies') &&
      o.at >= after &&
      o.at <= after + MAX_TRADE_WORDS,
  );
  if (!institution) return false;
  for (let k = after; k < institution.at; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || t.cap || pack.stopwords.has(t.lower)) return false;
  }
  return true;
}

/** "The Bureau of Labor Statistics", "the Institute for Fiscal Studies": a capitalised
 * document word closing an institution's name is part of the name, not a document. */
function inInstitutionName(ctx: SentenceContext, h: Hit, all: readonly Hit[]): boolean {
  const { tokens, pack } = ctx;
  if (!tokens[h.at]?.cap || pack.titleDocuments.has(tokens[h.at]?.lower ?? '')) return false;
  const institution = all.find(
    (o) =>
      o.at < h.at && (o.table === 'bodies' || o.table === 'organizations') && tokens[o.at]?.cap,
  );
  if (!institution) return false;
  for (let k = institution.at + institution.len; k < h.at; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || !(t.cap || pack.connectors.has(t.lower))) return false;
  }
  return true;
}

/** Tables whose words, heading an appositive, say it describes a thing, not a person. */
const THING_TABLES: ReadonlySet<string> = new Set([
  'documents',
  'organizations',
  'bodies',
  'media',
  'stateMedia',
]);

/**
 * "Tom Survey, a fisherman, said", "Ana Poll, 45, said", "Ed Notice, who runs the shop":
 * a capitalised document word right after a first capital opening the phrase (no article)
 * is a surname when what follows says the two are a person: an age, "who", or an
 * appositive whose own words (before any "at", "of") name no document or institution.
 */
function surname(ctx: SentenceContext, span: Span, h: Hit, all: readonly Hit[]): boolean {
  const { tokens, pack } = ctx;
  const given = tokens[h.at - 1];
  if (h.len !== 1 || h.at - 1 !== span.start || !tokens[h.at]?.cap) return false;
  if (!given || given.type !== 'word' || !given.cap || ctx.quoted[h.at]) return false;
  if (ALL_CAPS.test(tokens[h.at]?.text ?? '') || all.some((o) => o.at === span.start)) return false;
  if (tokens[h.at + 1]?.text !== ',') return false;
  const next = tokens[h.at + 2];
  if (!next || next.type !== 'word') return false;
  if (/^\d{1,3}$/u.test(next.text) || pack.relativePronouns.has(next.lower)) return true;
  if (!pack.singularDeterminers.has(next.lower)) return false;
  // The appositive's own words, up to a locative ("a hydrologist at Delmar University").
  let end = h.at + 3;
  while (
    end < span.end &&
    tokens[end]?.type === 'word' &&
    !pack.locatives.has(tokens[end]?.lower ?? '')
  )
    end++;
  return end > h.at + 3 && !all.some((o) => o.at > h.at && o.at < end && THING_TABLES.has(o.table));
}

/** "Statistics Canada said", "Statistics Norland reported": a capitalised document word
 * opening a name that a place closes names the place's agency for that work, not a document. */
function agencyOfPlace(ctx: SentenceContext, span: Span, h: Hit, all: readonly Hit[]): boolean {
  if (h.at !== span.start || !ctx.tokens[h.at]?.cap) return false;
  return all.some(
    (o) => o.table === 'places' && o.at === h.at + h.len && o.at + o.len === span.end,
  );
}
