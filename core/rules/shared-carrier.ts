/**
 * "X said <claim>, Xinhua and the BBC reported": words two outlets carried, one of them
 * independent of the state, do not reach the article only through state media
 * (docs/attribution.md), whichever outlet the list names first.
 */
import type { SentenceContext } from '../context';
import { isStateControlled, type Outlet } from '../outlets';
import type { FoundSource } from '../source';

/** The carrier's own words join an outlet the registry does not hold state-controlled. */
export function alsoIndependent(ctx: SentenceContext, carrier: FoundSource): boolean {
  const at = carrier.text ? ctx.text.indexOf(carrier.text) : -1;
  if (at < 0) return false;
  const end = at + carrier.text.length;
  const joined = ctx.tokens.some(
    (t, k) => t.start >= at && t.end <= end && !ctx.quoted[k] && ctx.pack.coordinators.has(t.lower),
  );
  return (
    joined && ctx.outlets.some((m) => m.start >= at && m.end <= end && !isStateControlled(m.outlet))
  );
}

/** Words the carrier passed on reach the article only through state media: a state outlet
 * (by kind or by the registry entry `outlet`) and no independent one joined to it. */
export function onlyStateCarried(
  ctx: SentenceContext,
  carrier: FoundSource,
  outlet: Outlet | undefined,
): boolean {
  const state = carrier.kind === 'state_media' || isStateControlled(outlet);
  return state && !alsoIndependent(ctx, carrier);
}
