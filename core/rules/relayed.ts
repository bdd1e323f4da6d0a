/**
 * Relayed statements. As a rule: "Dilansir dari Reuters, ..." / "seperti dikutip dari
 * Antara" name the outlet (or document) that carried the words; with no speaker in the
 * sentence the outlet is the source. As a refiner: when a speaker is the source ("X told
 * Reuters", "kata Hendra ..., dikutip dari Antara", "ujar Wulandari kepada surat kabar Die
 * Welt", "..., Example News reported"), the outlet is recorded as `via`.
 */
import type { SentenceContext } from '../context';
import { claimText } from '../claim';
import type { Reason } from '../report';
import { classify, sourceAfter, type FoundSource, type Span } from '../source';
import type { Candidate, Refiner, Rule } from './types';
import { addresseeOf } from './addressee';
import { citedClaim, citingPair, INSTITUTIONS, PEOPLE, speakerOnly } from './citing-pair';
import { speakerAroundCitation } from './aside-citation';
import { carriedAside } from './carried-aside';
import { carriedDocument } from './carried-document';
import { clauseAt } from './bare-stance';
import { outletOverRelative } from './relative-speaker';
import { CARRIERS, outerRelay, documentCarrier, relayCarrier } from './carriers';
import { appearanceCarrier, frontedAddressee } from './occasion-carrier';
import { matchesOutsideQuotes, tokensText } from './util';
import { occasionBefore, occasionCarrier, onlyTimeAfter } from './closing-occasion';
import { carrierOnlyAt } from './broadcast-subject';
import { onlyStateCarried } from './shared-carrier';
import { inOpeningTopic } from '../choose';

/** "Dari laman resmi X, <claim>": the sentence opens with the publication read, closed by a
 * comma before the claim; the publication (from its noun on) is the source. */
function publicationOpening(ctx: SentenceContext): Candidate | null {
  const at = ctx.tokens.findIndex((t) => t.type === 'word');
  const len = at < 0 ? 0 : ctx.pack.publicationOpenings.matchAt(ctx.tokens, at);
  if (!len) return null;
  const span = sourceAfter(ctx, at + 1);
  if (!span || span.end < at + len || ctx.tokens[span.end]?.text !== ',') return null;
  const source = classify(ctx, span);
  if (!source || source.kind !== 'document' || source.reasons.length > 0) return null;
  return {
    rule: 'relayed',
    cue: tokensText(ctx, at, at + 1),
    cueSpan: { start: at, end: at + 1 },
    source,
    sourceSpan: span,
    rank: 1,
  };
}

export const relayed: Rule = {
  id: 'relayed',
  find(ctx: SentenceContext): Candidate[] {
    const opening = publicationOpening(ctx);
    const out: Candidate[] = opening ? [opening] : [];
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.relays)) {
      if (ctx.pack.tellVerbs.has(ctx.tokens[at]?.lower ?? '')) continue;
      // "The paper is published by the party's daily": who owns a thing, no words relayed.
      // "said while being interviewed by Wirely that ...": after a subordinator the form of
      // "be" opens a clause of the occasion, which the outlet carried.
      const opened = ctx.pack.clauseSubordinators.has(ctx.tokens[at - 2]?.lower ?? '');
      if (ctx.pack.passiveAuxiliaries.has(ctx.tokens[at - 1]?.lower ?? '') && !opened) continue;
      // "tidak berwenang berbicara kepada media": why a name is withheld, nothing relayed.
      if (inWithheldName(ctx, at)) continue;
      // The agent's source first: "dilansir Kompas.com dari Reuters" is carried by Reuters.
      const found = relayCarrier(ctx, at, len);
      if (!found) continue;
      // "Sanksi itu seperti tertuang dalam Pasal 5 ...": a law sets out a rule; it carries no
      // one's words.
      const { start, end } = found.span;
      if (ctx.pack.regulations.find(ctx.tokens, start, end)) continue;
      // The outlet's words are no part of the claim: "Dilansir KCNA, <claim>".
      out.push({
        rule: 'relayed',
        cue: tokensText(ctx, at, at + len),
        cueSpan: { start: at, end: at + len },
        source: found.source,
        sourceSpan: found.span,
        rank: 1,
        ...(carrierOnlyAt(ctx, at, len, found.span) ? { carrierOnly: true } : {}),
      });
    }
    return out;
  },
};

/** Words a withheld-name phrase may have before its relay ("tidak berwenang"). */
const MAX_WITHHELD_LEAD = 3;

/** "tidak berwenang berbicara kepada media": the relay phrase inside a phrase saying why a
 * source's name is withheld. */
function inWithheldName(ctx: SentenceContext, at: number): boolean {
  for (let k = Math.max(0, at - MAX_WITHHELD_LEAD); k <= at; k++)
    if (ctx.pack.withheldNames.matchAt(ctx.tokens, k) > at - k) return true;
  return false;
}

/**
 * "The mayor said footage of the market showed ...", "Footage of the market showed ..., the
 * mayor said": a cue with its subject inside the speaker's claim (right after the speaker's
 * verb, or before the comma that closes a fronted claim) is reported by the speaker; it
 * carries nothing to the article. ("..., KCNA reported" after the claim does.)
 */
function nestedInClaim(ctx: SentenceContext, kept: Candidate, other: Candidate): boolean {
  const { tokens } = ctx;
  const own = kept.sourceSpan;
  const inner = other.sourceSpan;
  if (!own || !inner || inner.end > other.cueSpan.start) return false;
  // "..., said police": the fronted claim closes with a comma before the cue.
  const framed = tokens[kept.cueSpan.start - 1]?.text === ',';
  if (own.start >= kept.cueSpan.end) return framed && other.cueSpan.end < kept.cueSpan.start;
  if (own.end > kept.cueSpan.start) return false;
  if (inner.start >= kept.cueSpan.end) {
    // Words only, and no preposition but one of a date ("said on Thursday footage showed"):
    // after "said in a statement posted ..." the statement carries the words. Once the
    // claim's clause has begun ("said regulators could be checking for compliance with the
    // trade law, which says ..."), a preposition is the claim's own.
    const { pack } = ctx;
    const claim = clauseAt(ctx, kept.cueSpan.end);
    for (let k = kept.cueSpan.end; k < inner.start; k++) {
      const t = tokens[k];
      if (!t || t.type !== 'word' || ctx.quoted[k]) return false;
      const preposition = pack.locatives.has(t.lower) || pack.relayPrepositions.has(t.lower);
      if (preposition && !claim && !pack.timeWords.has(tokens[k + 1]?.lower ?? '')) return false;
    }
    return true;
  }
  // The fronted claim closes with a comma before the speaker's phrase.
  const comma = own.start - 1;
  return tokens[comma]?.text === ',' && other.cueSpan.end <= comma;
}

/** Words of the claim between the speaker's phrase and a basis that belongs to it. */
const MIN_CLAIM_WORDS_BEFORE_BASIS = 2;

/**
 * "Budi mengatakan sekolah itu dibuka kembali berdasarkan ketentuan pemerintah daerah": a
 * basis inside the claim that follows the speaker is the claim's own; it carries nothing to
 * the article. Set off by a comma ("kata Budi, berdasarkan laporan Reuters") it does.
 */
function basisInClaim(ctx: SentenceContext, kept: Candidate, other: Candidate): boolean {
  const { tokens, pack } = ctx;
  const at = other.cueSpan.start;
  if (!pack.basedOn.matchAt(tokens, at) || tokens[at - 1]?.text === ',') return false;
  const own = kept.sourceSpan;
  const from = Math.max(kept.cueSpan.end, own?.end ?? 0, kept.addresseeSpan?.end ?? 0);
  // The claim follows a speaker before the verb, or a "that" after the speaker.
  let opened = !!own && own.end <= kept.cueSpan.start;
  let words = 0;
  for (let k = from; k < at; k++) {
    const t = tokens[k];
    if (ctx.quoted[k]) return false;
    if (t?.type !== 'word') continue;
    if (pack.complementizers.has(t.lower)) opened = true;
    words++;
  }
  return opened && words >= MIN_CLAIM_WORDS_BEFORE_BASIS;
}

/** `via`, the outlet's id and the relay reason for words an outlet or document carried.
 * Shared with the rules that name the carrier themselves (quoted-as, saying-clause). */
export function relayVia(
  ctx: SentenceContext,
  carrier: FoundSource,
): Pick<Candidate, 'via' | 'viaOutlet' | 'viaSource' | 'reasons'> {
  if (!CARRIERS.has(carrier.kind)) return {};
  const outlet = carrier.outlet ? ctx.registry.get(carrier.outlet) : undefined;
  const state = onlyStateCarried(ctx, carrier, outlet);
  // A document carrying the words ("seperti dikutip dari video tersebut") is recorded as
  // `via`; only outlets have a reason of their own.
  const reasons: Reason[] =
    carrier.kind === 'document' ? [] : [state ? 'relayed_via_state_media' : 'relayed_via_media'];
  // The outlet's name as written, not what trails it ("Antara di Jakarta").
  const named = carrier.outlet
    ? ctx.outlets.find((m) => m.outlet.id === carrier.outlet)?.text
    : undefined;
  // "it said, quoting a spokesman": the outlet "it" points to, not the pronoun.
  const shown =
    carrier.basis?.startsWith('pronoun/') && carrier.resolvesTo ? carrier.resolvesTo : carrier.text;
  return { via: named ?? shown, viaOutlet: carrier.outlet, viaSource: carrier, reasons };
}

/**
 * "Citing Xinhua, the foreign minister said ...": the article cites the outlet before the
 * sentence's speaker, who is the source (the outlet is the via).
 */
function speakerAfterOpeningCitation(
  ctx: SentenceContext,
  kept: Candidate,
  all: readonly Candidate[],
): Candidate | null {
  // "Menurut KCNA, Kim Yo Jong menyebut ...", "Berdasarkan keterangan tertulis ..., Lumina
  // menyebut ...": "according to" an outlet or a document opening the sentence cites it the
  // same way when the speaker, with a cue of their own, opens the clause after its comma
  // ("Menurut Reuters, harga naik setelah OPEC menyatakan ..." stays Reuters').
  const citing = ctx.pack.citations.has(ctx.tokens[kept.cueSpan.start]?.lower ?? '');
  if (!citing && kept.rule !== 'according-to') return null;
  if (ctx.tokens.slice(0, kept.cueSpan.start).some((t) => t.type === 'word')) return null;
  if (!CARRIERS.has(kept.source.kind)) return null;
  // "According to a readout released by KCNA, X said": past the carrier's phrase.
  const after = Math.max(kept.sourceSpan?.end ?? kept.cueSpan.end, kept.addresseeSpan?.end ?? 0);
  const opensClause = (start: number) =>
    citing || (ctx.tokens[after]?.text === ',' && start === after + 1);
  return (
    all.find(
      (c) =>
        c !== kept &&
        c.rank === 2 &&
        c.sourceSpan !== null &&
        c.sourceSpan.start >= after &&
        opensClause(c.sourceSpan.start) &&
        c.sourceSpan.end <= c.cueSpan.start &&
        !CARRIERS.has(c.source.kind),
    ) ?? null
  );
}

/** "Kepada Antara, Suhariyanto menyebutkan ...": the speaker after the comma of the outlet
 * told (the source phrase found may have run over it), the outlet the via. */
function toldFirst(ctx: SentenceContext, kept: Candidate): Candidate | null {
  const told = frontedAddressee(ctx);
  const src = kept.sourceSpan;
  if (!told || !src || src.end <= told.comma + 1 || src.end > kept.cueSpan.start) return null;
  const span = { start: Math.max(src.start, told.comma + 1), end: src.end };
  const speaker = span.start === src.start ? kept.source : classify(ctx, span);
  if (!speaker || CARRIERS.has(speaker.kind)) return null;
  const relay = relayVia(ctx, told.source);
  return {
    ...kept,
    source: speaker,
    sourceSpan: span,
    ...relay,
    reasons: [...(kept.reasons ?? []), ...(relay.reasons ?? [])],
  };
}

/** "<claim>, X said, according to state media", "X said <claim>, according to a transcript
 * carried by KCNA": the carrier's phrase closing the sentence after the verb is no claim. */
function closingRelayClaim(
  ctx: SentenceContext,
  kept: Candidate,
  carrier: Candidate,
): Pick<Candidate, 'claim'> {
  const at = Math.min(carrier.cueSpan.start, carrier.sourceSpan?.start ?? carrier.cueSpan.start);
  const start = occasionBefore(ctx, at);
  if (start <= Math.max(kept.cueSpan.end, kept.addresseeSpan?.end ?? 0)) return {};
  const spans = [carrier.cueSpan, carrier.sourceSpan, carrier.addresseeSpan];
  if (!onlyTimeAfter(ctx, Math.max(...spans.map((s) => s?.end ?? 0)))) return {};
  return { claim: claimText(ctx, kept, { start: 0, end: start }) };
}

/** Does `outer` take in the whole of `inner`? */
function covers(outer: Span | null | undefined, inner: Span): boolean {
  return !!outer && outer.start <= inner.start && outer.end >= inner.end;
}

export const relayedRefiner: Refiner = {
  id: 'relayed',
  refine(ctx: SentenceContext, kept: Candidate, all: readonly Candidate[]): Candidate {
    if (kept.rank !== 2 || kept.via) return kept;
    const pair = citingPair(ctx, kept, all);
    if (pair) {
      const { citing, carrier } = pair;
      const claim = citedClaim(ctx, citing, carrier);
      const speaker = speakerOnly(ctx, carrier, citing);
      if (CARRIERS.has(speaker.source.kind)) {
        const relay = relayVia(ctx, speaker.source);
        return {
          ...citing,
          ...relay,
          claim,
          reasons: [...(citing.reasons ?? []), ...(relay.reasons ?? [])],
        };
      }
      // "The ministry, quoting a senior official, said ...": an institution passing on a
      // person's words; the person speaks.
      if (INSTITUTIONS.has(speaker.source.kind) && PEOPLE.has(citing.source.kind))
        return { ...citing, claim };
      // "The ministry, citing a new survey, said ...": the speaker is no outlet; it is the
      // source, and what it cites carries the words.
      const relay = CARRIERS.has(citing.source.kind) ? relayVia(ctx, citing.source) : {};
      return {
        ...speaker,
        ...relay,
        claim,
        reasons: [...(speaker.reasons ?? []), ...(relay.reasons ?? [])],
      };
    }
    const speaker =
      speakerAfterOpeningCitation(ctx, kept, all) ?? speakerAroundCitation(ctx, kept, all);
    if (speaker) {
      // A document an outlet released reaches the article through the outlet.
      const relay = relayVia(ctx, documentCarrier(ctx, kept) ?? kept.source);
      return {
        ...speaker,
        ...relay,
        reasons: [...(speaker.reasons ?? []), ...(relay.reasons ?? [])],
      };
    }
    const carried = carriedDocument(ctx, kept, all) ?? carriedAside(ctx, kept);
    if (carried) {
      const relay = relayVia(ctx, carried.carrier);
      const reasons = [...carried.source.reasons, ...(relay.reasons ?? [])];
      return { ...kept, source: carried.source, sourceSpan: carried.span, ...relay, reasons };
    }
    const outletOfDocument = documentCarrier(ctx, kept);
    if (outletOfDocument) {
      const relay = relayVia(ctx, outletOfDocument);
      return { ...kept, ...relay, reasons: [...(kept.reasons ?? []), ...(relay.reasons ?? [])] };
    }
    const told = toldFirst(ctx, kept);
    if (told) return told;
    if (CARRIERS.has(kept.source.kind)) return kept;
    // "a fire that police said was set, local media reported": the outlet reports the whole.
    const outer = outletOverRelative(ctx, kept, all);
    if (outer) return outer;
    // 1. "told Reuters", "kepada surat kabar Die Welt" right after the cue or its source.
    const addressee = addresseeOf(ctx, kept);
    const occasion = addressee?.carrier ? null : occasionCarrier(ctx, kept);
    let carrier: FoundSource | null =
      addressee?.carrier ?? occasion?.source ?? appearanceCarrier(ctx, kept) ?? null;
    const withAddressee = addressee ? { ...kept, addresseeSpan: addressee.span } : kept;
    // 2. Another cue in the sentence whose source is an outlet or document.
    // (A pronoun is never the carrier: "they" stands for someone already counted.)
    // One cue has one source: a second reading of the same cue ('..., said the plan' after
    // "An official, speaking ..., said") carries nothing.
    const other = carrier
      ? undefined
      : all.find(
          (c) =>
            c !== kept &&
            c.cueSpan.start !== kept.cueSpan.start &&
            c.rule !== 'statement-frame' &&
            CARRIERS.has(c.source.kind) &&
            c.source.text !== '' &&
            c.source.reasons.length === 0 &&
            !nestedInClaim(ctx, kept, c) &&
            !basisInClaim(ctx, kept, c) &&
            // "The figures, Fowler argues, show ...": a phrase running over this cue is a
            // misread subject with the speaker inside it, not another carrier.
            !covers(c.sourceSpan, kept.cueSpan) &&
            // "On the claims of media reports saying ..., Roe said": what Roe answers.
            !(inOpeningTopic(ctx, c) && c.cueSpan.end < (kept.sourceSpan?.start ?? 0)),
        );
    // A document's own carrier ("a transcript released by KCNA") before the document.
    const by = other && (outerRelay(ctx, other, all)?.source ?? documentCarrier(ctx, other));
    carrier ??= by ?? other?.source ?? null;
    if (!carrier) return withAddressee;
    const relay = relayVia(ctx, carrier);
    return {
      ...withAddressee,
      ...relay,
      ...(other ? closingRelayClaim(ctx, withAddressee, other) : { claim: occasion?.claim }),
      reasons: [...(kept.reasons ?? []), ...(relay.reasons ?? [])],
    };
  },
};
