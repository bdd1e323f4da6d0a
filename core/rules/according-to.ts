/**
 * "according to the CDC", "Menurut media pemerintah, ...", and "based on X" /
 * "berdasarkan X", where X must be a document ("berdasarkan Undang-Undang" is a legal basis,
 * "berdasarkan laporan" a source) or what someone said ("berdasarkan keterangan saksi").
 */
import type { SentenceContext } from '../context';
import { lawPointedBack } from './law-pointed-back';
import { practiceAfter } from './accordance';
import { inAccordance, instructionAt } from './according-manner';
import { hearsayLink } from '../source/hearsay';
import {
  plainSource,
  classify,
  classifyNounPhrase,
  nounPhraseAfter,
  pronounAfter,
  sourceAfter,
  type FoundSource,
  type Span,
} from '../source';
import { outletReportSource } from '../source/stages/outlet-document';
import { personPossessiveSource } from '../source/stages/pronoun';
import { WEB_DOMAIN } from '../source/tokens';
import { documentCarrier } from './carriers';
import { perSource } from './per-source';
import { carriedRemarks } from './carried-remarks';
import { relayAsideEnd } from './relay-aside';
import { documentWithRelative } from './basis-relative';
import type { Candidate, Rule } from './types';
import { authorMarkerAfter, issuedPhraseEnd, topicPhraseEnd } from './issued-document';
import { describedUnnamed, linkedDescription } from './unnamed-tail';
import { matchesOutsideQuotes, possessiveName, sourceBeforeClaim, tokensText } from './util';
import { documentSource } from './document-subject';
import { PERSON_KINDS, UNNAMED_KINDS } from '../source-kind-groups';

/**
 * "According to the Lakeside Clinic, the test takes an hour": with the cue opening the
 * sentence the claim follows the source, so what follows its comma is an appositive only
 * when another comma closes it ("According to Jane Roe, a nurse, the ward ..."); otherwise
 * the source ends at the comma.
 */
function claimFirstHead(ctx: SentenceContext, at: number, span: Span | null): Span | null {
  if (!span || ctx.tokens.slice(0, at).some((t) => t.type === 'word')) return span;
  const head = sourceBeforeClaim(ctx, span);
  // "According to the sheriff's office, the suspect identified as Jon Leer, 50, fled": people
  // after an institution's comma are the claim's subject, no appositive of it.
  const comma = ctx.tokens.findIndex((t, k) => k > head.start && k < head.end && t.text === ',');
  if (comma < 0) return head;
  const before = classify(ctx, { start: head.start, end: comma });
  const after = classify(ctx, { start: comma + 1, end: head.end });
  const institution = before && INSTITUTIONS.has(before.kind);
  const person = after !== null && PERSON_KINDS.has(after.kind);
  return institution && person ? { start: head.start, end: comma } : head;
}

/** A document's candidate as the carrier step reads it (only its source and span count). */
const CARRIED: Candidate = {
  rule: 'according-to',
  cue: '',
  cueSpan: { start: 0, end: 0 },
  source: plainSource('', 'document'),
  sourceSpan: null,
  rank: 2,
};

/** Kinds an appositive about a person never describes. */
const INSTITUTIONS = new Set(['official_body', 'organization', 'media', 'state_media']);

/**
 * "according to a ferry mechanic who has inspected the hull": one person no lexicon
 * knows, described by a relative clause about a person, is an unnamed source.
 */
function describedPerson(ctx: SentenceContext, span: Span): FoundSource | null {
  const { tokens, pack } = ctx;
  if (!pack.singularDeterminers.has(tokens[span.start]?.lower ?? '')) return null;
  let k = span.start + 1;
  while (
    k < tokens.length &&
    tokens[k]?.type === 'word' &&
    !tokens[k]?.cap &&
    !pack.relativePronouns.has(tokens[k]?.lower ?? '')
  )
    k++;
  if (k === span.start + 1 || !pack.relativePronouns.has(tokens[k]?.lower ?? '')) return null;
  return plainSource(tokensText(ctx, span.start, k), 'anonymous');
}

/**
 * "menurut pengakuan tersangka", "menurut kesaksian warga": a noun of saying, then who said
 * it. The source is that speaker (a suspect, residents), not a document.
 */
function speakerAfterClaimNoun(
  ctx: SentenceContext,
  at: number,
  from: number,
): { span: Span; source: FoundSource } | null {
  const len = ctx.pack.claimNouns.matchAt(ctx.tokens, from);
  // "menurut keterangan tertulis Kementerian X": the noun's own document phrase runs on.
  const noun = len > 0 ? Math.max(len, ctx.pack.documents.matchAt(ctx.tokens, from)) : 0;
  const link = noun > 0 ? 0 : hearsayLink(ctx, from);
  const after = noun > 0 || link > 0 ? sourceAfter(ctx, noun > 0 ? from + noun : link + 1) : null;
  // "Menurut keterangan Kapolsek X AKP Budi, korban ...": the claim after the comma, as
  // after the cue alone.
  const span = claimFirstHead(ctx, at, after);
  const source = span ? classify(ctx, span) : null;
  if (!span || !source || source.kind === 'document' || source.kind === 'unattributed') return null;
  return { span, source };
}

/** Longest document phrase heading "a report by X" (in words). */
const MAX_DOCUMENT_WORDS = 3;

/** "a dispatch from the official KCNA news agency": the source phrase after the author's
 * marker leaves out an article and the state's words before the outlet; where it starts. */
function authorOpening(ctx: SentenceContext, from: number): number {
  const { tokens, pack } = ctx;
  let k = from;
  while (
    pack.determiners.has(tokens[k]?.lower ?? '') ||
    pack.stateOutletModifiers.has(tokens[k]?.lower ?? '')
  )
    k++;
  return k;
}

/**
 * "according to a report by the BBC": the source phrase stops at "by"; the span grows to take
 * the author in. An outlet's own report is the outlet speaking; a document by anyone else
 * stays a document, named with its author ("a study by the Lakeside Institute").
 */
function documentByAuthor(
  ctx: SentenceContext,
  at: number,
  span: Span,
  document: FoundSource,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  // "according to figures released last week by the board": a participle before "by".
  const marker = authorMarkerAfter(ctx, span.end);
  if (!pack.authorMarkers.has(tokens[marker]?.lower ?? '')) return null;
  const author = claimFirstHead(ctx, at, sourceAfter(ctx, marker + 1));
  if (!author || author.start <= marker || author.start > authorOpening(ctx, marker + 1))
    return null;
  // "data from 1 hour ago": a time, no author.
  if (/^\d/.test(tokens[author.start]?.text ?? '')) return null;
  // "a transcript carried by KCNA": an outlet that carried the document is its via (the
  // carrier step), not its author.
  const carrier = marker > span.end ? classify(ctx, author)?.kind : null;
  if (carrier === 'media' || carrier === 'state_media') return null;
  for (let n = 1; n <= MAX_DOCUMENT_WORDS && span.end - n >= span.start; n++) {
    if (pack.documents.matchAt(tokens, span.end - n, span.end) !== n) continue;
    const whole = { start: span.start, end: author.end };
    const outlet = outletReportSource(ctx, whole, { at: span.end - n, len: n });
    const text = tokensText(ctx, whole.start, whole.end);
    return { span: whole, source: outlet ?? { ...document, text } };
  }
  return null;
}

/**
 * "according to Gartner's estimates", "according to Acme's annual transparency report": the
 * source phrase stops at the owner's possessive; what the owner published follows it. The
 * source is that whole phrase, a document unless a lexicon says otherwise ("Smith's lawyer").
 */
const MAX_OWNED_WORDS = 4;

function ownedThing(ctx: SentenceContext, span: Span): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  // "according to Acme's 2023 annual report": a year after the possessive dates the thing.
  const year = /^\d{4}$/u.test(tokens[span.end - 1]?.text ?? '') ? 1 : 0;
  if (!possessiveName(ctx, span.end - 1 - year)) return null;
  // The owned thing: plain lower-case words up to the clause's punctuation.
  let end = span.end;
  while (
    end - span.end < MAX_OWNED_WORDS &&
    tokens[end]?.type === 'word' &&
    !tokens[end]?.cap &&
    !ctx.quoted[end] &&
    !pack.stopwords.has(tokens[end]?.lower ?? '')
  )
    end++;
  if (end === span.end || tokens[end]?.type === 'word') return null;
  const whole = { start: span.start, end };
  const source =
    classifyNounPhrase(ctx, whole) ?? documentSource(tokensText(ctx, whole.start, whole.end));
  return { span: whole, source };
}

/** A document, an outlet's own report ("berdasarkan laporan BBC"), or unnamed people as a
 * whole phrase of the pack ("berdasarkan informasi yang dihimpun"): a basis that is a source. */
const isDocument = (ctx: SentenceContext, span: Span, source: FoundSource) =>
  source.kind === 'document' ||
  (source.basis ?? '').startsWith('outlet-document') ||
  (source.kind === 'anonymous' &&
    ctx.pack.anonymous.matchAt(ctx.tokens, span.start) === span.end - span.start);

/**
 * "In the mayor's view, the plan is legal", "In Lind's words, ...": the sentence opens with a
 * preposition, a possessor and a noun of a held view, closed by a comma. The possessor is the
 * source; the phrase the cue.
 */
function possessorsView(ctx: SentenceContext): Omit<Candidate, 'rule'> | null {
  const { tokens, pack } = ctx;
  const first = tokens.findIndex((t) => t.type === 'word');
  if (first < 0 || ctx.quoted[first] || !pack.occasionPrepositions.has(tokens[first]?.lower ?? ''))
    return null;
  const comma = tokens.findIndex((t, k) => k > first && t.text === ',');
  const noun = comma - 1;
  const owner = tokens[noun - 1];
  if (comma < 0 || noun <= first + 1 || pack.viewNouns.matchAt(tokens, noun) !== 1) return null;
  // "In his view": a person's possessive pronoun alone.
  const pronoun = noun === first + 2 ? personPossessiveSource(ctx, first + 1, true) : null;
  if (pronoun) {
    const cueSpan = { start: first, end: comma };
    const sourceSpan = { start: first + 1, end: noun };
    return { cue: tokensText(ctx, first, comma), cueSpan, source: pronoun, sourceSpan, rank: 2 };
  }
  // The possessive mark ends the possessor ("mayor's": its key drops the "'s").
  if (!owner || owner.base === owner.lower) return null;
  const span = { start: first + 1, end: noun };
  const found = classify(ctx, span);
  if (!found) return null;
  // The source as named, without its possessive mark ("the mayor", "Dana Reed").
  const mark = owner.lower.length - owner.base.length;
  const text = tokensText(ctx, span.start, span.end).slice(0, -mark);
  const name = found.name?.endsWith(owner.text) ? found.name.slice(0, -mark) : found.name;
  const source = { ...found, text, name };
  return {
    cue: tokensText(ctx, first, comma),
    cueSpan: { start: first, end: comma },
    source,
    sourceSpan: span,
    rank: 2,
  };
}

/** A citation at `at` whose object, ending at `end`, is followed by a reason's marker and no
 * verb of saying: "citing trust as a factor". */
function citedAsReason(ctx: SentenceContext, at: number, end: number): boolean {
  const { tokens, pack } = ctx;
  if (!pack.citations.has(tokens[at]?.lower ?? '')) return false;
  if (!pack.citedReasonMarkers.has(tokens[end]?.lower ?? '')) return false;
  return pack.quoteComplements.matchAt(tokens, end) === 0;
}

export const accordingTo: Rule = {
  id: 'according-to',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const add = (at: number, len: number, documentsOnly: boolean) => {
      if (instructionAt(ctx, at)) return;
      // "according to the ministry's pricing strategy": a practice, whoever owns it.
      if (practiceAfter(ctx, at + len)) return;
      // "fended off the suits by citing a ruling": a reason given for an act.
      // "reported, without citing sources, that ...": nobody was cited.
      const before = ctx.tokens[at - 1]?.lower ?? '';
      if (
        ctx.pack.citations.has(ctx.tokens[at]?.lower ?? '') &&
        (ctx.pack.meansMarkers.has(before) || ctx.pack.withoutMarkers.has(before))
      )
        return;
      // "berdasarkan keterangan dokter": based on what someone said, that someone is the source.
      const speaker = speakerAfterClaimNoun(ctx, at, at + len);
      const remarks = speaker || documentsOnly ? null : carriedRemarks(ctx, at, len);
      if (remarks) return void out.push({ ...remarks, rule: this.id });
      let span =
        speaker?.span ??
        claimFirstHead(ctx, at, sourceAfter(ctx, at + len) ?? pronounAfter(ctx, at + len));
      // "citing trust as a factor": a reason, no source ("citing an aide as saying" relays).
      if (span && citedAsReason(ctx, at, span.end)) return;
      let source = speaker?.source ?? (span ? classify(ctx, span) : null);
      const owned = !speaker && span ? ownedThing(ctx, span) : null;
      if (owned) ({ span, source } = owned);
      if (!source && span && !documentsOnly) source = describedPerson(ctx, span);
      // "according to shipfinder.net": a web address in lower case is a source all the same.
      const site = ctx.tokens[at + len];
      if (!span && site?.type === 'word' && WEB_DOMAIN.test(site.text)) {
        span = { start: at + len, end: at + len + 1 };
        source = classify(ctx, span);
      }
      const relative = span && source ? documentWithRelative(ctx, span, source) : null;
      if (relative) ({ span, source } = relative);
      const linked = span ? linkedDescription(ctx, span) : null;
      const linkedSource = linked ? classify(ctx, linked) : null;
      if (linked && linkedSource && UNNAMED_KINDS.has(linkedSource.kind))
        [span, source] = [linked, linkedSource];
      const described =
        span && source && UNNAMED_KINDS.has(source.kind) ? describedUnnamed(ctx, at, span) : null;
      if (described && source) {
        span = described;
        source = { ...source, text: tokensText(ctx, span.start, span.end) };
      }
      // "according to a readout of the call (released by KCNA)": the topic is the document's.
      const topic = span && source?.kind === 'document' ? topicPhraseEnd(ctx, span.end) : 0;
      if (span && source && topic > span.end) {
        span = { start: span.start, end: topic };
        source = { ...source, text: tokensText(ctx, span.start, topic) };
      }
      // "according to plan" is an idiom: a source is more than one bare common noun.
      const only = span && span.end - span.start === 1 ? ctx.tokens[span.start] : undefined;
      // "according to research by the institute" names its author, "according to photos
      // released by KCNA" the outlet that carried them: no idiom.
      const authored =
        span !== null && source?.kind === 'document'
          ? documentByAuthor(ctx, at, span, source) !== null ||
            documentCarrier(ctx, { ...CARRIED, source, sourceSpan: span }) !== null
          : false;
      const idiom =
        !documentsOnly &&
        only !== undefined &&
        !only.cap &&
        source?.kind === 'document' &&
        !authored;
      if (!source || idiom) {
        // "according to federal data", "according to figures from the bureau": a plain noun
        // phrase up to the clause's end; a thing no lexicon knows there is a record. Not
        // "citing ongoing violence" (a reason) nor "based on its size" (a basis).
        const plainOk =
          !documentsOnly &&
          !ctx.pack.citations.has(ctx.tokens[at]?.lower ?? '') &&
          !inAccordance(ctx, at);
        const plain = plainOk ? nounPhraseAfter(ctx, at + len) : null;
        if (!plain || plain.end - plain.start < 2) return;
        span = plain;
        source =
          classifyNounPhrase(ctx, plain) ?? documentSource(tokensText(ctx, plain.start, plain.end));
      }
      const byAuthor =
        span && source?.kind === 'document' ? documentByAuthor(ctx, at, span, source) : null;
      if (byAuthor) ({ span, source } = byAuthor);
      else if (!span || !source || (documentsOnly && !speaker && !isDocument(ctx, span, source)))
        return;
      // "according to a survey taken last year": the phrase describing the document is its.
      const claimBefore = ctx.tokens.slice(0, at).some((t) => t.type === 'word');
      // (An author or carrier after "by" is the steps' above and the relay's.)
      const issued =
        source.kind === 'document' && !authored
          ? issuedPhraseEnd(ctx, span.end, claimBefore)
          : span.end;
      if (issued > span.end) {
        span = { start: span.start, end: issued };
        source = { ...source, text: tokensText(ctx, span.start, issued) };
      }
      // "according to a readout released by KCNA, <claim>": the carrier's phrase is no claim
      // (the relay refiner makes the outlet the via).
      const carried =
        authored && !byAuthor && source.kind === 'document'
          ? issuedPhraseEnd(ctx, span.end, claimBefore)
          : relayAsideEnd(ctx, span.end);
      // "Berdasarkan Undang-Undang itu, sekolah wajib ...", "menarik garis batas berdasarkan
      // Undang-Undang ...": a law as a basis is the rule followed, no source of a claim.
      if (documentsOnly && ctx.pack.regulations.find(ctx.tokens, span.start, span.end)) return;
      // "Berdasarkan ketentuan tersebut, pelaku dapat dikenai sanksi" after a sentence citing
      // a law: the provision pointed back to is that law, a basis too.
      if (documentsOnly && lawPointedBack(ctx, span)) return;
      out.push({
        rule: this.id,
        cue: tokensText(ctx, at, at + len),
        cueSpan: { start: at, end: at + len },
        source,
        sourceSpan: span,
        rank: 2,
        ...(carried > span.end ? { addresseeSpan: { start: span.end, end: carried } } : {}),
      });
    };
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.accordingTo)) {
      // "countries would act according to the treaty": in keeping with it, whatever it is.
      const citing = ctx.pack.citations.has(ctx.tokens[at]?.lower ?? '');
      const acting = ctx.pack.accordanceWords.has(ctx.tokens[at - 1]?.lower ?? '');
      if (citing || !acting || !inAccordance(ctx, at)) add(at, len, false);
    }
    const view = possessorsView(ctx);
    if (view) out.push({ ...view, rule: this.id });
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.basedOn)) {
      // "a method based on a review": right after a word the basis describes it.
      const setOff = ctx.pack.setOffBases.matchAt(ctx.tokens, at) === len;
      if (setOff && at > 0 && ctx.tokens[at - 1]?.text !== ',') continue;
      add(at, len, true);
    }
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.perCues)) {
      if (perSource(ctx, at, len)) add(at, len, false);
    }
    return out;
  },
};
