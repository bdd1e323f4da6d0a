/**
 * Names that only institutions have, alone or in a list: "Ernst & Young" (an ampersand joins
 * one firm's name, never a person's), "Oxfam and the Red Cross" (the definite article, which
 * English never puts before a person's name, opens one item; the other items are single
 * capitalised words, which English copy writes for firms, not people). An organization; a
 * list of people ("Ann Lee and Tom Vale") or a person's word anywhere is left to the others.
 */
import type { Analysis } from '../analysis';
import type { Token } from '../../text';
import type { Span } from '../types';
import type { Stage } from './types';

const capital = (t: Token | undefined) => t?.type === 'word' && t.cap;

/** The span cut at its commas and list words ("and", "&" between items), as item spans. */
function items(a: Analysis): Span[] {
  const { tokens, pack } = a.ctx;
  const out: Span[] = [];
  let from = a.span.start;
  for (let k = a.span.start; k <= a.span.end; k++) {
    const t = tokens[k];
    const cut =
      k === a.span.end ||
      t?.text === ',' ||
      (t?.type === 'word' && pack.nameListJoiners.has(t.lower) && t.text !== '&');
    if (!cut) continue;
    if (k > from) out.push({ start: from, end: k });
    from = k + 1;
  }
  return out;
}

export const institutionList: Stage = {
  id: 'institution-list',
  decide(a: Analysis) {
    const { tokens, pack, referents } = a.ctx;
    if (a.hits().length > 0 || a.mention() || a.roleHit()) return null;
    const words = tokens.slice(a.span.start, a.span.end).filter((t) => t.type === 'word');
    if (words.some((t) => referents.evidence.people.has(t.lower))) return null;
    const parts = items(a);
    let article = false;
    let ampersand = false;
    for (const part of parts) {
      const inner = tokens.slice(part.start, part.end);
      const first = inner[0];
      const definite = first?.type === 'word' && pack.definiteDeterminers.has(first.lower);
      const rest = definite ? inner.slice(1) : inner;
      if (rest.length === 0) return null;
      // "Procter & Gamble": capitals joined by an ampersand.
      const joined = rest.every((t, i) =>
        i % 2 === 1 ? t.text === '&' : capital(t) && !pack.honorifics.has(t.lower),
      );
      if (rest.length >= 3 && joined && rest.length % 2 === 1) {
        ampersand = true;
        continue;
      }
      if (definite && rest.every(capital)) article = true;
      else if (rest.length !== 1 || !capital(rest[0])) return null;
    }
    if (!ampersand && !(article && parts.length >= 2)) return null;
    return a.found('organization', 'institution-list');
  },
};
