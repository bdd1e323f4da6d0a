/**
 * "KCNA and Yonhap reported", "seperti dilaporkan KCNA dan Yonhap": a list of outlets (items
 * joined by commas and a coordinator, each an outlet of its own) is the outlets speaking,
 * not a person or a company named by its capitals. State media when every item is; with an
 * independent outlet among them the words do not come only from state media: media.
 */
import { isStateControlled } from '../../outlets';
import type { SourceKind } from '../../report';
import type { Analysis } from '../analysis';
import { outletIn } from '../tokens';
import type { Span } from '../types';
import type { Stage } from './types';

const MAX_ITEMS = 4;

/** The list's items: spans between commas and coordinators; null when there is no
 * coordinator or an item is empty. */
function listItems(a: Analysis): Span[] | null {
  const { tokens, pack, quoted } = a.ctx;
  const items: Span[] = [];
  let from = a.span.start;
  let joined = false;
  for (let k = a.span.start; k <= a.span.end; k++) {
    const t = tokens[k];
    const coordinator = k < a.span.end && !!t && pack.coordinators.has(t.lower) && !quoted[k];
    if (k < a.span.end && t?.text !== ',' && !coordinator) continue;
    if (k === from) {
      if (coordinator) joined = true;
      from = k + 1;
      continue;
    }
    items.push({ start: from, end: k });
    if (coordinator) joined = true;
    from = k + 1;
  }
  return joined && items.length >= 2 && items.length <= MAX_ITEMS ? items : null;
}

/** The item's outlet kind: a registry outlet named in it (its kind the registry's), or a
 * generic state-media phrase; null for anything else ("a monitoring group"). */
function itemKind(a: Analysis, span: Span): SourceKind | null {
  const mention = outletIn(a.ctx, span);
  if (mention) return isStateControlled(mention.outlet) ? 'state_media' : 'media';
  return a.ctx.pack.stateMedia.find(a.ctx.tokens, span.start, span.end) ? 'state_media' : null;
}

export const outletList: Stage = {
  id: 'outlet-list',
  decide(a: Analysis) {
    if (!a.mention()) return null;
    const items = listItems(a);
    if (!items) return null;
    const kinds = items.map((span) => itemKind(a, span));
    if (!kinds.every((k) => k === 'media' || k === 'state_media')) return null;
    return a.found(
      kinds.every((k) => k === 'state_media') ? 'state_media' : 'media',
      'outlet-list',
    );
  },
};
