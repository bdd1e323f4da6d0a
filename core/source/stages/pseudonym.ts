/**
 * "Mawar (bukan nama sebenarnya) mengaku", "kata Riri, bukan nama sebenarnya", "Seorang
 * pegawai, sebut saja Budi, mengatakan", "Maria, not her real name, said": a made-up name
 * stands for a speaker the article does not identify, an unnamed person.
 */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

/** Marks that may set the made-up name's note off from the name. */
const NOTE_OPENERS = new Set([',', '(']);

/** Does a made-up name's mark open a note right after the name ("Riri, bukan nama ...")
 * inside the span or right after it, or hand the name over inside the span ("sebut saja")? */
function madeUpName(a: Analysis): boolean {
  const { tokens, pack } = a.ctx;
  const { start, end } = a.span;
  for (let k = start; k <= end + 1 && k < tokens.length; k++) {
    if (k < end && pack.pseudonymOpeners.matchAt(tokens, k) > 0) return true;
    if (k > start && NOTE_OPENERS.has(tokens[k - 1]?.text ?? '')) {
      if (pack.pseudonymMarkers.matchAt(tokens, k) > 0) return true;
    }
  }
  return false;
}

export const pseudonym: Stage = {
  id: 'pseudonym',
  decide(a: Analysis) {
    const person = a.person();
    if (!person || !madeUpName(a)) return null;
    // The made-up name is kept so that the name used again later is found to be this one.
    return a.found('anonymous', 'pseudonym', { name: person.text });
  },
};
