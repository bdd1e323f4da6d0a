/**
 * A lone capitalised word nobody introduced. An acronym is an institution ("OJK", "Kadin").
 * Otherwise the pack says: a person in Indonesian copy ("kata Teten"), an organization in
 * English copy, where people come first with their full name ("Lionsgate announced").
 */
import type { Analysis } from '../analysis';
import { ALL_CAPS } from '../tokens';
import type { Stage } from './types';

export const loneName: Stage = {
  id: 'lone-name',
  decide(a: Analysis) {
    const person = a.person();
    if (!person || person.earlier || a.roleHit() || a.described() || a.firstSegment()) return null;
    if (person.words.length !== 1) return null;
    if (!ALL_CAPS.test(person.words[0] as string) && a.ctx.pack.data.loneNameKind !== 'organization') return null;
    return a.found('organization', 'lone-name');
  },
};
