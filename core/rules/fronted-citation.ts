/**
 * "Quoting a ministry statement, KCNA said <claim>", "Citing the governor, state television
 * reported that <claim>", "Mengutip Menteri X, KCNA melaporkan bahwa <claim>": a citation
 * opening the sentence names who spoke, and the outlet opening the clause after its comma
 * carried the words. The cited one is the source, the outlet the `via`, and the claim is the
 * outlet's clause without the outlet's own verb. (An outlet cited before a speaker who is no
 * outlet, "Citing Xinhua, the minister said", is relayed's.)
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import { claimText } from '../claim';
import { relayVia } from './relayed';
import type { Candidate, Refiner } from './types';

const OUTLETS: ReadonlySet<SourceKind> = new Set(['media', 'state_media']);

/** The citation opening the sentence, its source closed by a comma; null otherwise. */
function openingCitation(ctx: SentenceContext, c: Candidate): number | null {
  const { tokens, pack } = ctx;
  if (c.rank !== 2 || !c.sourceSpan || !pack.citations.has(tokens[c.cueSpan.start]?.lower ?? ''))
    return null;
  if (tokens.slice(0, c.cueSpan.start).some((t) => t.type === 'word')) return null;
  if (c.sourceSpan.start < c.cueSpan.end || tokens[c.sourceSpan.end]?.text !== ',') return null;
  return c.sourceSpan.end;
}

/** The outlet's own cue whose source opens the clause right after the citation's comma. */
function outletAfter(
  ctx: SentenceContext,
  citing: Candidate,
  comma: number,
  all: readonly Candidate[],
): Candidate | null {
  return (
    all.find(
      (c) =>
        c !== citing &&
        c.rank === 2 &&
        OUTLETS.has(c.source.kind) &&
        c.sourceSpan?.start === comma + 1 &&
        c.sourceSpan.end <= c.cueSpan.start &&
        !ctx.pack.citations.has(ctx.tokens[c.cueSpan.start]?.lower ?? ''),
    ) ?? null
  );
}

export const frontedCitation: Refiner = {
  id: 'fronted-citation',
  refine(ctx: SentenceContext, kept: Candidate, all: readonly Candidate[]): Candidate {
    if (kept.via) return kept;
    // Whichever of the two was kept: the citation or the outlet's own cue.
    const citing =
      openingCitation(ctx, kept) !== null
        ? kept
        : all.find((c) => openingCitation(ctx, c) !== null);
    const comma = citing ? openingCitation(ctx, citing) : null;
    if (!citing || comma === null) return kept;
    const outlet = outletAfter(ctx, citing, comma, all);
    if (!outlet || (kept !== citing && kept !== outlet)) return kept;
    const relay = relayVia(ctx, outlet.source);
    return {
      ...citing,
      ...relay,
      claim: claimText(ctx, outlet),
      reasons: [...(citing.reasons ?? []), ...(relay.reasons ?? [])],
    };
  },
};
