/**
 * "The office of the governor said", "Kantor Juru Bicara Kementerian Luar Negeri menyatakan":
 * an office's word opening the span, then the official whose office it is (tied by a link
 * word, or right after it where modifiers follow the noun). The office speaks as a body, not
 * the official ("the spokesperson office" is span-head's, with the order the other way).
 */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

const OFFICIALS: ReadonlySet<string> = new Set(['roles', 'unnamedOfficials']);

export const roleOffice: Stage = {
  id: 'role-office',
  decide(a: Analysis) {
    const { ctx, span } = a;
    const { tokens, pack } = ctx;
    let k = span.start;
    while (k < span.end && pack.determiners.has(tokens[k]?.lower ?? '')) k++;
    if (ctx.quoted[k] || !pack.officeNouns.has(tokens[k]?.lower ?? '')) return null;
    // "Kantor Gubernur": right after; "the office of the governor": past the link word.
    let at = k + 1;
    if (!pack.data.adjectivesAfterNoun) {
      if (!pack.employerLinks.has(tokens[at]?.lower ?? '')) return null;
      at++;
    }
    const official = a
      .hits()
      .find((h) => OFFICIALS.has(h.table) && h.at >= at && h.at + h.len <= span.end);
    if (!official) return null;
    // Only determiners and capitals between ("the UN spokesperson"): no other noun's phrase.
    for (let j = at; j < official.at; j++) {
      const t = tokens[j];
      if (!t || t.type !== 'word' || !(t.cap || pack.determiners.has(t.lower))) return null;
    }
    return a.found('official_body', 'role-office');
  },
};
