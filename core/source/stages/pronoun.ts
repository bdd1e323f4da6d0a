/** "he", "dia", "they", "it": a pronoun stands for the fitting referent named before it. */
import type { Token } from '../../text';
import type { Referent } from '../../referents';
import type { SourceKind } from '../../report';
import type { SentenceContext } from '../../context';
import type { Analysis } from '../analysis';
import { agreesWith, toldOf } from '../gender';
import { partitiveAt } from '../partitive';
import { plainSource, type FoundSource } from '../types';
import type { Stage } from './types';

/** A pronoun's source: the referent's kind and name, or the fallback kind when nothing came
 * before it. The basis is `stage/how` ("pronoun/recent-speaker") or `stage/unresolved`. */
export function resolvedSource(
  r: Referent | null,
  text: string,
  fallback: SourceKind,
  stage: string,
  how: string,
): FoundSource {
  if (!r)
    return plainSource(text, fallback, {
      reasons: ['pronoun_unresolved'],
      basis: `${stage}/unresolved`,
    });
  return {
    text,
    kind: r.kind,
    name: r.name,
    role: r.role,
    outlet: r.outlet,
    resolvesTo: r.name ?? r.text,
    reasons: ['pronoun_resolved'],
    basis: `${stage}/${how}`,
  };
}

/** "In his view, ...": a person's possessive at token `at` stands for whom "he" or "she"
 * would; `opening`: nothing before it in the sentence could be its antecedent. */
export function personPossessiveSource(
  ctx: SentenceContext,
  at: number,
  opening: boolean,
): FoundSource | null {
  const { pack, referents, index, tokens } = ctx;
  const t = tokens[at];
  if (!t || t.type !== 'word' || !pack.personPossessives.has(t.lower)) return null;
  const agrees = agreesWith(pack, t.lower);
  const found = referents.lastPersonBy(index, true, opening, agrees, toldOf(pack, t.lower));
  return resolvedSource(
    found?.referent ?? null,
    t.text,
    'named_person',
    'pronoun',
    found?.by ?? '',
  );
}

/** Two capitalised words joined by a coordinator: "Fajar Alfian dan Rian Ardianto". */
function namesJoined(text: string, coordinators: { has(word: string): boolean }): boolean {
  const words = text.replace(/,/g, ' ').split(/\s+/);
  return words.some(
    (w, i) =>
      i > 0 &&
      coordinators.has(w.toLowerCase()) &&
      /^\p{Lu}/u.test(words[i - 1] ?? '') &&
      /^\p{Lu}/u.test(words[i + 1] ?? ''),
  );
}

/** "Fajar/Rian", "Kim/Astrup": two names joined by a slash, as doubles partners are written
 * (an acronym pair such as "ATR/BPN" has no lower-case letters). */
const SLASH_PAIR = /(?<![\p{L}\d/])\p{Lu}\p{Ll}+\/\p{Lu}\p{Ll}+(?![\p{L}\d/])/u;

/** A pair named in the sentence before ("... membuat Fajar/Rian kecewa. Mereka mengakui"). */
function slashPairBefore(previous: string | null): Referent | null {
  const pair = previous?.match(SLASH_PAIR)?.[0];
  return pair ? { text: pair, kind: 'named_person', name: pair, role: null, outlet: null } : null;
}

/** How many sentences back a group of people may still be "they" past a body named since. */
const PEOPLE_WINDOW = 3;

/** A body's or organization's phrase written in the singular: no plural ending on its last
 * word, no coordinator joining two, and no collective word ("police"). */
function singularBody(a: Analysis, r: Referent): boolean {
  if (r.kind !== 'official_body' && r.kind !== 'organization') return false;
  const { pack } = a.ctx;
  const words = r.text.toLowerCase().split(/\s+/u);
  const lastWord = words[words.length - 1] ?? '';
  if (words.some((w) => pack.coordinators.has(w) || pack.collectiveBodies.has(w))) return false;
  return !pack.data.rolePluralEndings.some((e) => lastWord.endsWith(e));
}

/** "U.S. officials said ... The Pentagon has ... They said": "they" is the unnamed group of
 * people that spoke lately, not the singular body named since ("it" would be the body). */
function peopleBeforeBody(a: Analysis, group: Referent | null): Referent | null {
  const { referents, index } = a.ctx;
  if (!group || !singularBody(a, group)) return null;
  const people = referents.lastPeople();
  if (!people || (people.sentence ?? -1) < index - PEOPLE_WINDOW) return null;
  return people;
}

/** How many sentences back "another" may find the unnamed source it is one more of. */
const ELIDED_WINDOW = 2;

/** "One diplomat said ... Another said ...": one more of the last unnamed source quoted. */
function elided(a: Analysis): FoundSource | null {
  const { pack, referents, index, tokens } = a.ctx;
  const len = a.span.end - a.span.start;
  const head = pack.elidedHeads.matchAt(tokens, a.span.start, a.span.end);
  // "Another, who asked not to be named, said", "A second, a teacher, said": an aside after it.
  const aside = head > 0 && head < len && tokens[a.span.start + head]?.text === ',';
  if (head !== len && !aside) return null;
  // Only standing alone as a speaker: "In another case", "said another guard" are no such;
  // '"...," said another.' is, the verb before it and nothing after.
  const before = tokens[a.span.start - 1];
  const after = tokens[a.span.end];
  const inverted = before && pack.cueWords.has(before.lower) && after?.type !== 'word';
  if (before?.type === 'word' && !pack.coordinators.has(before.lower) && !inverted) return null;
  if (after?.type === 'word' && !pack.cueWords.has(after.lower)) return null;
  // "Many reports suggest": a source's noun after it is the head it counts.
  if (after?.type === 'word' && pack.sourceWords.has(after.base)) return null;
  const r = referents.lastUnnamed();
  const near = r && (r.sentence ?? -1) >= index - ELIDED_WINDOW ? r : null;
  // "Many fear that ...", with no one before it to be many of, is people in general.
  if (!near && pack.vagueQuantifiers.has(a.lowers[0] ?? '')) return null;
  return resolvedSource(near, a.text, 'anonymous', 'pronoun', 'elided');
}

/** Tokens between a pronoun and a phrase withholding its name: its cue, an addressee, commas
 * ("he told reporters on condition of anonymity"). */
const MAX_WITHHELD_GAP = 4;

/** A phrase withholding the speaker's name right after the pronoun and its cue (from token
 * `from`). Not past a quotation, a "that" or a determiner: "he said the officials, who asked
 * not to be named" withholds theirs. */
function withheldAfter(ctx: SentenceContext, from: number): boolean {
  const { tokens, pack, quoted } = ctx;
  const last = Math.min(tokens.length - 1, from + MAX_WITHHELD_GAP);
  for (let k = from; k <= last; k++) {
    if (pack.withheldNames.matchAt(tokens, k) > 0) return true;
    const t = tokens[k] as Token;
    if (quoted[k] || t.type === 'quote') return false;
    if (pack.complementizers.has(t.lower) || pack.determiners.has(t.lower)) return false;
  }
  return false;
}

/** Kinds a pronoun's antecedent may have, and what it is when the name is withheld: a person
 * named before is someone else, unnamed; a body's or firm's "they" is its unnamed officials. */
const WITHHELD_KIND: Partial<Record<SourceKind, SourceKind>> = {
  named_person: 'anonymous',
  official_body: 'unnamed_official',
  organization: 'unnamed_official',
};

/** '"...," she said, asking not to be named', '"...," ujarnya, yang enggan disebut namanya':
 * whoever the pronoun (written `text`, its cue ending before token `from`) was last, this one
 * is unnamed. */
export function unnamedIfWithheld(
  ctx: SentenceContext,
  from: number,
  text: string,
  found: FoundSource,
): FoundSource {
  const kind = WITHHELD_KIND[found.kind];
  if (!kind || !withheldAfter(ctx, from)) return found;
  const basis = `${found.basis?.split('/')[0] ?? 'pronoun'}/withheld`;
  return plainSource(text, kind, { basis });
}

/** The pronoun is the sentence's first word outside a quotation ("He said ...", '"...," he
 * said'): no one named earlier in the sentence could be its antecedent. */
function opensSentence(a: Analysis): boolean {
  const { tokens, quoted } = a.ctx;
  for (let k = 0; k < a.span.start; k++)
    if (!quoted[k] && (tokens[k] as Token).type === 'word') return false;
  return true;
}

/** Words in the longest name of a list opening the sentence before. */
const MAX_LISTED_NAME_WORDS = 3;

/** "Ananta Putra dan Rigen juga hadir. Keduanya ...": the sentence before opens with names
 * joined by commas and a coordinator, one of them a person already noted there (a one-word
 * name is noted nowhere). The names, or null. */
function namesOpening(a: Analysis, known: readonly Referent[]): string[] | null {
  const { pack, previous } = a.ctx;
  if (!previous || known.length === 0) return null;
  const words = previous.replace(/,/g, ' , ').split(/\s+/u);
  const names: string[][] = [[]];
  for (const w of words) {
    const current = names[names.length - 1] as string[];
    if (w === ',' || pack.coordinators.has(w.toLowerCase())) {
      if (current.length === 0 && w === ',') return null;
      if (current.length > 0) names.push([]);
    } else if (/^\p{Lu}\p{Ll}+$/u.test(w) && current.length < MAX_LISTED_NAME_WORDS) {
      // "Kepala Desa Sukamaju, Made Suarta, dan ...": a role is no one's name.
      if (pack.sourceWords.has(w.toLowerCase())) return null;
      current.push(w);
    } else break;
  }
  const list = names.filter((n) => n.length > 0).map((n) => n.join(' '));
  if (list.length < 2 || !known.some((r) => list.includes(r.name as string))) return null;
  return list;
}

/** "Rina dan Joko meninjau lokasi. Keduanya mengatakan ...": the people named in the sentence
 * before, together; a person each, so still a named person when they cannot be told. */
function pairSource(a: Analysis): FoundSource {
  const { pack, referents, index } = a.ctx;
  const people = referents.personsIn(index - 1);
  const names = people.length >= 2 ? people.map((r) => r.name as string) : namesOpening(a, people);
  if (!names) return resolvedSource(null, a.text, 'named_person', 'pronoun', 'named-pair');
  const joiner = ` ${pack.data.coordinators[0] ?? ''} `;
  const name = `${names.slice(0, -1).join(', ')}${joiner}${names.at(-1) as string}`;
  const pair: Referent = { text: name, kind: 'named_person', name, role: null, outlet: null };
  return resolvedSource(pair, a.text, 'named_person', 'pronoun', 'named-pair');
}

/** How many sentences back the group counted may have spoken. */
const PARTITIVE_WINDOW = 1;

/** What a count of a group is: one of a body's people is its unnamed official. */
const MEMBER_KIND: Partial<Record<SourceKind, SourceKind>> = {
  named_person: 'named_person',
  official_body: 'unnamed_official',
  organization: 'unnamed_official',
  unnamed_official: 'unnamed_official',
};

/** "Two diplomats spoke ... One of them said", "Rina and Joko ... Both of them said": a count
 * ("one", "some", "both") of the people "they" would stand for. Those named together stay
 * named; a body's are its unnamed officials; anyone else is anonymous. */
function partitive(a: Analysis): FoundSource | null {
  const { pack, referents, index } = a.ctx;
  const len = a.span.end - a.span.start;
  if (partitiveAt(a.ctx, a.span.start, a.span.end) !== len) return null;
  const group = referents.lastGroup();
  const pair = referents.lastPersonBy(index, true)?.referent;
  const joined =
    pair &&
    namesJoined(pair.text, pack.coordinators) &&
    (pair.sentence ?? -1) >= (group?.sentence ?? -1);
  const r = joined ? pair : (referents.lastPeople() ?? group);
  // Only a group that just spoke: "Residents fled. Some of them said" counts people who said
  // nothing before, anonymous.
  const near = r && (r.sentence ?? -1) >= index - PARTITIVE_WINDOW ? r : null;
  // "Rina Sari and Joko Lim run the port. Both of them said": the people just named.
  if (!near && referents.personsIn(index - 1).length >= 2) return pairSource(a);
  const found = resolvedSource(near, a.text, 'anonymous', 'pronoun', 'partitive');
  return {
    ...found,
    kind: MEMBER_KIND[found.kind] ?? 'anonymous',
    name: joined ? found.name : null,
  };
}

/** The pronoun's referent, or the fallback kind when nothing came before it. */
function resolvePronoun(a: Analysis): FoundSource | null {
  const another = elided(a) ?? partitive(a);
  if (another) return another;
  const { pack, referents, index } = a.ctx;
  if (a.words.length !== 1) return null;
  const w = a.lowers[0] as string;
  if (pack.pairPronouns.has(w)) return pairSource(a);
  // "KCNA quoted him as saying": an object pronoun alone stands for whom its subject form
  // would ("them" for a group, as "they").
  const object = pack.objectPronouns.has(w) && !pack.personPronouns.has(w);
  if (object && pack.objectGroupPronouns.has(w)) return groupSource(a, true);
  // "She's said that ...": "has" contracted onto the pronoun.
  const person = pack.personPronouns.has(w) || pack.personPronouns.has((a.words[0] as Token).base);
  if (person || object) {
    const agrees = agreesWith(pack, w);
    const found = referents.lastPersonBy(index, true, opensSentence(a), agrees, toldOf(pack, w));
    return resolvedSource(
      found?.referent ?? null,
      a.text,
      'named_person',
      'pronoun',
      found?.by ?? '',
    );
  }
  if (!pack.groupPronouns.has(w)) return null;
  // "it" is an institution or a document; "they" any group, people included.
  if (pack.thingPronouns.has(w)) {
    // "SPA said the prayer was led by a scholar of the Judicial Institute. ..., it added":
    // the outlet or body that spoke in the sentence before, not one its words only named.
    const thing = referents.lastThing();
    const spoke = referents.lastSpeakingThing(index - 1);
    // An outlet named since reported what was said: it is meant ("..., Statenews reported").
    const outlet = thing?.kind === 'media' || thing?.kind === 'state_media';
    const mentioned = thing && thing !== spoke && thing.speaker !== true && !outlet;
    if (spoke && mentioned && (thing.sentence ?? -1) >= (spoke.sentence ?? -1))
      return resolvedSource(spoke, a.text, 'organization', 'pronoun', 'last-speaking-thing');
    return resolvedSource(thing, a.text, 'organization', 'pronoun', 'last-thing');
  }
  return groupSource(a, pack.peoplePronouns.has(w));
}

/** "When the figures were revised, they showed ...", "The data came out in May. They
 * indicate ...": before a verb of findings, "they" is a plural document named earlier in the
 * sentence or the sentence before (no group named since), not unnamed people. */
function findingsData(a: Analysis): FoundSource | null {
  const { ctx } = a;
  const { pack, tokens, referents, index } = ctx;
  if (pack.findingVerbs.matchAt(tokens, a.span.end) === 0) return null;
  // People or a name before the pronoun may be whom it stands for ("Officials read the
  // records and they found ...").
  const people =
    pack.anonymous.find(tokens, 0, a.span.start) !== null ||
    pack.unnamedOfficials.find(tokens, 0, a.span.start) !== null ||
    tokens.slice(1, a.span.start).some((t) => t.cap && !pack.timeWords.has(t.lower));
  // The language's plural ending (a role's is any noun's): "they" is many documents.
  const plural = (w: string) => pack.data.rolePluralEndings.some((e) => w.endsWith(e));
  for (let i = a.span.start - 1; i >= 0 && !people; i--) {
    const len = pack.documents.matchAt(tokens, i, a.span.start);
    const last = tokens[i + len - 1];
    if (!len || ctx.quoted[i] || !last || last.cap || !plural(last.lower)) continue;
    const text = ctx.text.slice(tokens[i]?.start ?? 0, last.end);
    return plainSource(a.text, 'document', {
      resolvesTo: text,
      reasons: ['pronoun_resolved'],
      basis: 'pronoun/findings',
    });
  }
  const doc = referents.lastOfKind('document');
  const group = referents.lastGroup();
  if (!doc || (doc.sentence ?? -1) < index - 1 || (group?.sentence ?? -1) > (doc.sentence ?? -1))
    return null;
  return resolvedSource(doc, a.text, 'document', 'pronoun', 'findings');
}

/** What "they" stands for: named people joined as the last speaker, a
 * pair named just before, the people that spoke past a singular body (`people`: the pronoun
 * is one a body is not called by), or the last group. */
function groupSource(a: Analysis, people: boolean): FoundSource {
  const { pack, referents, index } = a.ctx;
  const data = findingsData(a);
  if (data) return data;
  // "Fajar dan Rian mengakui ... Mereka menambahkan": named people joined as the last speaker
  // are the group, unless a group spoke after them.
  const group = referents.lastGroup();
  const pair = referents.lastPersonBy(index, true)?.referent;
  if (
    pair &&
    namesJoined(pair.text, pack.coordinators) &&
    (pair.sentence ?? -1) >= (group?.sentence ?? -1)
  )
    return {
      ...resolvedSource(pair, a.text, 'named_person', 'pronoun', 'named-pair'),
      resolvesTo: pair.text,
    };
  // "Kekalahan itu membuat Fajar/Rian kecewa. Mereka mengakui ...": a pair of partners
  // named in the sentence before, when no group was.
  const slash = slashPairBefore(a.ctx.previous);
  if (slash && (group?.sentence ?? -1) < index - 1)
    return resolvedSource(slash, a.text, 'named_person', 'pronoun', 'named-pair');
  // "Ana Silva and Lars Berg met in Oslo. They said ...": people named together opening the
  // sentence before, when no group was named there or since.
  if ((group?.sentence ?? -1) < index - 1 && namesOpening(a, referents.personsIn(index - 1)))
    return pairSource(a);
  const spoke = people ? peopleBeforeBody(a, group) : null;
  if (spoke) return resolvedSource(spoke, a.text, 'anonymous', 'pronoun', 'people-group');
  return resolvedSource(group, a.text, 'anonymous', 'pronoun', 'last-group');
}

export const pronoun: Stage = {
  id: 'pronoun',
  decide(a: Analysis) {
    const found = resolvePronoun(a);
    return found ? unnamedIfWithheld(a.ctx, a.span.end, a.text, found) : found;
  },
};
