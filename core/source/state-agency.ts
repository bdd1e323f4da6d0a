/**
 * "Norland's National Intelligence Service", "the United Nations' nuclear watchdog", "the UN
 * nuclear watchdog": a word firms use too, owned by a state or a body of states, names the
 * state's agency, not a firm. The owner is the signal, never the agency's own words
 * ("intelligence", "security"), which private firms' names carry too.
 */
import { institutionAt } from '../institutions/match';
import type { Token } from '../text';
import type { Analysis } from './analysis';

/** The token without its possessive ending, for the registry's spellings ("UN's" -> "UN"). */
function unowned(t: Token): Token {
  if (t.base === t.lower) return t;
  const text = t.text.slice(0, t.base.length);
  return { ...t, text, lower: t.base, end: t.start + text.length };
}

/** A state or a body of states ending at token `last` (exclusive end `last + 1`), by the lexicon's
 * places and bodies, or the registry's official bodies ("Norland", "the UN"). */
function stateEndsAt(a: Analysis, last: number): boolean {
  const { tokens } = a.ctx;
  const state = a
    .hits()
    .some((h) => (h.table === 'places' || h.table === 'bodies') && h.at + h.len - 1 === last);
  if (state) return true;
  const plain = tokens.slice(0, last + 1);
  plain[last] = unowned(tokens[last] as Token);
  for (let k = a.span.start; k <= last; k++) {
    const hit = institutionAt(plain, k, last + 1);
    if (hit && k + hit.len === last + 1 && hit.entry.kind === 'official_body') return true;
  }
  return false;
}

/** Words between the owner and the agency's word: capitalised ones (its name) or lower-case
 * ones (what it oversees), as the agency's word asks. */
function wordsBetween(a: Analysis, from: number, to: number, cap: boolean): boolean {
  const { tokens, quoted } = a.ctx;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || quoted[k] || t.cap !== cap) return false;
  }
  return true;
}

/** The phrase's last lexicon word, a firm's word, is a state's agency by its owner before it
 * ("Norland's Federal Mining Service": the service, not the mining). */
export function stateAgency(a: Analysis): boolean {
  const { tokens, pack } = a.ctx;
  const word = a.hits()[a.hits().length - 1];
  if (word?.table !== 'organizations') return false;
  const { at, len } = word;
  const named = pack.agencyNameNouns.matchAt(tokens, at, at + len) === len;
  const watchdog = pack.watchdogNouns.matchAt(tokens, at, at + len) === len;
  if ((!named && !watchdog) || (named && !tokens[at]?.cap)) return false;
  for (let last = a.span.start; last < at; last++) {
    const owner = tokens[last] as Token;
    const owns = owner.type === 'word' && owner.base !== owner.lower;
    // "the UN nuclear watchdog": a state may qualify its regulator without owning it; a name
    // ("the Norland National Police Service") may be a firm's.
    if (!owns && !watchdog) continue;
    if (!stateEndsAt(a, last)) continue;
    if (wordsBetween(a, last + 1, at, named)) return true;
  }
  return false;
}
