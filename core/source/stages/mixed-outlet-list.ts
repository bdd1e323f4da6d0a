/**
 * "Residents and state television said", "monitors and state media reported": a list joining
 * an outlet with a source that is no outlet does not carry the outlet's words alone, so it is
 * not state media (nor media). The list speaks as its first item that is no outlet (the
 * residents, the monitors), with the outlet kept as the source's outlet, as for a relay.
 * Lists of outlets only are outlet-list's.
 */
import { classify } from '../classify';
import type { Analysis } from '../analysis';
import { outletIn } from '../tokens';
import { itemKind, listItems } from './outlet-list';
import type { Stage } from './types';

/** Kinds an item that is no outlet may not take: it would be an outlet after all, or no one. */
const NOT_A_PARTNER = new Set(['media', 'state_media', 'unattributed']);

export const mixedOutletList: Stage = {
  id: 'mixed-outlet-list',
  decide(a: Analysis) {
    const items = listItems(a);
    if (!items) return null;
    const kinds = items.map((span) => itemKind(a, span));
    const first = kinds.indexOf(null);
    // Only state media: "Reuters and witnesses said" stays the independent outlet's (an
    // unknown name beside it may be an outlet the registry lacks).
    if (first < 0 || !kinds.includes('state_media')) return null;
    const other = classify(a.ctx, items[first]!);
    if (!other || NOT_A_PARTNER.has(other.kind)) return null;
    const outletItem = items.find((span, k) => kinds[k] !== null && outletIn(a.ctx, span));
    const outlet = outletItem ? (outletIn(a.ctx, outletItem)?.outlet.id ?? null) : null;
    return a.found(other.kind, 'mixed-outlet-list', {
      name: other.name,
      role: other.role,
      outlet,
    });
  },
};
