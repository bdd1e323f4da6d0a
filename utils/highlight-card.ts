/**
 * The claim card's content and place: what the in-page card says about one claim (its number,
 * kind, strength, flags, source and reasons) and where it goes beside a point in the window.
 */
// Types only: importing values from core/report would build every report schema on every page.
import type { Claim } from '@/core/report';
import { revealBidi } from './bidi';
import type { Translate } from './highlight-legend';

/** The card's children for a claim; `number` is its place in the popup's list (1-based), or 0. */
export function cardContent(doc: Document, claim: Claim, number: number, t: Translate): Node[] {
  const el = (tag: string, cls?: string, text?: string): HTMLElement => {
    const node = doc.createElement(tag);
    if (cls) node.className = cls;
    // textContent only: page text never becomes markup.
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const head = el('div');
  if (number > 0)
    head.append(el('span', 'kind', `${t('page_mark_label').replace('$1', String(number))} · `));
  head.append(el('span', 'kind', t(`kind_${claim.source.kind}`)));
  head.append(el('span', undefined, ` · ${t(`strength_${claim.strength}`)}`));
  for (const flag of claim.flags)
    if (`kind_${claim.source.kind}` !== `kind_${flag}`)
      head.append(el('span', 'flag', t(`flag_${flag}`)));
  const content: Node[] = [head];
  const who = claim.source.resolvesTo || claim.source.text;
  if (who) content.push(el('div', undefined, `“${revealBidi(who)}”`));
  if (claim.reasons.length > 0) {
    const reasons = el('ul');
    for (const reason of claim.reasons) reasons.append(el('li', undefined, t(`reason_${reason}`)));
    content.push(reasons);
  }
  return content;
}

/** The card's top-left corner for a point: below it when there is room, always in the window. */
export function cardPlace(
  win: Pick<Window, 'innerWidth' | 'innerHeight'>,
  x: number,
  y: number,
): { left: number; top: number } {
  const width = Math.min(320, win.innerWidth - 16);
  const below = y + 16;
  const top = below + 140 < win.innerHeight ? below : y - 150;
  return {
    left: Math.max(8, Math.min(x, win.innerWidth - width - 8)),
    top: Math.max(8, Math.min(top, win.innerHeight - 150)),
  };
}
