/**
 * "said in the People's Daily that ...", "menulis dalam jurnal partai Qiushi bahwa ...": the
 * preposition of an occasion names the outlet itself, with no occasion noun, its phrase
 * closed by the clause's complementizer. The outlet carried the words (carriers.ts reads it
 * where it reads "said in a speech on state television").
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import { classify, type FoundSource, type Span } from '../source';
import type { Token } from '../text';

const OUTLET_KINDS: ReadonlySet<SourceKind> = new Set(['media', 'state_media']);
/** Words an outlet's phrase may take between the preposition and the complementizer. */
const MAX_CLAUSE_OUTLET_TOKENS = 10;

/** Token k opens an occasion's noun, a published piece, a relay or a preposition. */
function occasionOrRelayAt(ctx: SentenceContext, k: number): boolean {
  const { pack, tokens } = ctx;
  const w = tokens[k]?.lower ?? '';
  if (pack.relayPrepositions.has(w) || pack.occasionPrepositions.has(w) || pack.locatives.has(w))
    return true;
  return (
    pack.occasionNouns.matchAt(tokens, k) > 0 ||
    pack.publishedPieces.matchAt(tokens, k) > 0 ||
    pack.relays.matchAt(tokens, k) > 0
  );
}

/** "said in the People's Daily that ...", "menulis dalam jurnal partai Qiushi bahwa ...": the
 * occasion's preposition names the outlet itself, its phrase closed by the clause's
 * complementizer (so "said in Beijing that" and "in the Xinhua newsroom" stay as they are). */
export function outletBeforeClause(
  ctx: SentenceContext,
  from: number,
): { source: FoundSource; span: Span } | null {
  const { tokens, pack } = ctx;
  for (let k = from + 1; k <= from + MAX_CLAUSE_OUTLET_TOKENS && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (ctx.quoted[k] || (t.type !== 'word' && t.text !== "'" && t.text !== '-')) return null;
    // An occasion or a relay of its own ("in a speech on state television", "in a statement
    // carried by X") is read by carrierOfOccasion.
    // Words of an outlet's name are the name's ("Global New Light of Myanmar").
    const inName = ctx.outlets.some((m) => m.start <= t.start && t.end <= m.end);
    if (!inName && occasionOrRelayAt(ctx, k)) return null;
    if (!pack.complementizers.has(t.lower)) continue;
    if (k === from + 1) return null;
    // The phrase ends in the outlet's name, its noun or a state-media phrase: "in the Xinhua
    // newsroom", "in Reuters' view" only place or frame the words.
    const last = tokens[k - 1] as Token;
    const state = pack.stateMedia.find(tokens, from + 1, k);
    const stateEnds = state !== null && state.at + state.len === k;
    if (!last.cap && !pack.outletNouns.has(last.lower) && !stateEnds) return null;
    const span = { start: from + 1, end: k };
    const source = classify(ctx, span);
    return source && OUTLET_KINDS.has(source.kind)
      ? { source, span: { start: from, end: k } }
      : null;
  }
  return null;
}
