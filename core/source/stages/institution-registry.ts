/**
 * A span that is exactly a registered institution's name as written (core/institutions):
 * "the UN", "Perserikatan Bangsa-Bangsa (PBB)", "NATO" in Indonesian copy. It speaks as the
 * registry's kind. A name holding a word of that kind's table in the language ("NATO" in
 * English copy, "Badan ...") is left to the lexicon, which reads it the same way.
 */
import { institutionAt } from '../../institutions/match';
import type { Analysis } from '../analysis';
import type { Stage } from './types';

export const institutionRegistry: Stage = {
  id: 'institution-registry',
  decide(a: Analysis) {
    const { tokens, pack } = a.ctx;
    const { span } = a;
    let start = span.start;
    const first = tokens[start]?.lower ?? '';
    if (pack.determiners.has(first) && !pack.singularDeterminers.has(first)) start++;
    const hit = institutionAt(tokens, start, span.end);
    if (!hit) return null;
    let end = start + hit.len;
    // Its own short name in parentheses after the full one.
    if (tokens[end]?.text === '(' && tokens[end + 2]?.text === ')') {
      if (institutionAt(tokens, end + 1, end + 2)?.entry === hit.entry) end += 3;
    }
    if (end !== span.end) return null;
    // A word of the kind's table inside the name ("United Nations Children's Fund", "Badan
    // Pengawas ..."): the lexicon reads it as it reads any body.
    const table = hit.entry.kind === 'official_body' ? 'bodies' : 'organizations';
    const named = a
      .hits()
      .some((h) => h.table === table && h.at >= start && h.at < start + hit.len);
    return named ? null : a.found(hit.entry.kind, 'institution-registry');
  },
};
