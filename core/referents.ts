/**
 * What the article has named so far, in order: the sources of earlier claims and the
 * people and organizations mentioned in passing. Pronouns ("he", "dia", "-nya", "they")
 * and descriptions ("the company", "Mantan Kepala Dinas ini") resolve to the
 * most recent fitting referent.
 */
import type { SourceKind } from './report';
import type { Referent, Resolution } from './referent-types';
import { hayOf, lastOn, shelfOf, shelve, type Entry, type Shelf } from './referent-shelf';
import { UNNAMED_KINDS } from './source-kind-groups';

export type { Referent, Resolution } from './referent-types';

/** A pronoun right after a quote points to its speaker rather than to a name the quote
 * mentioned: speakers within this many sentences win over names in passing. */
const SPEAKER_WINDOW = 6;

const GROUP_KINDS: ReadonlySet<SourceKind> = new Set([
  'organization',
  'official_body',
  'media',
  'state_media',
  'unnamed_official',
  'anonymous',
]);
const THING_KINDS: ReadonlySet<SourceKind> = new Set([
  'organization',
  'official_body',
  'media',
  'state_media',
  'document',
]);

const INSTITUTION_KINDS: ReadonlySet<SourceKind> = new Set(['organization', 'official_body']);

const WRITER_KINDS: ReadonlySet<SourceKind> = new Set(['media', 'state_media', 'document']);

/** Keeps the most recent referents; an article rarely points further back than this. */
const MAX_REFERENTS = 200;

/** A role's longest name run: three words may be the employer's name and the person's two. */
const MAX_NAME_WORDS_OF_ROLE = 3;

/** A person a pronoun or description may point to: every lastPersonBy test needs this. */
function maybePerson(r: Referent): boolean {
  return (
    (r.kind === 'named_person' && r.name !== null) ||
    ((r.single === true || r.definite === true || r.mentioned === true) &&
      UNNAMED_KINDS.has(r.kind))
  );
}

/** A person named again, merged with the earlier mention the name matched: one person, with
 * the fullest name and any role either mention gave. */
export function samePerson(r: Referent, same: Referent | null | undefined): Referent {
  if (same?.kind !== 'named_person' || !r.name) return r;
  const name = same.name && same.name.length > r.name.length ? same.name : r.name;
  return { ...r, name, role: r.role ?? same.role, weak: r.weak && same.weak };
}

/**
 * The referents, also shelved by what the lookups ask (a kind, a person, initials, each word
 * of the name): a lookup reads only a shelf that holds every referent it could match, newest
 * first, so a long article's misses no longer read all MAX_REFERENTS referents each time.
 * Each shelf keeps the window's order, so every lookup returns what a scan of all would.
 */
export class Referents {
  /** How many referents were ever added: the window is the last MAX_REFERENTS of them. */
  private added = 0;
  private readonly all: Shelf = { entries: [], head: 0 };
  private readonly persons: Shelf = { entries: [], head: 0 };
  private readonly initials: Shelf = { entries: [], head: 0 };
  private readonly kinds = new Map<SourceKind, Shelf>();
  /** By each space-separated word of the referent's searched words (hayOf). */
  private readonly words = new Map<string, Shelf>();
  /** What the whole article says its capitalised words name (core/source/evidence.ts). */
  evidence: {
    people: ReadonlySet<string>;
    institutions: ReadonlySet<string>;
    common?: ReadonlySet<string>;
    bodies?: ReadonlySet<string>;
  } = {
    people: new Set(),
    institutions: new Set(),
  };

  add(r: Referent): void {
    // "Jones, a Navy veteran" after "Mary Jones": one person, with the fullest name and
    // any role either mention gave.
    if (r.kind === 'named_person' && r.name) r = samePerson(r, this.byWords(r.name.split(' ')));
    const entry: Entry = { seq: this.added++, r };
    const min = this.minSeq();
    shelve(this.all, entry, min);
    if (maybePerson(r)) shelve(this.persons, entry, min);
    if (r.initials === true) shelve(this.initials, entry, min);
    shelve(shelfOf(this.kinds, r.kind), entry, min);
    // Each word once; no empty word ("" is searched in all, see wordShelf).
    const words = hayOf(r).split(' ');
    words.forEach((word, i) => {
      if (word !== '' && words.indexOf(word) === i) shelve(shelfOf(this.words, word), entry, min);
    });
  }

  /** Changes with every referent added: what a kept answer (core/span-memo.ts) was found with. */
  get version(): number {
    return this.added;
  }

  /** The oldest referent still kept. */
  private minSeq(): number {
    return Math.max(0, this.added - MAX_REFERENTS);
  }

  private last(test: (r: Referent) => boolean, shelf: Shelf = this.all): Referent | null {
    return lastOn(shelf, this.minSeq(), test)?.r ?? null;
  }

  /** The most recent of several shelves' last matches: a scan of their union. */
  private lastOfKinds(
    kinds: ReadonlySet<SourceKind>,
    test: (r: Referent) => boolean,
  ): Referent | null {
    let best: Entry | null = null;
    for (const kind of kinds) {
      const e = lastOn(this.kinds.get(kind), this.minSeq(), test);
      if (e && (!best || e.seq > best.seq)) best = e;
    }
    return best?.r ?? null;
  }

  /** The person named last, in passing or not, if that was in the sentence before
   * `sentence` or in it: "Andrei Safronov's hobby is ... 'I work here,' the Russian said". */
  namedJustBefore(sentence: number): Referent | null {
    const r = this.last((x) => x.kind === 'named_person' && x.name !== null, this.persons);
    return r && (r.sentence ?? -1) >= sentence - 1 ? r : null;
  }

  /** "The mayor of Kelbo said" after "Anna Brill, the mayor of Kelbo": the last person named
   * with a role that passes `test` (lower-cased role and mention). */
  lastHolder(test: (role: string, text: string) => boolean): Referent | null {
    const named = (r: Referent) => r.kind === 'named_person' && r.name !== null && !r.weak;
    return this.last(
      (r) => named(r) && test((r.role ?? '').toLowerCase(), r.text.toLowerCase()),
      this.persons,
    );
  }

  /** "he", "dia", "-nya": the last person, preferring a recent speaker, named or one unnamed
   * person when asked ("Seorang warga ... mengatakan ... katanya" is the resident): pronouns
   * may point to one, descriptions ("the minister") only to a named person. Never a place or body. */
  lastPerson(sentence?: number, withUnnamed = false): Referent | null {
    return this.lastPersonBy(sentence, withUnnamed)?.referent ?? null;
  }

  /** lastPerson, with how the person was picked (recorded in the report's source basis);
   * only persons that pass `agrees` ("he" is no one a word calls a woman) are looked at. */
  lastPersonBy(
    sentence?: number,
    withUnnamed = false,
    opening = false,
    agrees: (r: Referent) => boolean = () => true,
    told: (r: Referent) => boolean = () => false,
  ): Resolution | null {
    const last = (test: (r: Referent) => boolean) =>
      this.last((r) => agrees(r) && test(r), this.persons);
    // Of the people one sentence names, its subject is the likelier one meant.
    const pick = (test: (r: Referent) => boolean) => {
      const found = last(test);
      if (!found || found.subject === true || found.sentence === undefined) return found;
      return last((r) => r.subject === true && r.sentence === found.sentence && test(r)) ?? found;
    };
    if (sentence !== undefined) {
      const person = (r: Referent) =>
        (r.kind === 'named_person' && r.name !== null) ||
        (withUnnamed &&
          UNNAMED_KINDS.has(r.kind) &&
          (r.single === true ||
            (opening && r.definite === true && sentence - (r.sentence ?? 0) <= 1)));
      const recent = (r: Referent) =>
        r.speaker === true && sentence - (r.sentence ?? 0) <= SPEAKER_WINDOW;
      const quoted = pick((r) => person(r) && recent(r));
      // "The port's spokeswoman said ... [background] ... She said": a definite unnamed
      // speaker quoted since, with no one quoted or named after it, is still the one meant.
      const definite = withUnnamed
        ? pick(
            (r) =>
              r.definite === true &&
              UNNAMED_KINDS.has(r.kind) &&
              recent(r) &&
              (r.sentence ?? 0) > (quoted?.sentence ?? -1),
          )
        : null;
      const speaker = definite && !this.othersAfter(definite.sentence ?? 0) ? definite : quoted;
      // A person introduced with a role in a later sentence than that speaker is the newer
      // topic: "Ketua komunitas ojol, Agus Santoso, meminta ... Dia mengatakan ...". So is
      // one unnamed person opening a sentence ("A senior official spoke to reporters").
      const introduced = (r: Referent) =>
        !r.speaker &&
        ((r.kind === 'named_person' && r.name !== null && !r.weak) ||
          (withUnnamed && r.single === true && UNNAMED_KINDS.has(r.kind)));
      const later = speaker
        ? pick((r) => introduced(r) && (r.sentence ?? 0) > (speaker.sentence ?? 0))
        : null;
      // "The spokeswoman, Clara Voss, said ... Mark Dunn arrived. She said": a speaker whose
      // words tell the pronoun's sex stays over a newer person whose words tell none.
      if (later && !(speaker && told(speaker) && !told(later)))
        return { referent: later, by: 'newer-person' };
      if (speaker) return { referent: speaker, by: 'recent-speaker' };
      // No one spoke lately: one unnamed person quoted, or introduced lately, since the last
      // name is the newest person ("A senior official said ... [background] ... He said").
      const unnamed = withUnnamed
        ? pick(
            (r) =>
              r.single === true &&
              UNNAMED_KINDS.has(r.kind) &&
              (r.speaker === true || sentence - (r.sentence ?? 0) <= SPEAKER_WINDOW),
          )
        : null;
      const named = unnamed
        ? pick((r) => r.kind === 'named_person' && r.name !== null && !r.weak)
        : null;
      // In one sentence the unnamed person is its subject or speaker, noted after the names
      // it mentions ("A senior official met Prime Minister Ana Silva. He said").
      if (unnamed && (unnamed.sentence ?? 0) >= (named?.sentence ?? -1))
        return { referent: unnamed, by: 'last-unnamed' };
    }
    // "Police arrested a man. He said he was innocent": with no one else lately, one unnamed
    // person the sentence before only mentioned, before an older name.
    if (sentence !== undefined && withUnnamed && opening) {
      const mentioned = pick((r) => r.mentioned === true && (r.sentence ?? 0) === sentence - 1);
      // "Ana Silva spoke to a senior official. She said": a name of that sentence comes first.
      const named = pick((r) => r.kind === 'named_person' && r.name !== null && !r.weak);
      if (mentioned && (named?.sentence ?? -1) < sentence - 1)
        return { referent: mentioned, by: 'mentioned-before' };
    }
    // A name seen only in passing is the last resort ("skipper Wade Olsen ... he said").
    const named = pick((r) => r.kind === 'named_person' && r.name !== null && !r.weak);
    if (named) return { referent: named, by: 'last-named' };
    const passing = pick((r) => r.kind === 'named_person' && r.name !== null);
    return passing ? { referent: passing, by: 'named-in-passing' } : null;
  }

  /** Anyone quoted, or a person named not only in passing, in a sentence after `sentence`. */
  private othersAfter(sentence: number): boolean {
    const other = (r: Referent) =>
      r.speaker === true || (r.kind === 'named_person' && r.name !== null && !r.weak);
    return this.last((r) => other(r) && (r.sentence ?? 0) > sentence) !== null;
  }

  /** "the defence minister" when the last person named was the interior minister: the most
   * recent person, named and not only in passing, whose role passes the test, within the
   * window a speaker is remembered. */
  lastPersonWithRole(sentence: number, fits: (role: string | null) => boolean): Resolution | null {
    const r = this.last(
      (x) =>
        x.kind === 'named_person' &&
        x.name !== null &&
        !x.weak &&
        sentence - (x.sentence ?? 0) <= SPEAKER_WINDOW &&
        fits(x.role),
      this.persons,
    );
    return r ? { referent: r, by: 'same-role' } : null;
  }

  /** "Keduanya": the people named in sentence `n`, each once, in order (names in passing
   * too: the pronoun's cue says they are people). */
  personsIn(n: number): Referent[] {
    const found: Referent[] = [];
    for (let i = this.persons.head; i < this.persons.entries.length; i++) {
      const r = (this.persons.entries[i] as Entry).r;
      if (r.sentence !== n || r.kind !== 'named_person' || !r.name) continue;
      if (!found.some((f) => f.name === r.name)) found.push(r);
    }
    return found;
  }

  /** "they", "mereka": the last group or institution. */
  lastGroup(): Referent | null {
    return this.lastOfKinds(GROUP_KINDS, (r) => !r.weak && !r.thingOnly);
  }

  /** The last unnamed source, one person or a group ("one diplomat", "officials"). */
  lastUnnamed(): Referent | null {
    return this.lastOfKinds(UNNAMED_KINDS, (r) => !r.weak);
  }

  /** The last unnamed group of people ("officials", "residents"), not one person of it. */
  lastPeople(): Referent | null {
    return this.lastOfKinds(UNNAMED_KINDS, (r) => !r.weak && r.single !== true);
  }

  /** "lembaga itu": the last public body or organization. */
  lastInstitution(): Referent | null {
    return this.lastOfKinds(INSTITUTION_KINDS, (r) => !r.weak);
  }

  /** "it": the last institution, outlet or document. */
  lastThing(): Referent | null {
    return this.lastOfKinds(THING_KINDS, (r) => !r.weak);
  }

  /** The last institution, outlet or document that spoke in sentence `sentence` or after. */
  lastSpeakingThing(sentence: number): Referent | null {
    return this.lastOfKinds(
      THING_KINDS,
      (r) => !r.weak && r.speaker === true && (r.sentence ?? -1) >= sentence,
    );
  }

  /** "the article said": the last outlet or document, whichever wrote most recently. */
  lastWriter(): Referent | null {
    return this.lastOfKinds(WRITER_KINDS, (r) => !r.weak);
  }

  /** "AS" after "berinisial AS": the person known by these initials. */
  byInitials(text: string): Referent | null {
    return this.last((r) => r.initials === true && r.name === text, this.initials);
  }

  /** "the company", "perusahaan itu": the last of the kind, a full mention before a name
   * seen only in passing ("PT Gerak" inside "PT Gerak Cepat Indonesia"). */
  lastOfKind(kind: SourceKind): Referent | null {
    const shelf = this.kinds.get(kind);
    if (!shelf) return null;
    const plain = (r: Referent) => r.groupOnly !== true && r.mentioned !== true;
    return this.last((r) => !r.weak && plain(r), shelf) ?? this.last(plain, shelf);
  }

  /** "Doe" after "Jane Doe", "Nusantara" after "Nusantara Asset Management": the last
   * referent whose name (or text) contains every word given. */
  byWords(words: readonly string[]): Referent | null {
    if (words.length === 0) return null;
    const needles = words.map((w) => ` ${w.toLowerCase()} `);
    const has = (r: Referent) => {
      const hay = hayOf(r);
      return needles.every((n) => hay.includes(n));
    };
    // "Pertamina" after "Direktur Utama Pertamina Nicke Widyawati", where the article also
    // writes "PT Pertamina": the first word of a role's long name is the employer's.
    const firm = words.length === 1 ? this.firmWord(needles[0] as string) : null;
    // So is the first word of a name seen only in passing ("a show at Seaview Orlando" when
    // the article writes "Seaview Inc").
    // A group noted only as a subject ("Uber drivers blocked ...") lends no firm its words,
    // nor does one person only mentioned ("a web editor").
    const usable = (r: Referent) =>
      has(r) &&
      r.groupOnly !== true &&
      r.mentioned !== true &&
      !(
        firm &&
        r.kind === 'named_person' &&
        (opens(r, firm) || (r.weak === true && hayOf(r).startsWith(firm)))
      );
    const shelf = this.wordShelf(needles);
    if (shelf === null) return null;
    // A surname is a person's before it is a firm's ("Ferris" after "Tom Ferris, ... at the
    // Ferris Brokerage").
    return (
      this.last((r) => r.kind === 'named_person' && usable(r), shelf) ?? this.last(usable, shelf)
    );
  }

  /**
   * The shortest shelf holding every referent that has all the needles: " word " is in a
   * hay exactly when word (one word, no space) is one of its space-separated words. A needle
   * with a space or no word in it is looked for in all; a word no referent has finds none.
   */
  private wordShelf(needles: readonly string[]): Shelf | null {
    let best: Shelf | undefined;
    for (const needle of needles) {
      const word = needle.slice(1, -1);
      if (word === '' || word.includes(' ')) return this.all;
      const shelf = this.words.get(word);
      if (!shelf) return null;
      if (!best || shelf.entries.length - shelf.head < best.entries.length - best.head)
        best = shelf;
    }
    return best ?? this.all;
  }

  /** The needle " word " when the article's evidence calls that word an institution's and
   * never a person's. */
  private firmWord(needle: string): string | null {
    const word = needle.trim();
    const { institutions, people } = this.evidence;
    return institutions.has(word) && !people.has(word) ? needle : null;
  }
}

/** Does the person's name of three words or more open with this needle (" word ")? */
function opens(r: Referent, needle: string): boolean {
  const hay = hayOf(r);
  return hay.startsWith(needle) && hay.trim().split(' ').length >= MAX_NAME_WORDS_OF_ROLE;
}
