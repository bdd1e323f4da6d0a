/** "Greenpeace Indonesia", "Garuda Indonesia": a name no lexicon knows, then a country, is a
 * firm's or group's national branch, not the country speaking; "Statistics Canada", a
 * document's word there, is the state's agency for that work. */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

export const nationalBranch: Stage = {
  id: 'national-branch',
  decide(a: Analysis) {
    const hits = a.hits();
    const place = hits[hits.length - 1];
    if (
      a.roleHit() ||
      hits.length !== 1 ||
      place?.table !== 'places' ||
      place.at + place.len !== a.span.end
    )
      return null;
    if (!a.runs().some((r) => r.end === place.at && r.start === a.span.start)) return null;
    // "Statistics Canada": a document's word before the country names the state's agency
    // for that work (kept-hits drops the document's word there).
    const { tokens, pack } = a.ctx;
    const work = place.at - a.span.start;
    if (pack.documents.matchAt(tokens, a.span.start, place.at) === work)
      return a.found('official_body', 'national-branch/agency');
    return a.found('organization', 'national-branch');
  },
};
