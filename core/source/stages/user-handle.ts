/** "wrote user fennick42", "Reddit user dunlin77 said": a site handle (letters, then digits)
 * right after a noun a handle follows names that person. */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

/** A handle: opens with a letter, holds a digit, not all capitals ("G20", "F35"). */
const HANDLE = /^(?=.*\d)\p{L}[\p{L}\d]{3,}$/u;

export const userHandle: Stage = {
  id: 'user-handle',
  decide(a: Analysis) {
    const { tokens } = a.ctx;
    const last = a.words[a.words.length - 1];
    if (!last || !HANDLE.test(last.text) || last.text === last.text.toUpperCase()) return null;
    const at = tokens.indexOf(last);
    // The word before it is a noun a handle follows ("user", "commenter").
    if (!a.ctx.pack.handleNouns.has(tokens[at - 1]?.lower ?? '')) return null;
    return a.found('named_person', 'user-handle', {
      name: last.text,
      role: a.words
        .filter((w) => w !== last)
        .map((w) => w.text)
        .join(' '),
    });
  },
};
