/**
 * A lone capitalised word nobody introduced. An acronym is an institution ("OJK", "Kadin").
 * What the rest of the article says comes next: "Senator Wyden" or "Wyden said he ..."
 * elsewhere make "Wyden said" a person's words; "PT Pertamina" makes "Pertamina" an
 * institution. Otherwise the pack decides: a person in Indonesian copy ("kata Rina"), an
 * organization in English copy, where people come first with their full name.
 */
import type { Analysis } from '../analysis';
import { ALL_CAPS } from '../tokens';
import { NOT_A_SOURCE, type Stage } from './types';

const NUMBERED = /^\d+$/u;
const AGE = /^\d{1,3}$/u;

export const loneName: Stage = {
  id: 'lone-name',
  decide(a: Analysis) {
    const person = a.person();
    if (!person || person.earlier || a.roleHit() || a.described() || a.firstSegment()) return null;
    if (person.words.length !== 1) return null;
    // "Figure 2 shows", "Table 1 lists": a numbered part of the page, no one's name.
    if (a.span.end - a.span.start === 1 && NUMBERED.test(a.ctx.tokens[a.span.end]?.text ?? ''))
      return NOT_A_SOURCE;
    const word = person.words[0] as string;
    if (ALL_CAPS.test(word)) return a.found('organization', 'lone-name');
    // "said Karim, 21, a rebel fighter": a name followed by an age is a person's.
    const { tokens } = a.ctx;
    const end = a.span.end;
    if (
      tokens[end]?.text === ',' &&
      AGE.test(tokens[end + 1]?.text ?? '') &&
      tokens[end + 2]?.text === ','
    )
      return a.found('named_person', 'lone-name/aged', { name: person.text });
    const { people, institutions } = a.ctx.referents.evidence;
    const lower = word.toLowerCase();
    const personal = people.has(lower);
    const institutional = institutions.has(lower);
    if (personal && !institutional)
      return a.found('named_person', 'lone-name/person-evidence', { name: person.text });
    if (institutional && !personal)
      return a.found('organization', 'lone-name/institution-evidence');
    if (a.ctx.pack.data.loneNameKind !== 'organization') return null;
    return a.found('organization', 'lone-name');
  },
};
