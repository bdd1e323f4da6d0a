/** A person's name, with the role written around it ("CEO Nusantara Air Rina Wulandari", "Jones,
 * a Navy veteran") or given when the person was introduced. */
import type { Analysis, PersonName } from '../analysis';
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

/** "Seorang komandan Hizbullah", "salah seorang juru bicara Houthi": after an indefinite
 * determiner, one capitalised word closing a role, where the owner follows the noun, is whom
 * the role serves; a person's name there is set off by a comma ("seorang komandan, Ali"). */
function servedAfterIndefiniteRole(a: Analysis, person: PersonName): boolean {
  const { ctx, span } = a;
  const { tokens, pack } = ctx;
  if (!pack.data.adjectivesAfterNoun || person.words.length !== 1 || !person.role) return false;
  const determiner = pack.singularDeterminers.matchAt(tokens, span.start, span.end);
  const before = tokens[person.run.start - 1];
  return (
    determiner > 0 &&
    person.run.end === span.end &&
    person.run.start > span.start + determiner &&
    before?.type === 'word' &&
    !before.cap
  );
}

/** "Seorang pejabat pemerintahan Presiden X", "seorang sumber dekat Presiden X": after an
 * indefinite determiner and a noun for an unnamed official or a source as such ("sumber"), a
 * name further on is whom they serve or are close to; the speaker stays unnamed (a speaker's
 * own name is set off by a comma or handed over with "bernama"). */
function servedAfterIndefiniteOfficial(a: Analysis, person: PersonName): boolean {
  const { ctx, span } = a;
  const { tokens, pack } = ctx;
  if (!pack.data.adjectivesAfterNoun) return false;
  const determiner = pack.singularDeterminers.matchAt(tokens, span.start, span.end);
  if (determiner === 0) return false;
  const at = span.start + determiner;
  const noun = Math.max(
    pack.unnamedOfficials.matchAt(tokens, at, span.end),
    pack.sourceNouns.matchAt(tokens, at, span.end),
  );
  const before = tokens[person.run.start - 1];
  return (
    noun > 0 &&
    person.run.start > at + noun &&
    before?.type === 'word' &&
    !pack.givenNameMarkers.has(before.lower)
  );
}

/** "kata juru bicara Lumina", where the article shows Lumina to be an institution ("aplikasi
 * Lumina", "Lumina merupakan perusahaan"): one word closing a role is whom the holder speaks
 * for, and the holder is not named. */
function servedInstitution(a: Analysis, person: PersonName): boolean {
  const { people, institutions } = a.ctx.referents.evidence;
  const word = person.text.toLowerCase();
  return (
    person.words.length === 1 &&
    person.role !== null &&
    person.run.end === a.span.end &&
    institutions.has(word) &&
    !people.has(word)
  );
}

/** "Direktorat Jenderal Pajak": the rank before the capitals is the last word of a body's
 * phrase opening the span ("direktorat jenderal"), so the capitals name the body's field. */
function rankInBodyName(a: Analysis, person: PersonName): boolean {
  const { tokens, pack } = a.ctx;
  return a
    .hits()
    .some(
      (h) =>
        h.table === 'bodies' &&
        h.at === a.span.start &&
        h.len > 1 &&
        h.at + h.len <= person.run.start &&
        pack.roles.matchAt(tokens, h.at + h.len - 1) === 1,
    );
}

export const namedPerson: Stage = {
  id: 'named-person',
  decide(a: Analysis) {
    const person = a.person();
    if (!person || servedAfterIndefiniteRole(a, person)) return null;
    if (servedAfterIndefiniteOfficial(a, person) || servedInstitution(a, person)) return null;
    if (rankInBodyName(a, person)) return null;
    const role = person.role ?? person.earlier?.role ?? null;
    const full = person.role && !person.earlier ? fullNameBefore(a, person.words) : null;
    return a.found('named_person', 'named-person', { name: full ?? person.text, role });
  },
};
