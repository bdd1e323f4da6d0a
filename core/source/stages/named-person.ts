/** A person's name, with the role written around it ("CEO Nusantara Air Rina Wulandari", "Jones,
 * a Navy veteran") or given when the person was introduced. */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

export const namedPerson: Stage = {
  id: 'named-person',
  decide(a: Analysis) {
    const person = a.person();
    if (!person) return null;
    const role = person.role ?? person.earlier?.role ?? null;
    return a.found('named_person', 'named-person', { name: person.text, role });
  },
};
