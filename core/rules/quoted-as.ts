/**
 * An outlet quoting a speaker: "KCNA quoted the leader as saying ...", "Russia's RIA news
 * agency quoted a defence ministry source as saying ...", "X was quoted by state media as
 * saying ...", '"...," X was quoted as saying by ISNA', "Yonhap mengutip seorang pejabat
 * yang mengatakan ...". The speaker is the source; an outlet or document that did the
 * quoting is recorded as `via` (docs/attribution.md: a claim reaching the article only
 * through state media carries the state_media flag).
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import {
  plainSource,
  classify,
  classifyNounPhrase,
  nounPhraseHead,
  sourceAfter,
  type FoundSource,
  type Span,
} from '../source';
import { shrink } from './carriers';
import { relayVia } from './relayed';
import { speakerBefore } from './speaker-before';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';

const CARRIERS: ReadonlySet<SourceKind> = new Set(['media', 'state_media', 'document']);

interface Carrier {
  source: FoundSource;
  span: Span;
}

/** The outlet or document named at `from` after an agent marker ("by TASS"), if any. */
function agentAt(ctx: SentenceContext, from: number): Carrier | null {
  if (!ctx.pack.agentMarkers.has(ctx.tokens[from]?.lower ?? '')) return null;
  const span = sourceAfter(ctx, from + 1);
  const source = span ? classify(ctx, span) : null;
  return span && source && CARRIERS.has(source.kind) ? { source, span } : null;
}

/** Words of a place or time between a complement and its agent ("as saying in Vienna by"). */
const MAX_PLACE_TOKENS = 4;

/** The agent after a short place or time phrase: "as saying in Vienna by state media". */
function agentAfterPlace(ctx: SentenceContext, from: number): Carrier | null {
  const { tokens, pack } = ctx;
  if (
    !pack.locatives.has(tokens[from]?.lower ?? '') &&
    !pack.timeWords.has(tokens[from]?.lower ?? '')
  )
    return null;
  for (let k = from + 1; k < tokens.length && k - from <= MAX_PLACE_TOKENS; k++) {
    if (tokens[k]?.type !== 'word' || ctx.quoted[k]) return null;
    if (pack.agentMarkers.has(tokens[k]?.lower ?? '')) return agentAt(ctx, k);
  }
  return null;
}

/** "as telling state television that ...": the outlet told, right after a telling
 * complement starting at `at` and ending at `end`. */
function outletTold(ctx: SentenceContext, at: number, end: number): Carrier | null {
  if (ctx.pack.tellingComplements.matchAt(ctx.tokens, at) !== end - at) return null;
  const span = sourceAfter(ctx, end);
  const source = span ? classify(ctx, span) : null;
  if (!span || !source || (source.kind !== 'media' && source.kind !== 'state_media')) return null;
  return shrink(ctx, { source, span });
}

/** Words of the listener told ("his Kelbo counterpart"). */
const MAX_LISTENER_WORDS = 5;

/** "as telling his counterpart that ...", "as telling reporters ...": the listener after a
 * telling complement (from `at` to `end`) is no part of the words told. */
function listenerTold(ctx: SentenceContext, at: number, end: number): Span | null {
  const { tokens, pack } = ctx;
  if (pack.tellingComplements.matchAt(tokens, at) !== end - at) return null;
  const audience = pack.audiences.matchAt(tokens, end);
  for (let k = end; k <= end + MAX_LISTENER_WORDS; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) break;
    if (pack.complementizers.has(t.lower)) return k > end ? { start: end, end: k } : null;
    // "as telling them to leave": no words told after a function word but "the" or "his".
    const owner = pack.determiners.has(t.lower) || pack.possessives.has(t.lower);
    if (pack.stopwords.has(t.lower) && !owner) break;
  }
  return audience > 0 ? { start: end, end: end + audience } : null;
}

/** The relay's `via`, outlet id and reason, from the carrier that quoted the speaker. */
function relayOf(
  ctx: SentenceContext,
  carrier: Carrier | null,
): Pick<Candidate, 'via' | 'viaOutlet' | 'viaSource' | 'reasons'> {
  return carrier ? relayVia(ctx, carrier.source) : {};
}

/** Words between a quoting verb and its complement ("quoted X as saying"). */
const MAX_QUOTED_SPEAKER_TOKENS = 12;

/** The speaker phrase from `start` up to the first quote complement, classified: as a plain
 * noun phrase when no stage knows it ("an opposition figure"), an unnamed source. */
function speakerUpToComplement(
  ctx: SentenceContext,
  start: number,
  asOnly = false,
): { span: Span; source: FoundSource; from: number; complement: number } | null {
  const { tokens } = ctx;
  for (let k = start + 1; k < tokens.length && k - start <= MAX_QUOTED_SPEAKER_TOKENS; k++) {
    const t = tokens[k];
    if (!t || ctx.quoted[k] || t.type === 'quote' || /^[.;:!?]$/.test(t.text)) return null;
    const complement = complementAt(ctx, k, asOnly);
    if (!complement) continue;
    const end = tokens[k - 1]?.text === ',' ? k - 1 : k;
    // "reported the meeting, citing Premier Li Wei as saying": the speaker is the one cited,
    // not what the outlet reported.
    const cited = citedFrom(ctx, start, end);
    const span = { start: cited, end };
    const known = classify(ctx, span) ?? classifyNounPhrase(ctx, span);
    const plain = !known && nounPhraseHead(ctx, span) >= 0;
    const source = known ?? (plain ? plainSource(tokensText(ctx, start, end), 'anonymous') : null);
    return source ? { span, source, from: k, complement } : null;
  }
  return null;
}

/** Where the speaker starts after a relay's citing word ("citing", "quoting") inside the
 * phrase from `start` to `end`, after its comma; `start` when none stands there. */
function citedFrom(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  for (let k = start + 1; k < end - 1; k++) {
    if (tokens[k - 1]?.text !== ',' || ctx.quoted[k]) continue;
    const len = pack.accordingTo.matchAt(tokens, k, end);
    if (len > 0 && tokens[k + len]?.type === 'word') return k + len;
  }
  return start;
}

/** The verbs of quoting at their places, with the complements each takes: "reported"
 * relays a speaker only before an "as" complement ("reported the premier as saying"). */
function quotingVerbs(ctx: SentenceContext): Array<[number, number, boolean]> {
  const { pack } = ctx;
  return [
    ...matchesOutsideQuotes(ctx, pack.quoteVerbs, { lowerOnly: true }).map(
      ([at, len]) => [at, len, false] as [number, number, boolean],
    ),
    ...matchesOutsideQuotes(ctx, pack.reportedAsVerbs, { lowerOnly: true }).map(
      ([at, len]) => [at, len, true] as [number, number, boolean],
    ),
  ];
}

/** Length of a complement at `at`; only the "as ..." forms when `asOnly`. */
function complementAt(ctx: SentenceContext, at: number, asOnly: boolean): number {
  const table = asOnly ? ctx.pack.reportedAsComplements : ctx.pack.quoteComplements;
  return table.matchAt(ctx.tokens, at);
}

/** "KCNA quoted the leader as saying": the speaker after the verb, then a complement. */
function active(ctx: SentenceContext, out: Candidate[]): void {
  for (const [at, len, asOnly] of quotingVerbs(ctx)) {
    // "was reported by state media as saying": the passive's (below), no speaker after it.
    if (ctx.pack.agentMarkers.has(ctx.tokens[at + len]?.lower ?? '')) continue;
    let span = sourceAfter(ctx, at + len);
    // "quoted Tom Hale, a lawyer with the bar, as saying": the appositive's closing comma.
    let from = span && ctx.tokens[span.end]?.text === ',' ? span.end + 1 : (span?.end ?? -1);
    let complement = span ? complementAt(ctx, from, asOnly) : 0;
    let source = span && complement ? classify(ctx, span) : null;
    if (!source) {
      // "cited security chief Li Wei as telling", "quoted the officer in charge of the
      // centre as saying": the complement closes the speaker's phrase.
      const closed = speakerUpToComplement(ctx, at + len, asOnly);
      if (!closed) continue;
      ({ span, source, from, complement } = closed);
    }
    if (!span) continue;
    // "The TV is quoting its reporter as saying": a progressive's auxiliary before the verb.
    const aux = ctx.pack.finiteAuxiliaries.has(ctx.tokens[at - 1]?.lower ?? '') ? at - 1 : at;
    const carrier = speakerBefore(ctx, at) ?? (aux < at ? speakerBefore(ctx, aux) : null);
    // The carrier's words are no part of the claim either: the cue runs from it.
    const start = carrier && CARRIERS.has(carrier.source.kind) ? carrier.span.start : at;
    const end = from + complement;
    const agent = agentAt(ctx, end);
    const listener = agent ? null : listenerTold(ctx, from, end);
    out.push({
      rule: 'quoted-as',
      cue: tokensText(ctx, at, at + len),
      cueSpan: { start, end },
      source,
      sourceSpan: span,
      rank: 2,
      ...relayOf(ctx, carrier ?? agent),
      ...(agent ? { addresseeSpan: agent.span } : {}),
      ...(listener ? { addresseeSpan: listener } : {}),
    });
  }
}

/** "X was later quoted as saying", "were widely cited as saying": a quoting participle after
 * a form of "be" with adverbs between; the phrase from the auxiliary on, as [at, len]. */
function quotedAfterAdverbs(ctx: SentenceContext): [number, number][] {
  const { tokens, pack } = ctx;
  const out: [number, number][] = [];
  for (const [at, len] of matchesOutsideQuotes(ctx, pack.quotedParticiples, { lowerOnly: true })) {
    let k = at - 1;
    while (k >= 0 && !ctx.quoted[k] && pack.adverbs.has(tokens[k]?.lower ?? '')) k--;
    const aux = tokens[k];
    if (k === at - 1 || !aux || ctx.quoted[k] || !pack.passiveAuxiliaries.has(aux.lower)) continue;
    out.push([k, at + len - k]);
  }
  return out;
}

/** "X was quoted (by TASS) as saying (by TASS)", "X was reported by TASS as saying". */
function passive(ctx: SentenceContext, out: Candidate[]): void {
  const { pack } = ctx;
  const quoted = [
    ...matchesOutsideQuotes(ctx, pack.quotedPassive, { lowerOnly: true }),
    ...quotedAfterAdverbs(ctx),
  ];
  const reported = matchesOutsideQuotes(ctx, pack.reportedAsPassives, { lowerOnly: true });
  for (const [at, len] of [...quoted, ...reported]) {
    const speaker = speakerBefore(ctx, at);
    if (!speaker) continue;
    const before = agentAt(ctx, at + len);
    const from = before ? before.span.end : at + len;
    // "was reported to have fled" is a hedge: the reported forms take only "as saying".
    const asOnly = reported.some(([r]) => r === at);
    const table = asOnly ? pack.reportedAsComplements : pack.quoteComplements;
    const complement = table.matchAt(ctx.tokens, from);
    if (!complement) continue;
    const after = before
      ? null
      : (agentAt(ctx, from + complement) ??
        agentAfterPlace(ctx, from + complement) ??
        outletTold(ctx, from, from + complement));
    const agent = before ?? after;
    const listener = agent ? null : listenerTold(ctx, from, from + complement);
    out.push({
      rule: 'quoted-as',
      cue: tokensText(ctx, at, at + len),
      cueSpan: { start: at, end: from + complement },
      source: speaker.source,
      sourceSpan: speaker.span,
      rank: 2,
      ...relayOf(ctx, agent),
      ...(after ? { addresseeSpan: after.span } : {}),
      ...(listener ? { addresseeSpan: listener } : {}),
    });
  }
}

export const quotedAs: Rule = {
  id: 'quoted-as',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    active(ctx, out);
    passive(ctx, out);
    return out;
  },
};
