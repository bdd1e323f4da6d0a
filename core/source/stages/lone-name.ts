/**
 * A lone capitalised word nobody introduced. An acronym is an institution ("OJK", "Kadin").
 * What the rest of the article says comes next: "Senator Wyden" or "Wyden said he ..."
 * elsewhere make "Wyden said" a person's words; "PT Pertamina" makes "Pertamina" an
 * institution. Otherwise the pack decides: a person in Indonesian copy ("kata Rina"), an
 * organization in English copy, where people come first with their full name.
 */
import type { Analysis } from '../analysis';
import { nameHandedBefore } from '../handed-name';
import { ageBetweenCommas, ALL_CAPS, isWord } from '../tokens';
import { NOT_A_SOURCE, type Stage } from './types';

const NUMBERED = /^\d+$/u;
/** Letters, then digits among them: a site handle ("Rivermonk77"). */
const HANDLE_LIKE = /^\p{L}(?=.*\d)[\p{L}\d]{3,}$/u;

/** Does a phrase handing over a name end right before the span (or its comma), or inside it
 * before the name? */
function givenName(a: Analysis, nameStart: number): boolean {
  const { tokens } = a.ctx;
  const end = tokens[a.span.start - 1]?.text === ',' ? a.span.start - 1 : a.span.start;
  // "The man, who gave his name only as Tomas, said": the phrase inside the span, before
  // the name.
  return nameHandedBefore(a.ctx, end) || nameHandedBefore(a.ctx, nameStart, a.span.start);
}

/** "Mourners said", "Harbour pilots said": the word opens the sentence (its capital says
 * nothing) and the span ends in the plural of a noun for people by its ending, with no other
 * capital. A surname named nowhere else is rare at a sentence start. */
function pluralPeopleNoun(a: Analysis): boolean {
  const { tokens, pack } = a.ctx;
  const { start, end } = a.span;
  if (end - start > 2 || tokens.slice(0, start).some(isWord)) return false;
  const last = tokens[end - 1];
  if (!last || last.type !== 'word' || (end - start > 1 && last.cap)) return false;
  const long = (suffix: string) =>
    last.lower.length > suffix.length + 2 && last.lower.endsWith(suffix);
  return pack.data.pluralPersonSuffixes.some(long);
}

/** The sentence quotes someone saying "I" or "my", outside the span. */
function speaksOfSelf(a: Analysis): boolean {
  const { tokens, quoted, pack } = a.ctx;
  return tokens.some(
    (t, i) =>
      quoted[i] &&
      (i < a.span.start || i >= a.span.end) &&
      t.type === 'word' &&
      pack.selfPronouns.has(t.lower),
  );
}

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
    // "Still, ...", "Meanwhile ...": a sentence's opening word, no one's name.
    if (a.span.start === 0 && a.ctx.pack.openers.has(word.toLowerCase())) return NOT_A_SOURCE;
    // "A shopkeeper who gave his name as Omar", "her surname, Lin": a name handed over.
    if (givenName(a, person.run.start))
      return a.found('named_person', 'lone-name/given-name', { name: person.text });
    // "Tom of Brightwater Labs says": a name tied by "of" to the firm after it (the name run
    // chosen only so) is the firm's person.
    const tie = a.ctx.tokens[person.run.end]?.lower ?? '';
    if (person.run.end < a.span.end && a.ctx.pack.employerLinks.has(tie))
      return a.found('named_person', 'lone-name/of-employer', { name: person.text });
    if (ALL_CAPS.test(word)) return a.found('organization', 'lone-name');
    // "Rivermonk77 wrote": letters with digits are a site handle (user-handle), no name.
    if (HANDLE_LIKE.test(word)) return null;
    // "said Karim, 21, a rebel fighter": a name followed by an age is a person's.
    const { tokens } = a.ctx;
    const end = a.span.end;
    if (ageBetweenCommas(tokens, end))
      return a.found('named_person', 'lone-name/aged', { name: person.text });
    const { people, institutions, bodies } = a.ctx.referents.evidence;
    const lower = word.toLowerCase();
    // "the BoM said" after "the Bureau of Meteorology (BoM)": a short name the article spelt
    // out after a public body's word is that body.
    if (bodies?.has(lower) && !people.has(lower))
      return a.found('official_body', 'lone-name/body-short-name');
    const personal = people.has(lower);
    const institutional = institutions.has(lower);
    if (personal && !institutional)
      return a.found('named_person', 'lone-name/person-evidence', { name: person.text });
    if (institutional && !personal)
      return a.found('organization', 'lone-name/institution-evidence');
    // '"I was scared," Ortiz said': a quotation in which the speaker says "I" is a person's.
    // Only the name itself: "one Weibo user" is cut short, not named.
    const bare = a.span.end - a.span.start === 1;
    if (bare && speaksOfSelf(a))
      return a.found('named_person', 'lone-name/self', { name: person.text });
    // "Bankers said", "Harbour pilots said": a plural noun for people, capitalised only
    // because it opens the sentence, is a group of unnamed people. Where nouns carry no
    // plural, a noun for people by its prefix ("Pengunjung") is one too.
    const data = a.ctx.pack.data;
    const long = (affix: string) => lower.length > affix.length + 2;
    const prefixed =
      data.numberless &&
      data.personPrefixes.some((p) => long(p) && lower.startsWith(p)) &&
      !data.thingSuffixes.some((s) => lower.endsWith(s)) &&
      !data.notPersonNouns.includes(lower);
    const opens = tokens.slice(0, a.span.start).every((t) => t.type !== 'word');
    if (pluralPeopleNoun(a) || (bare && opens && prefixed))
      return a.found('anonymous', 'lone-name/group');
    if (a.ctx.pack.data.loneNameKind !== 'organization') return null;
    return a.found('organization', 'lone-name');
  },
};
