/**
 * "Kim said the test succeeded, state media reported. He said more would follow.": a pronoun
 * (or the speaker's name again) in the very next sentence that points back to a speaker whose
 * words state media carried,
 * with no carrier of its own, goes on with the same report; the words still reach the article
 * only through that outlet, so the `via` and the state-media flag carry over.
 */
import type { SentenceContext } from './context';
import type { Candidate } from './rules';

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

export class RelayContinuation {
  private last: Relay | null = null;

  /** The candidate with the relay of the sentence before carried over, when it continues it. */
  carry(ctx: SentenceContext, kept: Candidate): Candidate {
    const relay = this.last;
    const { source } = kept;
    if (!relay || kept.via || relay.sentence !== ctx.index - 1) return kept;
    // A pronoun, or the speaker's name again ("Kim also said ..." after "Kim Jong Un said
    // ..., KCNA reported") or a description pointing back to it ("The ministry also said"
    // after "the foreign ministry said ..."), with no audience of its own ("told reporters"
    // is a new occasion).
    const again =
      source.reasons.includes('pronoun_resolved') ||
      ((source.kind === 'named_person' || source.resolvesTo !== null) && !kept.addresseeSpan);
    if ((!again || source.resolvesTo !== relay.speaker) && !sameDocument(ctx, kept)) return kept;
    return {
      ...kept,
      ...relay.carried,
      reasons: [...new Set([...(kept.reasons ?? []), ...(relay.carried.reasons ?? [])])],
    };
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
