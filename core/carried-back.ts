/**
 * "General X said the drills were a rehearsal. His comments were carried by state media.":
 * the sentence after a speaker's words names the outlet that carried them. The words reached
 * the article only through that outlet, so the claims of the sentence before take it as
 * their `via` (and the state-media flag when it is state-controlled). Such a sentence then
 * claims nothing of its own ("Pernyataan itu disiarkan media pemerintah pada Selasa" only
 * says where the words went), unless it points back to the matter itself ("Hal itu
 * dilaporkan KCNA" is the outlet's anaphoric claim).
 */
import type { SentenceContext } from './context';
import type { Claim } from './report';
import { CARRIERS, carrierAfter, shrink } from './rules/carriers';
import { onlyTimeAfter } from './rules/closing-occasion';
import { relayVia } from './rules/relayed';
import { outletGiven } from './rules/remarks-made';
import type { FoundSource } from './source';
import type { Token } from './text';

/** The outlet of a sentence that is only "<the words> <carried by> <outlet> [time]". */
export function carriedBackOutlet(ctx: SentenceContext): FoundSource | null {
  const { tokens, pack } = ctx;
  if (tokens.some((t, k) => ctx.quoted[k] || t.type === 'quote')) return null;
  const pointer = (t: Token | undefined) =>
    !!t && (pack.possessives.has(t.lower) || pack.anaphoricMarkers.has(t.lower));
  let k = 0;
  while (pointer(tokens[k]) || pack.determiners.has(tokens[k]?.lower ?? '')) k++;
  const noun = pack.carriedWords.matchAt(tokens, k);
  if (!noun) return null;
  k += noun;
  // "His remarks were also carried by", "Hal itu disiarkan".
  while (
    pointer(tokens[k]) ||
    pack.passiveAuxiliaries.has(tokens[k]?.lower ?? '') ||
    pack.adverbs.has(tokens[k]?.lower ?? '')
  )
    k++;
  // "carried live by", "disiarkan langsung": a word of how the broadcast went out after
  // the verb.
  const manner = pack.broadcastManners.has(tokens[k + 1]?.lower ?? '');
  const verbTokens = manner ? [tokens[k] as Token, ...tokens.slice(k + 2)] : tokens.slice(k);
  let verb = pack.carriedBackVerbs.matchAt(verbTokens, 0);
  if (verb && manner) verb++;
  if (!verb) return null;
  const found = carrierAfter(ctx, k + verb);
  if (!found || found.source.kind === 'document') return null;
  const shrunk = shrink(ctx, found);
  return onlyTimeAfter(ctx, shrunk.span.end) ? shrunk.source : null;
}

/** Words of the subject before "made the comments" ("Leader Kim Jong Un"). */
const MAX_SUBJECT_WORDS = 5;

/**
 * "Kim made the comments as he met scientists, according to KCNA": a subject, a verb of
 * making the words ("made", "gave"), the words' noun, and an outlet cited after the last
 * comma. The outlet is returned; the sentence keeps its own claim (the occasion it reports).
 */
export function remarksMadeOutlet(ctx: SentenceContext): FoundSource | null {
  const { tokens, pack } = ctx;
  let k = 0;
  while (
    k < tokens.length &&
    k <= MAX_SUBJECT_WORDS &&
    tokens[k]?.type === 'word' &&
    !ctx.quoted[k]
  )
    if (pack.remarkMakingVerbs.matchAt(tokens, k) > 0) break;
    else k++;
  const verb = pack.remarkMakingVerbs.matchAt(tokens, k);
  if (k === 0 || !verb) return null;
  let n = k + verb;
  while (
    pack.determiners.has(tokens[n]?.lower ?? '') ||
    pack.possessives.has(tokens[n]?.lower ?? '')
  )
    n++;
  const noun = pack.carriedWords.matchAt(tokens, n);
  if (!noun) return null;
  // '..., according to KCNA', or '... Hwasong-17," according to KCNA': the comma may close a
  // quotation before its mark.
  const comma = tokens.findLastIndex((t) => t.text === ',');
  // "Kim made the remarks in an interview with the Wirely correspondent": given to an outlet.
  if (comma <= n) return outletGiven(ctx, n + noun)?.source ?? null;
  const at = comma + (tokens[comma + 1]?.type === 'quote' ? 2 : 1);
  const cue = pack.accordingTo.matchAt(tokens, at);
  if (!cue || ctx.quoted[at]) return null;
  const found = carrierAfter(ctx, at + cue);
  if (!found || found.source.kind === 'document') return null;
  const shrunk = shrink(ctx, found);
  return onlyTimeAfter(ctx, shrunk.span.end) ? shrunk.source : null;
}

/** Tracks each sentence's claims, so that such a sentence can pass its outlet back. */
export class CarriedBack {
  /** Where the claims of the sentence being read, and of the one before, start. */
  private current = 0;
  private before = 0;

  /** Called once after each sentence, with every claim so far. */
  after(ctx: SentenceContext, claims: Claim[]): void {
    const start = this.current;
    const earlierStart = this.before;
    this.before = start;
    this.current = claims.length;
    const carried = carriedBackOutlet(ctx);
    const made = carried ? null : remarksMadeOutlet(ctx);
    const carrier = carried ?? made;
    if (!carrier) return;
    const earlier = claims
      .slice(earlierStart, start)
      .filter(
        (c) => !c.source.via && !CARRIERS.has(c.source.kind) && c.source.kind !== 'unattributed',
      );
    if (earlier.length === 0) return;
    if (!made && ctx.pack.anaphors.matchAt(ctx.tokens, 0) === 0) {
      // The outlet's own reading of this sentence is no claim: its words are the earlier ones.
      const own = claims.slice(start).every((c) => c.source.text === carrier.text);
      if (own) {
        claims.splice(start);
        this.current = start;
      }
    }
    const relay = relayVia(ctx, carrier);
    const state = relay.reasons?.includes('relayed_via_state_media') ?? false;
    for (const c of earlier) {
      c.source.via = relay.via ?? null;
      c.source.outlet ??= relay.viaOutlet ?? null;
      c.reasons = [...new Set([...c.reasons, ...(relay.reasons ?? [])])];
      if (!state) continue;
      if (!c.flags.includes('state_media')) c.flags = [...c.flags, 'state_media'];
      c.strength = 'weak';
    }
  }
}
