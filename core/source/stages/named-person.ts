/** A person's name, with the role written around it ("CEO Nusantara Air Rina Wulandari", "Jones,
 * a Navy veteran") or given when the person was introduced. */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

/** "kata AKP Budi", "PM Wong" after "Kapolsek Cilandak AKP Budi Santoso", "PM Singapura
 * Lawrence Wong": a role with one word of a name seen before is that person, named in full. */
function fullNameBefore(a: Analysis, words: readonly string[]): string | null {
  const { pack, referents } = a.ctx;
  const bare = words.filter((w) => !pack.honorifics.has(w.toLowerCase()));
  if (bare.length !== 1) return null;
  const earlier = referents.byWords(bare);
  const name = earlier?.kind === 'named_person' ? earlier.name : null;
  return name && name.split(' ').length > 1 ? name : null;
}

export const namedPerson: Stage = {
  id: 'named-person',
  decide(a: Analysis) {
    const person = a.person();
    if (!person) return null;
    const role = person.role ?? person.earlier?.role ?? null;
    const full = person.role && !person.earlier ? fullNameBefore(a, person.words) : null;
    return a.found('named_person', 'named-person', { name: full ?? person.text, role });
  },
};
