/** "Goldman Sachs said": a name no lexicon marks, which the article writes elsewhere with an
 * organization's word ("Goldman Sachs Group Inc", "PT ...") and never as a person's, is the
 * firm's (core/source/evidence.ts). */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

export const institutionName: Stage = {
  id: 'institution-name',
  decide(a: Analysis) {
    const person = a.person();
    if (!person || person.earlier || a.roleHit() || a.described() || a.firstSegment()) return null;
    const { people, institutions } = a.ctx.referents.evidence;
    const lowers = person.words.map((w) => w.toLowerCase());
    if (
      lowers.length < 2 ||
      !lowers.every((w) => institutions.has(w)) ||
      lowers.some((w) => people.has(w))
    )
      return null;
    return a.found('organization', 'institution-name');
  },
};
