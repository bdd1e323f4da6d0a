/** "Doe said" after "Jane Doe", "Nusantara" after "Nusantara Asset Management": a bare name
 * the article introduced before is that referent, with its full name and kind. */
import type { Analysis } from '../analysis';
import { hasParticipleEnding } from '../tokens';
import type { Stage } from './types';

/** Is the one-word `name` written in `mention` (an earlier document mention) as the outlet
 * whose report it is ("laporan dari Sohu")? */
function authorOfOutletReport(a: Analysis, name: string, mention: string): boolean {
  const { pack, referents } = a.ctx;
  if (a.words.length !== 1 || name.includes(' ') || a.hits().length > 0) return false;
  if (referents.evidence.people.has(name.toLowerCase())) return false;
  const words = mention.split(/\s+/u);
  const at = words.indexOf(name);
  if (at < 1) return false;
  // Right after the report's noun, or after it and "dari": "laporan (dari) Sohu", not
  // "laporan yang disusun Rina".
  const before = (k: number) => (words[at - k] ?? '').toLowerCase();
  return (
    pack.outletReports.has(before(1)) ||
    (pack.connectors.has(before(1)) && pack.outletReports.has(before(2)))
  );
}

/** Is `name` written in `mention` (an earlier document) after the document's noun? */
export function afterDocumentNoun(a: Analysis, name: string, mention: string): boolean {
  // Letters only: "officials," and "Brell's" compare as words.
  const words = mention.split(/[^\p{L}\p{N}-]+/u);
  const first = name.split(/\s+/u)[0] ?? '';
  const noun = words.findIndex((w) => a.ctx.pack.documents.has(w.toLowerCase()));
  return noun >= 0 && words.indexOf(first, noun + 1) > noun;
}

/** Is `name` written in `mention` (an earlier document) before the document's noun, as
 * its owner ("a Velmont statement", "Velmont's annual report")? */
function beforeDocumentNoun(a: Analysis, name: string, mention: string): boolean {
  const words = mention.split(/[^\p{L}\p{N}-]+/u);
  const first = name.split(/\s+/u)[0] ?? '';
  const noun = words.findIndex((w) => a.ctx.pack.documents.has(w.toLowerCase()));
  const at = words.indexOf(first);
  return noun > 0 && at >= 0 && at < noun;
}

/** Is `name` written in `mention` right after a participle ("rebels fighting Hale")? */
function actedOn(a: Analysis, name: string, mention: string): boolean {
  const words = mention.split(/\s+/u);
  const before = (words[words.indexOf(name.split(/\s+/u)[0] ?? '') - 1] ?? '').toLowerCase();
  return hasParticipleEnding(a.ctx.pack, before);
}

export const earlierName: Stage = {
  id: 'earlier-name',
  decide(a: Analysis) {
    const person = a.person();
    const earlier = person?.earlier;
    if (!person || !earlier) return null;
    // "Seaview said" after "the Seaview website", where the article shows Seaview to be a
    // firm ("Seaview Inc"): the name is the document's owner, not the document.
    const firm = a.ctx.referents.evidence.institutions.has(person.text.toLowerCase());
    if (earlier.kind === 'document' && firm) return a.found('organization', 'earlier-name/owner');
    // "Velmont said" after "a Velmont statement": a name written before the document's noun
    // is whose document it was, not the document; a person's name is left to the later stages.
    if (earlier.kind === 'document' && beforeDocumentNoun(a, person.text, earlier.text)) {
      const { evidence } = a.ctx.referents;
      if (evidence.people.has(person.text.toLowerCase())) return null;
      const body = evidence.bodies?.has(person.text.toLowerCase()) === true;
      return a.found(body ? 'official_body' : 'organization', 'earlier-name/owner');
    }
    // "Nomura said" after "analysts at Nomura": a name inside an unnamed source is where those
    // people work, an organization; "Ives said" after "FBR analyst Daniel Ives" is the person
    // the description ends with.
    const alone = a.span.end - a.span.start === 1;
    // "kata Mawar" after "Mawar (bukan nama sebenarnya)": the made-up name again, no one named.
    const unnamed = earlier.kind === 'anonymous' || earlier.kind === 'unnamed_official';
    if (unnamed && earlier.name === person.text)
      return a.found(earlier.kind, 'earlier-name/made-up', {
        name: earlier.name,
        resolvesTo: earlier.text,
      });
    // "Hale said" after "rebels fighting Hale": a name after a participle in an unnamed
    // group's phrase is who they act on; the later stages say what it is.
    if (unnamed && actedOn(a, person.text, earlier.text)) return null;
    // "Acme stated" after "an Acme spokesman": a name inside an unnamed official's phrase is
    // the body or firm they speak for, not the official; having a spokesman is evidence the
    // name is no person's.
    if (earlier.kind === 'unnamed_official') {
      const body = a.ctx.referents.evidence.bodies?.has(person.text.toLowerCase()) === true;
      return a.found(body ? 'official_body' : 'organization', 'earlier-name/employer-evidence');
    }
    if (alone && earlier.kind === 'anonymous') {
      const words = earlier.text.split(' ');
      const at = words.lastIndexOf(person.text);
      const given = words[at - 1];
      if (at === words.length - 1 && given !== undefined && /^\p{Lu}/u.test(given)) {
        const name = `${given} ${person.text}`;
        return a.found('named_person', 'earlier-name', { name, resolvesTo: name });
      }
      return a.found('organization', 'earlier-name/employer');
    }
    // "Sohu menulis" after "laporan dari Sohu": one word named as the author of an outlet's
    // kind of report ("laporan", "laman"), that no lexicon or person evidence knows, is the
    // outlet, not its report.
    if (earlier.kind === 'document' && authorOfOutletReport(a, person.text, earlier.text))
      return a.found('media', 'earlier-name/report-author', {
        resolvesTo: earlier.name ?? earlier.text,
      });
    // "Lind said" after "a study by researchers including Ada Lind": a name after the
    // document's noun is its author or topic, not the document.
    // Where modifiers follow the noun, a name after it is the document's owner: "BoK
    // memprediksi" after "keterangan BoK" is the institution, not its statement.
    // A short name the article spelt out after a public body's word is that body.
    if (earlier.kind === 'document' && afterDocumentNoun(a, person.text, earlier.text)) {
      const body = a.ctx.referents.evidence.bodies?.has(person.text.toLowerCase()) === true;
      return a.ctx.pack.data.adjectivesAfterNoun
        ? a.found(body ? 'official_body' : 'organization', 'earlier-name/owner')
        : null;
    }
    if (earlier.kind !== 'named_person') {
      // "Sanders said" after a title-cased headline naming a party and "Sen. Bernie Sanders":
      // a name the article shows to be a person's, and never an institution's, is not the
      // institution whose capitalized words happened to include it; later stages decide.
      const { evidence } = a.ctx.referents;
      const lower = person.text.toLowerCase();
      if (alone && evidence.people.has(lower) && !evidence.institutions.has(lower)) return null;
      return a.found(earlier.kind, 'earlier-name/institution', {
        outlet: earlier.outlet,
        resolvesTo: earlier.name ?? earlier.text,
      });
    }
    if (!earlier.name || earlier.name === person.text || earlier.name === a.text) return null;
    return a.found('named_person', 'earlier-name', {
      name: earlier.name,
      role: person.role ?? earlier.role,
      resolvesTo: earlier.name,
    });
  },
};
