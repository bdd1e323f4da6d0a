/**
 * The clause an unnamed source's description may run in, and an unnamed source written
 * with its place ("residents of the estate in Riverside say"): shared by speaker-verb's
 * subject finding.
 */
import type { SentenceContext } from '../context';
import { firstJoinedRelative } from './joined-relative';
import type { SourceKind } from '../report';
import {
  plainSource,
  classify,
  participleForm,
  sourceBefore,
  type FoundSource,
  type Span,
} from '../source';
import type { Token } from '../text';
import { tokensText } from './util';
import { UNNAMED_KINDS } from '../source-kind-groups';

/** How far before its verb an unnamed source's description may start. */
const MAX_UNNAMED_REACH = 10;
/** Punctuation that ends the clause an unnamed description may run in. */
const CLAUSE_STOPS = new Set([',', ';', ':', '-', '–', '—', '(', ')']);

/** Where the clause holding token `at` starts: after the last comma, dash or quote before
 * it, looking back no further than an unnamed description may reach. */
export function clauseStart(ctx: SentenceContext, at: number): number {
  let i = at - 1;
  while (
    i >= 0 &&
    at - i <= MAX_UNNAMED_REACH &&
    !ctx.quoted[i] &&
    ctx.tokens[i]?.type !== 'quote' &&
    !CLAUSE_STOPS.has(ctx.tokens[i]?.text ?? '')
  )
    i--;
  return i + 1;
}

/** The clause's first word past an opener or coordinator ("But many in ...", "and those who"). */
export function clauseHeadStart(ctx: SentenceContext, at: number): number {
  const start = clauseStart(ctx, at);
  const opener = ctx.tokens[start]?.lower ?? '';
  return ctx.pack.openers.has(opener) || ctx.pack.coordinators.has(opener) ? start + 1 : start;
}

/** Words in a head noun phrase before a relative clause ("a local man who ..."). */
const MAX_HEAD_WORDS = 3;

/** Words a described person's noun may stand before its relative ("pegawai pabrik tekstil
 * yang ..."), where modifiers follow the noun. */
const MAX_DESCRIBED_WORDS = 5;

/** Start of the noun phrase ending before token `rel`: back to a determiner within a few
 * words, else to a noun for people the words up to `rel` describe, else the one word before
 * it; never before `floor`. */
export function headBefore(ctx: SentenceContext, rel: number, floor: number): number {
  for (let i = rel - 1; i >= floor && rel - i <= MAX_HEAD_WORDS; i--) {
    const t = ctx.tokens[i];
    if (!t || t.type !== 'word') break;
    if (ctx.pack.determiners.has(t.lower)) return i;
  }
  return describedNounBefore(ctx, rel, floor) ?? Math.max(floor, rel - 1);
}

/** "Seorang pegawai pabrik tekstil yang enggan disebut namanya": where modifiers follow the
 * noun, the first noun for people before the relative, over the words describing it (no
 * verb among them), with its determiner; null when none stands within reach. */
function describedNounBefore(ctx: SentenceContext, rel: number, floor: number): number | null {
  const { tokens, pack } = ctx;
  if (!pack.data.adjectivesAfterNoun) return null;
  const people = [pack.anonymous, pack.unnamedOfficials, pack.roles];
  let noun: number | null = null;
  for (let i = rel - 1; i >= floor && rel - i <= MAX_DESCRIBED_WORDS; i--) {
    const t = tokens[i];
    if (!t || t.type !== 'word' || ctx.quoted[i] || pack.stopwords.has(t.lower)) break;
    if (pack.data.predicatePrefixes.some((p) => t.lower.startsWith(p))) break;
    if (people.some((table) => table.matchAt(tokens, i) > 0)) noun = i;
  }
  if (noun === null || noun === rel - 1) return null;
  return noun > floor && pack.determiners.has(tokens[noun - 1]?.lower ?? '') ? noun - 1 : noun;
}

/**
 * Where the description of the unnamed source phrase `near` starts when the words from it up
 * to its verb at `at` describe it, else -1: at the head a relative clause hangs on ("A man
 * who asked not to be named said", "sumber yang mengetahui ... mengatakan"), or at the whole
 * subject before a participle right after it ("A U.S. official speaking on condition of
 * anonymity said").
 */
export function describedStart(ctx: SentenceContext, near: Span, at: number): number {
  const { tokens, pack } = ctx;
  // "A diplomat who asked not to be named because the talks are private said": a long reason
  // leaves the clause reaching back only to the phrase of anonymity; the head is before the
  // person's relative that phrase opens.
  const rel = near.start - 1;
  const anonymity =
    near.end - near.start > 1 &&
    pack.anonymous.matchAt(tokens, near.start) === near.end - near.start;
  if (anonymity && pack.relativePronouns.has(tokens[rel]?.lower ?? '') && !ctx.quoted[rel]) {
    const first = firstJoinedRelative(ctx, rel, clauseStart(ctx, rel));
    return headBefore(ctx, first, clauseStart(ctx, first));
  }
  // "A diplomat speaking on condition of anonymity said", "an aide speaking anonymously
  // said": a participle opens the phrase of anonymity, or is its first word; the head is
  // the noun phrase before the participle, whatever stage knows its word.
  if (anonymity) {
    const opening = participleAt(ctx, rel) ? rel : participleAt(ctx, near.start) ? near.start : -1;
    if (opening > 0 && tokens[opening - 1]?.type === 'word' && !ctx.quoted[opening - 1])
      return headBefore(ctx, opening, clauseStart(ctx, opening));
  }
  if (tokens.slice(near.start, at).some((t) => pack.clauseRelatives.has(t.lower)))
    return pack.clauseRelatives.has(tokens[near.start - 1]?.lower ?? '')
      ? headBefore(ctx, near.start - 1, clauseStart(ctx, at))
      : near.start;
  const t = tokens[near.end];
  if (near.end >= at || !t || t.type !== 'word' || t.cap || ctx.quoted[near.end]) return -1;
  if (!participleForm(pack, t)) return -1;
  return Math.min(near.start, sourceBefore(ctx, near.end)?.start ?? near.start);
}

/** A lower-case participle at token `at` ("speaking"), by the pack's endings. */
function participleAt(ctx: SentenceContext, at: number): boolean {
  return !ctx.quoted[at] && participleForm(ctx.pack, ctx.tokens[at]);
}

/** Words that may qualify an unnamed head between it and its determiner ("a senior Defence
 * spokesman"). */
const MAX_QUALIFIERS = 3;

/** Lowercase words between a locative and its place: "di lingkungan Istana". */
const MAX_LOCATIVE_GAP = 1;

/** Words between an unnamed source's word and the place after it ("officials of the port
 * authority in": the body's words). */
const MAX_PLACED_HEAD_GAP = 4;

/**
 * "Sumber yang enggan disebut namanya di lingkungan Pemkab Lebak menyebutkan", "Sejumlah
 * petani tebu di Kabupaten Kediri mengatakan", "Residents of the Millbrook estate in
 * Riverside say": the phrase found before the verb is only the place an unnamed source is
 * in. The source is the unnamed head with its place: a lexicon's unnamed phrase, or a
 * quantified group of people ("sejumlah petani", "several farmers"). A source noun placed in
 * an institution is an unnamed official ("Sumber Tempo di lingkungan Istana").
 */
export function unnamedPlaced(
  ctx: SentenceContext,
  span: Span,
  source: FoundSource,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  if (
    UNNAMED_KINDS.has(source.kind) ||
    source.reasons.length > 0 ||
    (source.kind === 'named_person' && source.role)
  )
    return null;
  let loc = span.start - 1;
  const placing = (t: Token | undefined) =>
    pack.locatives.has(t?.lower ?? '') || pack.memberLinks.has(t?.lower ?? '');
  for (let gap = 0; loc >= 0 && !placing(tokens[loc]); gap++) {
    const t = tokens[loc];
    if (gap >= MAX_LOCATIVE_GAP || !t || t.type !== 'word' || t.cap || ctx.quoted[loc]) return null;
    // "Officials seized it in what state television described as ...": "what" opens a clause
    // of its own; its subject is no place of the words before it.
    if (pack.subjectPronounClauses.has(t.lower)) return null;
    loc--;
  }
  if (loc < 1 || ctx.quoted[loc]) return null;
  const floor = clauseStart(ctx, loc);
  let head = -1;
  let kind: SourceKind = 'anonymous';
  // The people's word closes in on the place: "A clerk read out a notice on the orders of
  // the faction" holds a clause between them, not a description.
  const near = (i: number, len: number) => len > 0 && loc - (i + len) <= MAX_PLACED_HEAD_GAP;
  for (let i = floor; i < loc && head < 0; i++) {
    if (near(i, pack.unnamedOfficials.matchAt(tokens, i, loc)))
      [head, kind] = [i, 'unnamed_official'];
    else if (near(i, pack.anonymous.matchAt(tokens, i, loc))) head = i;
  }
  // "An official with the agency": only a word for people ties by such a link ("talks with
  // the agency" are no people of it).
  const member = pack.memberLinks.has(tokens[loc]?.lower ?? '');
  // "Police in neighboring Tarlow County said": a body's word placed the same way is the
  // body there, whose phrase the place's words cut short.
  for (let i = floor; i < loc && head < 0 && !member; i++)
    if (near(i, pack.bodies.matchAt(tokens, i, loc))) [head, kind] = [i, 'official_body'];
  if (head < 0 && !member) {
    // "Sejumlah penerima bansos di Kecamatan Cibadak": a quantifier and a common noun.
    for (let i = floor; i < loc - 1 && head < 0; i++) {
      const t = tokens[i] as Token;
      const next = tokens[i + 1];
      if (
        t.type === 'word' &&
        pack.determiners.has(t.lower) &&
        !pack.stopwords.has(t.lower) &&
        next?.type === 'word' &&
        !next.cap
      )
        head = i;
    }
  }
  // "As a local farmer in Tarlow noted": a person's noun no lexicon lists, after its article.
  // Not before "of", which ties a thing to its owner as often ("the orders of the faction").
  const owner = pack.employerLinks.has(tokens[loc]?.lower ?? '');
  for (let i = floor; i < loc - 1 && head < 0 && !owner; i++) {
    if (!pack.determiners.has(tokens[i]?.lower ?? '')) continue;
    const found = classify(ctx, { start: i, end: loc });
    if (found && UNNAMED_KINDS.has(found.kind)) [head, kind] = [i, found.kind];
  }
  if (head < 0) return null;
  // "A Defence spokesman based in Harlow": words qualifying the head after its determiner
  // are the phrase's too (its one person is then known, for a later "he").
  for (let i = head - 1; i >= floor && head - i <= MAX_QUALIFIERS; i--) {
    const t = tokens[i];
    if (!t || t.type !== 'word' || ctx.quoted[i]) break;
    if (pack.determiners.has(t.lower)) {
      head = i;
      break;
    }
  }
  while (head > floor && pack.determiners.has(tokens[head - 1]?.lower ?? '')) head--;
  // "A source inside the ministry", "a person inside the ministry": a source, or a person as
  // such, placed in a government body (not a country or a city) is one of its officials.
  const sourceOrPerson = (t: Token) =>
    pack.sourceNouns.has(t.lower) ||
    pack.onePersonNouns.has(t.lower) ||
    pack.vagueGroups.has(t.lower);
  let place = false;
  for (let k = span.start; k < span.end && !place; k++) place = pack.places.matchAt(tokens, k) > 0;
  if (
    kind === 'anonymous' &&
    source.kind === 'official_body' &&
    tokens.slice(head, loc).some(sourceOrPerson) &&
    (!place || tokens.slice(head, loc).some((t) => pack.sourceNouns.has(t.lower)))
  )
    kind = 'unnamed_official';
  const whole = { start: head, end: span.end };
  // "Pemain asal Brasil Marquinhos mengatakan": after the place a person comes from, a name
  // closes the phrase; the whole is that person.
  if (pack.originMarkers.has(tokens[loc]?.lower ?? '') && source.kind === 'named_person') {
    const person = classify(ctx, whole);
    if (person?.kind === 'named_person') return { span: whole, source: person };
  }
  return {
    span: whole,
    source: plainSource(tokensText(ctx, head, span.end), kind, {
      basis:
        kind === 'official_body'
          ? 'rule:speaker-verb/body-placed'
          : 'rule:speaker-verb/unnamed-placed',
    }),
  };
}

/** Words in the head before the words tying it to what it knows ("a senior bank official"). */
const MAX_ACQUAINTED_HEAD = 4;

/**
 * "An official familiar with the investigation said", "a diplomat briefed on the talks
 * said": the phrase right before the verb is only what the source knows. The source is the
 * unnamed head before the tying words, with its description up to the verb.
 */
export function unnamedAcquainted(
  ctx: SentenceContext,
  at: number,
  span: Span | null,
  source: FoundSource | null,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  // "A person familiar with the matter, who asked not to be named, said": the aside is the
  // person's; the tying words stand before it.
  const close = asideOpening(ctx, at);
  const floor = clauseStart(ctx, close);
  let link = -1;
  for (let i = floor + 1; i < close && link < 0; i++)
    if (!ctx.quoted[i] && pack.acquaintanceLinks.matchAt(tokens, i, close) > 0) link = i;
  if (link < 0) return null;
  const end = close < at ? at - 1 : at;
  // A source found before the tying words holds the description already.
  if (span && source && span.start < link && UNNAMED_KINDS.has(source.kind)) return null;
  let start = link - 1;
  while (start > floor && link - start < MAX_ACQUAINTED_HEAD) {
    const t = tokens[start - 1];
    if (!t || t.type !== 'word' || ctx.quoted[start - 1]) break;
    start--;
    if (pack.determiners.has(t.lower)) break;
  }
  const found = classify(ctx, { start, end: link });
  // "Those close to the singer", "many familiar with the talks": a lone determiner or
  // quantifier before the tying words stands for unnamed people.
  const lone = tokens[start]?.lower ?? '';
  const people =
    !found &&
    start === link - 1 &&
    (pack.determiners.has(lone) || pack.vagueQuantifiers.has(lone)) &&
    !pack.singularDeterminers.has(lone);
  const text = tokensText(ctx, start, end);
  if (people) {
    const source = plainSource(text, 'anonymous', { basis: 'rule:speaker-verb/acquainted' });
    return { span: { start, end }, source };
  }
  if (!found || !UNNAMED_KINDS.has(found.kind)) return null;
  return { span: { start, end }, source: { ...found, text } };
}

/** Tokens of an aside set off by commas right before the verb. */
const MAX_ASIDE_TOKENS = 20;

/** The comma opening an aside right before the verb at `at` that a relative or a participle
 * opens (", who asked not to be named,", ", speaking on condition of anonymity,"), else `at`. */
function asideOpening(ctx: SentenceContext, at: number): number {
  const { tokens, pack } = ctx;
  if (tokens[at - 1]?.text !== ',' || ctx.quoted[at - 1]) return at;
  for (let k = at - 2; k > 0 && at - k <= MAX_ASIDE_TOKENS; k--) {
    const t = tokens[k];
    if (!t || ctx.quoted[k]) return at;
    if (t.text !== ',') continue;
    const first = tokens[k + 1];
    if (!first || first.type !== 'word' || first.cap) return at;
    const opens = pack.relativePronouns.has(first.lower) || participleForm(pack, first);
    return opens ? k : at;
  }
  return at;
}

/** Words of the place or group after "some in" before the verb: "many in the oil industry". */
const MAX_SOME_IN_WORDS = 5;

/**
 * "Many in the industry doubt ...", "Some on Wall Street expect ...": a vague quantifier
 * opening its clause (after an opener such as "But"), a locative, then the place or group up
 * to the verb at `at`. Unnamed people there speak; the lexicon-head stage says which kind.
 */
export function someInBefore(
  ctx: SentenceContext,
  at: number,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const start = clauseHeadStart(ctx, at);
  const first = tokens[start]?.lower ?? '';
  if (!pack.vagueQuantifiers.has(first) && !pack.vagueGroups.has(first)) return null;
  const link = tokens[start + 1]?.lower ?? '';
  if (!pack.locatives.has(link) || pack.partitiveLinks.has(link)) return null;
  if (at - start - 2 > MAX_SOME_IN_WORDS || at - start - 2 < 1) return null;
  for (let k = start; k < at; k++) if (tokens[k]?.type !== 'word' || ctx.quoted[k]) return null;
  const span = { start, end: at };
  const found = classify(ctx, span);
  return found && UNNAMED_KINDS.has(found.kind) ? { span, source: found } : null;
}
