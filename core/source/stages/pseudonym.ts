/** "Melati (bukan nama sebenarnya)", "Maria, not her real name,", "Seorang warga, sebut saja
 * Mawar,": a name the story says is made up names no one. The person speaks as an unnamed
 * source, flagged as one; the made-up name is kept so that a later "kata Mawar" is the same. */
import type { SentenceContext } from '../../context';
import type { Analysis } from '../analysis';
import { tokensText } from '../tokens';
import type { Stage } from './types';

/** Tables whose words before the made-up name make the person an official. */
const OFFICE_TABLES: ReadonlySet<string> = new Set(['bodies', 'roles', 'unnamedOfficials']);

/** Tokens after the name that hold the marker's bracket or comma. */
const OPENERS = new Set(['(', ',']);

/** The opening bracket of "(nama samaran)" closing at `close`, or null: source/collect.ts
 * keeps such a bracket with the name before it. */
export function madeUpBracketOpen(ctx: SentenceContext, close: number): number | null {
  const { tokens, pack } = ctx;
  if (tokens[close]?.text !== ')') return null;
  for (let k = close - 1; k >= 0 && close - k <= pack.pseudonymMarkers.longest + 1; k--) {
    if (tokens[k]?.text !== '(') continue;
    return pack.pseudonymMarkers.matchAt(tokens, k + 1, close) === close - k - 1 ? k : null;
  }
  return null;
}

/** The made-up name's span: before a marker in brackets or after a comma (inside the span or
 * right after it), or after an introducing phrase ("sebut saja Mawar"). */
function madeUpName(a: Analysis): { start: number; end: number } | null {
  const { ctx, span } = a;
  const { tokens, pack } = ctx;
  for (let k = span.start + 1; k <= span.end; k++) {
    if (OPENERS.has(tokens[k]?.text ?? '') && pack.pseudonymMarkers.matchAt(tokens, k + 1) > 0)
      return { start: span.start, end: k };
  }
  for (let k = span.start; k < span.end; k++) {
    const len = pack.pseudonymIntroducers.matchAt(tokens, k, span.end);
    if (len === 0 || k + len >= span.end || !tokens[k + len]?.cap) continue;
    // The name's own words: "sebut saja Mawar (16)" is Mawar.
    let end = k + len;
    while (end < span.end && tokens[end]?.type === 'word') end++;
    return { start: k + len, end };
  }
  return null;
}

export const pseudonym: Stage = {
  id: 'pseudonym',
  decide(a: Analysis) {
    const name = madeUpName(a);
    if (!name) return null;
    const { ctx, span } = a;
    // The marker is no part of the source's words: "Mawar", not "Mawar (bukan".
    const text = tokensText(ctx, span.start, name.start === span.start ? name.end : span.end);
    // "Seorang polisi, sebut saja Budi": an officer with a made-up name is an unnamed official.
    const office = a.hits().some((h) => OFFICE_TABLES.has(h.table) && h.at < name.start);
    return a.found(office ? 'unnamed_official' : 'anonymous', 'pseudonym', {
      text,
      name: tokensText(ctx, name.start, name.end),
    });
  },
};
