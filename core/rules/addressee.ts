/**
 * Who a speaker's verb names right after it: a carrier ("told Reuters", "said on state
 * television", "kepada surat kabar Die Welt") or an audience ("told reporters", "told a joint
 * news conference"), kept out of the claim either way (rules/relayed.ts records a carrier as
 * `via`).
 */
import type { SentenceContext } from '../context';
import { classify, type FoundSource, type Span } from '../source';
import { clauseAt } from './bare-stance';
import {
  CARRIERS,
  carrierAfter,
  outletBeforePlace,
  pastPlace,
  placedCarrierAfter,
  shrink,
} from './carriers';
import { carrierOfOccasion } from './occasion-carrier';
import { pronounClause } from './told-to-act';
import type { Candidate } from './types';

/** Words before an occasion's noun after a verb of telling ("a joint", "a packed"). */
const MAX_OCCASION_LEAD = 3;
/** End of an occasion told ("told a joint news conference"), or -1. */
function toldOccasion(ctx: SentenceContext, from: number): number {
  const { pack, tokens } = ctx;
  for (let k = from; k < from + MAX_OCCASION_LEAD && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || t.cap || ctx.quoted[k]) return -1;
    // "told reporters the meeting went well": a determiner after the first word opens the
    // claim's subject; the occasion's noun is in the claim.
    if (k > from && pack.determiners.has(t.lower)) return -1;
    const len = pack.occasionNouns.matchAt(tokens, k);
    if (len > 0) return k + len;
  }
  return -1;
}

/**
 * "told Radio Zeta the plan would fail": a determiner right after a word of the phrase opens
 * the claim's subject, no part of the carrier ("the head of the agency" keeps its "the").
 * The phrase up to there, with its source when that is still a carrier.
 */
function secondPhraseCut(
  ctx: SentenceContext,
  found: { source: FoundSource; span: Span } | null,
): { source: FoundSource | null; span: Span } | null {
  if (!found) return null;
  const { tokens, pack } = ctx;
  for (let k = found.span.start + 1; k < found.span.end; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || !prev || !pack.determiners.has(t.lower) || prev.type !== 'word') continue;
    if (pack.connectors.has(prev.lower) || pack.locatives.has(prev.lower)) continue;
    if (pack.determiners.has(prev.lower)) continue;
    const span = { start: found.span.start, end: k };
    const source = classify(ctx, span);
    if (source && CARRIERS.has(source.kind)) return { source, span };
    // "told Xinhua in Kelbo the plan ...": the outlet before the place it was told in.
    return outletBeforePlace(ctx, span) ?? { source: null, span };
  }
  return found;
}

/** Words of a person's name told something, with a title ("told Deputy Mayor Anna Berg"). */
const MAX_LISTENER_NAME_WORDS = 6;

/** End of a capitalised name at `from` that a finite clause follows, or -1. */
function namedListener(ctx: SentenceContext, from: number): number {
  const { tokens } = ctx;
  let e = from;
  while (
    e < from + MAX_LISTENER_NAME_WORDS &&
    tokens[e]?.type === 'word' &&
    tokens[e]?.cap &&
    !ctx.quoted[e]
  )
    e++;
  return e > from && clauseAt(ctx, e) ? e : -1;
}

/** Words of a plain listener before the clause told ("his new staff"). */
const MAX_PLAIN_LISTENER_WORDS = 4;

/** "told investors it expected ...", "told his men they had to ...": plain words of a
 * listener, then a clause its subject pronoun opens. Where that clause starts, or -1. */
function listenerBeforePronoun(ctx: SentenceContext, from: number): number {
  const { tokens, pack } = ctx;
  for (let k = from + 1; k <= from + MAX_PLAIN_LISTENER_WORDS && k < tokens.length; k++) {
    const t = tokens[k - 1];
    if (!t || t.type !== 'word' || ctx.quoted[k - 1] || pack.complementizers.has(t.lower))
      return -1;
    if (pronounClause(ctx, k)) return k;
  }
  return -1;
}

/** A plural noun of saying at `at`, then its "that" or its link ("reports that", "claims
 * by"): the words before it are its modifier, not an outlet told. */
function nounOfSayingAt(ctx: SentenceContext, at: number): boolean {
  const { pack, tokens } = ctx;
  const next = tokens[at + 1]?.lower ?? '';
  return (
    pack.nounPlurals.has(tokens[at]?.lower ?? '') &&
    !ctx.quoted[at] &&
    (pack.complementizers.has(next) || pack.claimNounLinks.has(next))
  );
}

/** A carrier or an audience right after the cue or its source ("told Reuters", "told
 * reporters", "kepada surat kabar Die Welt", "said on state television"). */
export function addresseeOf(
  ctx: SentenceContext,
  kept: Candidate,
): { carrier: FoundSource | null; span: Span } | null {
  const { pack, tokens } = ctx;
  const told = pack.tellVerbs.has(tokens[kept.cueSpan.start]?.lower ?? '');
  const after = Math.max(kept.cueSpan.end, kept.sourceSpan?.end ?? 0);
  // "Para saksi kepada AFP menuturkan": a language that puts the addressee between the
  // speaker and the verb (its interposers) names the outlet told there.
  // "Seorang pejabat, yang enggan disebut namanya, kepada AFP mengatakan": after the comma
  // closing the source's aside.
  const end = kept.sourceSpan?.end ?? after;
  const own = tokens[end]?.text === ',' && !ctx.quoted[end] ? end + 1 : end;
  const between = own < kept.cueSpan.start && pack.interposers.has(tokens[own]?.lower ?? '');
  // "kata Direktur PT X, Budi, kepada Tempo": past the comma closing a speaker's apposition
  // after the verb, an addressee still names the outlet told.
  const closed =
    own > end &&
    (kept.sourceSpan?.start ?? -1) >= kept.cueSpan.end &&
    pack.addressees.has(tokens[own]?.lower ?? '');
  for (const i of new Set([kept.cueSpan.end, after, ...(between || closed ? [own] : [])])) {
    const t = tokens[i];
    // "said on condition of anonymity in order to ...": why the name is withheld, no
    // outlet or audience (nor a document ending in "order").
    if (!t || pack.withheldNames.matchAt(tokens, i) > 0) continue;
    const occasion =
      carrierOfOccasion(ctx, i) ??
      (told && i === kept.cueSpan.end ? carrierOfOccasion(ctx, i - 1, true) : null);
    if (occasion) return { carrier: occasion.source, span: occasion.span };
    // "wrote in the Daily Star that": the cue and the word after it make a relay.
    const cueStart = kept.cueSpan.start;
    const relayed =
      i === kept.cueSpan.end && pack.relays.matchAt(tokens, cueStart) === i + 1 - cueStart;
    const from =
      told && i === kept.cueSpan.end
        ? i
        : pack.addressees.has(t.lower) || pack.relayPrepositions.has(t.lower) || relayed
          ? i + 1
          : -1;
    if (from < 0) continue;
    // "said on Thursday the truce held": a date, not a carrier.
    if (pack.timeWords.has(tokens[from]?.lower ?? '')) continue;
    // "told a joint news conference": an occasion told is an audience, not its outlet.
    const occasionEnd = told && i === kept.cueSpan.end ? toldOccasion(ctx, from) : -1;
    if (occasionEnd > 0) return { carrier: null, span: { start: from, end: occasionEnd } };
    const cut = secondPhraseCut(ctx, carrierAfter(ctx, from) ?? placedCarrierAfter(ctx, from));
    // "told Radio Zeta the plan would fail" with no outlet known by that name: who was told.
    if (cut && !cut.source && told) return { carrier: null, span: cut.span };
    const found = cut?.source ? { source: cut.source, span: cut.span } : null;
    // "wrote in a letter": only an outlet is written in as a carrier.
    if (relayed && found?.source.kind === 'document') continue;
    // "told Anna it was time": a name told, no outlet, then the clause told.
    const named = !found && told && i === kept.cueSpan.end ? namedListener(ctx, from) : -1;
    if (named > from) return { carrier: null, span: { start: from, end: named } };
    const plain = !found && told && i === kept.cueSpan.end ? listenerBeforePronoun(ctx, from) : -1;
    if (plain > from) return { carrier: null, span: { start: from, end: plain } };
    // "told a daily news briefing": words right before an occasion's noun are the occasion's
    // ("told Reuters in an interview" is Reuters).
    const atOccasion =
      found !== null &&
      pack.occasionNouns.matchAt(tokens, found.span.end) > 0 &&
      !pack.stopwords.has(tokens[found.span.end - 1]?.lower ?? '');
    if (found && !atOccasion) {
      // "told state-run television in a broadcast ...": the outlet, not the words after it
      // (a document keeps its words: "keterangan tertulis").
      const shrunk = shrink(ctx, found);
      // "responded to local media reports that ...": the outlet's words modify the noun of
      // saying after them; nothing was told to the outlet.
      if (nounOfSayingAt(ctx, shrunk.span.end)) continue;
      const outlet = found.source.kind === 'document' ? found.source : shrunk.source;
      return { carrier: outlet, span: { ...shrunk.span, end: pastPlace(ctx, shrunk.span.end) } };
    }
    // "told reporters": an audience, no part of the claim.
    const audience = pack.audiences.matchAt(tokens, from);
    if (audience && !pack.relayPrepositions.has(t.lower))
      return { carrier: null, span: { start: from, end: from + audience } };
  }
  return null;
}
