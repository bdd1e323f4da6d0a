/**
 * "Kim said the test succeeded, state media reported. He said more would follow.": a pronoun
 * (or the speaker's name again) in the very next sentence that points back to a speaker whose
 * words state media carried,
 * with no carrier of its own, goes on with the same report; the words still reach the article
 * only through that outlet, so the `via` and the state-media flag carry over. So does an
 * unnamed group the outlet cited, pointed back to ("One of the officials said").
 */
import type { SentenceContext } from './context';
import type { Candidate } from './rules';
import { relayVia } from './rules/relayed';

interface Relay {
  speaker: string;
  sentence: number;
  carried: Pick<Candidate, 'via' | 'viaOutlet' | 'viaSource' | 'reasons'>;
}

/** Words of a document named again with a pointing word ("The statement", "Pernyataan
 * itu"), at most this many besides the pointing words. */
const MAX_DOCUMENT_WORDS = 2;

/** "The statement also said ..." after "... said in a statement carried by KCNA": the
 * document the sentence before went through, named again with a pointing word. */
function sameDocument(ctx: SentenceContext, kept: Candidate): boolean {
  const { source } = kept;
  const { pack, previous } = ctx;
  if (source.kind !== 'document' || !previous || kept.addresseeSpan) return false;
  const words = source.text.toLowerCase().split(/\s+/u);
  if (!words.some((w) => pack.anaphoricMarkers.has(w))) return false;
  const head = words.filter((w) => !pack.anaphoricMarkers.has(w) && !pack.determiners.has(w));
  if (head.length === 0 || head.length > MAX_DOCUMENT_WORDS) return false;
  const before = previous.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return before.some((_, i) => head.every((w, k) => before[i + k] === w));
}

/** "One of the officials said", "another of the sources added", "the officials said" after
 * "..., Xinhua said, citing two officials": the unnamed group the outlet cited, pointed back to
 * (a pointing word and the same head noun), speaking on in the same report. */
function sameUnnamed(ctx: SentenceContext, kept: Candidate, relay: Relay): boolean {
  const { source } = kept;
  if (source.kind !== 'unnamed_official' && source.kind !== 'anonymous') return false;
  const words = source.text.toLowerCase().split(/\s+/u);
  if (!words.some((w) => ctx.pack.anaphoricMarkers.has(w))) return false;
  const head = words[words.length - 1];
  return relay.speaker.toLowerCase().split(/\s+/u).at(-1) === head;
}

/** "told the paper", "told the English-language publication": the outlet the sentence before
 * went through, pointed back to with one of its words. Not a new audience or carrier. */
function sameCarrier(ctx: SentenceContext, kept: Candidate): boolean {
  const { pack } = ctx;
  if (!kept.via || kept.viaOutlet) return false;
  const words = kept.via.toLowerCase().split(/\s+/u);
  if (words.length > 3 || !words.some((w) => pack.anaphoricMarkers.has(w))) return false;
  return words.some((w) => pack.outletNouns.has(w));
}

function carried(kept: Candidate, relay: Relay): Candidate {
  return {
    ...kept,
    ...relay.carried,
    reasons: [...new Set([...(kept.reasons ?? []), ...(relay.carried.reasons ?? [])])],
  };
}

/** "He was quoted as saying ..." with no one quoting: the quote came from the report of the
 * sentence before. */
function agentlessQuote(ctx: SentenceContext, kept: Candidate): boolean {
  return !kept.via && ctx.pack.quotedPassive.matchAt(ctx.tokens, kept.cueSpan.start) > 0;
}

/** A participle of being asked before the verb, outside quotation marks. */
function askedBefore(ctx: SentenceContext, verb: number): boolean {
  return ctx.tokens
    .slice(0, verb)
    .some((t, k) => !ctx.quoted[k] && ctx.pack.askedParticiples.has(t.lower));
}

export class RelayContinuation {
  private last: Relay | null = null;
  /** The state outlet that was the source of the sentence before ("..., Tasnim reported"). */
  private outlet: { sentence: number; carried: Relay['carried'] } | null = null;

  /** The candidate with the relay of the sentence before carried over, when it continues it. */
  carry(ctx: SentenceContext, kept: Candidate): Candidate {
    const relay = this.last;
    const { source } = kept;
    // "X spoke of the case, Tasnim reported. He was quoted as saying ...": quoted by the
    // outlet that reported him.
    const outlet = this.outlet;
    if (outlet && outlet.sentence === ctx.index - 1 && agentlessQuote(ctx, kept))
      return carried(kept, { speaker: '', sentence: outlet.sentence, carried: outlet.carried });
    if (!relay || relay.sentence !== ctx.index - 1) return kept;
    // Its own audience ("told reporters") is a new occasion; "told the paper" is the same one.
    const sameOccasion = kept.via ? sameCarrier(ctx, kept) : !kept.addresseeSpan;
    if (sameOccasion && sameUnnamed(ctx, kept, relay)) return carried(kept, relay);
    if (kept.via) return kept;
    // "He told reporters ...": words said to a listener of this sentence, through no outlet,
    // are a new occasion. So are answers to a question put to the speaker ("Asked by
    // reporters about it, he said", "Ditanya wartawan, ia mengatakan").
    if (ctx.pack.tellVerbs.has(ctx.tokens[kept.cueSpan.start]?.lower ?? '')) return kept;
    if (askedBefore(ctx, kept.cueSpan.start)) return kept;
    // A pronoun, or the speaker's name again ("Kim also said ..." after "Kim Jong Un said
    // ..., KCNA reported") or a description pointing back to it ("The ministry also said"
    // after "the foreign ministry said ..."), with no audience of its own ("told reporters"
    // is a new occasion).
    const again =
      source.reasons.includes('pronoun_resolved') ||
      ((source.kind === 'named_person' || source.resolvesTo !== null) && !kept.addresseeSpan);
    if ((!again || source.resolvesTo !== relay.speaker) && !sameDocument(ctx, kept)) return kept;
    return carried(kept, relay);
  }

  /** A sentence with no claim that is all quotation (a quote paragraph going on with the
   * speaker's words) keeps the relay of the sentence before alive past it. */
  pass(ctx: SentenceContext): void {
    const relay = this.last;
    if (!relay || relay.sentence !== ctx.index - 1) return;
    const words = ctx.tokens.flatMap((t, k) => (t.type === 'word' ? [k] : []));
    if (words.length > 0 && words.every((k) => ctx.quoted[k])) relay.sentence = ctx.index;
  }

  /** Notes the claim just kept: a relayed claim may be continued by the next sentence. */
  note(ctx: SentenceContext, kept: Candidate): void {
    const { source } = kept;
    // A state outlet as the source: a quote with no one quoting in the next sentence is its.
    const asVia = relayVia(ctx, source);
    if (asVia.reasons?.includes('relayed_via_state_media')) {
      const { via, viaOutlet, viaSource } = asVia;
      this.outlet = {
        sentence: ctx.index,
        carried: { via, viaOutlet, viaSource, reasons: ['relayed_via_state_media'] },
      };
    }
    // Who a later pronoun resolves to: the name, or the phrase as written.
    const speaker =
      source.reasons.includes('pronoun_resolved') && source.resolvesTo
        ? source.resolvesTo
        : (source.name ?? source.text);
    // Only state media: the flag is what the reader must not lose. A reporter's own interview
    // ("told Reuters") or a document quoted once says nothing of the words after it.
    if (kept.via && kept.viaSource && kept.reasons?.includes('relayed_via_state_media')) {
      const { via, viaOutlet, viaSource } = kept;
      this.last = {
        speaker,
        sentence: ctx.index,
        carried: { via, viaOutlet, viaSource, reasons: ['relayed_via_state_media'] },
      };
    } else if (this.last?.sentence !== ctx.index) this.last = null;
  }
}
