/** "Greenpeace Indonesia", "Garuda Indonesia": a name no lexicon knows, then a country, is a
 * firm's or group's national branch, not the country speaking. */
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
    return a.found('organization', 'national-branch');
  },
};
