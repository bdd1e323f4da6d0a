/** Referents keeps its window on shelves (by kind, person, initials, word) so lookups read
 * only what may match; every lookup must still return what a scan of the whole window did.
 * And a long article gives the same claims as one huge block as it does split in paragraphs. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { Referents, samePerson, type Referent } from '@/core/referents';
import type { SourceKind } from '@/core/report';
import { testRegistry } from './helpers';

/** The lookups as a plain scan over the last 200 referents: the behaviour shelves must keep. */
class ScanReferents {
  items: Referent[] = [];
  evidence = { people: new Set<string>(), institutions: new Set<string>() };
  add(r: Referent): void {
    if (r.kind === 'named_person' && r.name) r = samePerson(r, this.byWords(r.name.split(' ')));
    this.items.push(r);
    if (this.items.length > 200) this.items.shift();
  }
  last(test: (r: Referent) => boolean): Referent | null {
    for (let i = this.items.length - 1; i >= 0; i--)
      if (test(this.items[i] as Referent)) return this.items[i] as Referent;
    return null;
  }
  lastPersonBy(sentence?: number, withUnnamed = false): [Referent, string] | null {
    const unnamed = (k: SourceKind) => k === 'unnamed_official' || k === 'anonymous';
    const named = (r: Referent) => r.kind === 'named_person' && r.name !== null;
    if (sentence !== undefined) {
      const person = (r: Referent) =>
        named(r) || (withUnnamed && r.single === true && unnamed(r.kind));
      const recent = (r: Referent) => r.speaker === true && sentence - (r.sentence ?? 0) <= 6;
      const quoted = this.last((r) => person(r) && recent(r));
      const definite = withUnnamed
        ? this.last(
            (r) =>
              r.definite === true &&
              unnamed(r.kind) &&
              recent(r) &&
              (r.sentence ?? 0) > (quoted?.sentence ?? -1),
          )
        : null;
      const since = (d: Referent) =>
        this.last(
          (r) =>
            (r.speaker === true || (named(r) && !r.weak)) && (r.sentence ?? 0) > (d.sentence ?? 0),
        );
      const speaker = definite && !since(definite) ? definite : quoted;
      const introduced = (r: Referent) =>
        !r.speaker &&
        ((named(r) && !r.weak) || (withUnnamed && r.single === true && unnamed(r.kind)));
      const later = speaker
        ? this.last((r) => introduced(r) && (r.sentence ?? 0) > (speaker.sentence ?? 0))
        : null;
      if (later) return [later, 'newer-person'];
      if (speaker) return [speaker, 'recent-speaker'];
      const one = withUnnamed
        ? this.last(
            (r) =>
              r.single === true &&
              unnamed(r.kind) &&
              (r.speaker === true || sentence - (r.sentence ?? 0) <= 6),
          )
        : null;
      const name = one ? this.last((r) => named(r) && !r.weak) : null;
      if (one && (one.sentence ?? 0) >= (name?.sentence ?? -1)) return [one, 'last-unnamed'];
    }
    const strong = this.last((r) => named(r) && !r.weak);
    if (strong) return [strong, 'last-named'];
    const passing = this.last(named);
    return passing ? [passing, 'named-in-passing'] : null;
  }
  lastOfKinds(kinds: SourceKind[]): Referent | null {
    return this.last((r) => kinds.includes(r.kind) && !r.weak);
  }
  lastOfKind(kind: SourceKind): Referent | null {
    return this.last((r) => r.kind === kind && !r.weak) ?? this.last((r) => r.kind === kind);
  }
  byInitials(text: string): Referent | null {
    return this.last((r) => r.initials === true && r.name === text);
  }
  byWords(words: readonly string[]): Referent | null {
    if (words.length === 0) return null;
    const hay = (r: Referent) => {
      const lower = (r.name ?? r.text).toLowerCase().replace(/[()]/g, ' ');
      return lower.includes('-') ? ` ${lower} ${lower.replace(/-/g, ' ')} ` : ` ${lower} `;
    };
    const needles = words.map((w) => ` ${w.toLowerCase()} `);
    const word = (needles[0] as string).trim();
    const firm =
      words.length === 1 && this.evidence.institutions.has(word) && !this.evidence.people.has(word)
        ? (needles[0] as string)
        : null;
    const usable = (r: Referent) =>
      needles.every((n) => hay(r).includes(n)) &&
      !(
        firm &&
        r.kind === 'named_person' &&
        hay(r).startsWith(firm) &&
        hay(r).trim().split(' ').length >= 3
      );
    return this.last((r) => r.kind === 'named_person' && usable(r)) ?? this.last(usable);
  }
}

/** A small deterministic generator, so a failure replays. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const KINDS: SourceKind[] = [
  'named_person',
  'named_person',
  'organization',
  'official_body',
  'media',
  'state_media',
  'unnamed_official',
  'anonymous',
  'document',
];
const WORDS = [
  'Ana',
  'Koval',
  'al-Rami',
  'Rami',
  'Harbor',
  'Trust',
  '(HTX)',
  'HTX',
  'Bina',
  'Sari',
  'Lee',
];
const QUERIES = [
  'ana',
  'KOVAL',
  'rami',
  'al-rami',
  'htx',
  '(htx)',
  'trust',
  'bina sari',
  '',
  'zed',
  'Lee',
];

describe('Referents on shelves answers as a scan of the window does', () => {
  it.each([1, 2, 3, 4])('seed %i: 700 adds, every lookup after each', (seed) => {
    const rnd = random(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const shelves = new Referents();
    const scan = new ScanReferents();
    const evidence = { people: new Set(['lee']), institutions: new Set(['harbor', 'bina', 'lee']) };
    shelves.evidence = evidence;
    scan.evidence = evidence;
    const id = (r: Referent | null | undefined) => (r as { id?: number } | null)?.id ?? null;
    let sentence = 0;
    for (let n = 0; n < 700; n++) {
      if (rnd() < 0.4) sentence++;
      const kind = pick(KINDS);
      const words = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(WORDS));
      const text = words.join(' ');
      const named = kind === 'named_person' || rnd() < 0.2;
      const r = {
        id: n,
        text,
        kind,
        name: named ? text : null,
        role: rnd() < 0.3 ? 'minister' : null,
        outlet: null,
        sentence,
        ...(rnd() < 0.3 ? { speaker: true } : {}),
        ...(rnd() < 0.3 ? { weak: true } : {}),
        ...(rnd() < 0.3 ? { single: true } : {}),
        ...(rnd() < 0.2 ? { definite: true } : {}),
        ...(rnd() < 0.1 ? { initials: true } : {}),
      } as Referent;
      shelves.add(r);
      scan.add(r);
      for (const withUnnamed of [false, true]) {
        for (const at of [sentence, sentence + 3, undefined]) {
          const a = shelves.lastPersonBy(at, withUnnamed);
          const b = scan.lastPersonBy(at, withUnnamed);
          expect([id(a?.referent), a?.by ?? null]).toEqual([id(b?.[0]), b?.[1] ?? null]);
          expect(a?.referent ?? null).toEqual(b?.[0] ?? null);
        }
      }
      const groups: SourceKind[] = [
        'organization',
        'official_body',
        'media',
        'state_media',
        'unnamed_official',
        'anonymous',
      ];
      expect(id(shelves.lastGroup())).toBe(id(scan.lastOfKinds(groups)));
      const things: SourceKind[] = [
        'organization',
        'official_body',
        'media',
        'state_media',
        'document',
      ];
      expect(id(shelves.lastThing())).toBe(id(scan.lastOfKinds(things)));
      for (const kind of new Set(KINDS))
        expect(id(shelves.lastOfKind(kind))).toBe(id(scan.lastOfKind(kind)));
      for (const w of WORDS) expect(id(shelves.byInitials(w))).toBe(id(scan.byInitials(w)));
      for (const q of QUERIES) {
        const words = q === '' ? [''] : q.split(' ');
        expect(id(shelves.byWords(words))).toBe(id(scan.byWords(words)));
        expect(shelves.byWords(words)).toEqual(scan.byWords(words));
      }
      expect(shelves.byWords(['bina sari'])).toEqual(scan.byWords(['bina sari']));
    }
  });
});

describe('a long article as one block gives the claims it gives in paragraphs', () => {
  // Enough distinct people and bodies to fill the referent window several times over.
  const FIRST = ['Ana', 'Boris', 'Clara', 'Dewi', 'Emil', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jana'];
  const LAST = ['Koval', 'Lindqvist', 'Moreau', 'Nakata', 'Osei', 'Petrov', 'Quint', 'Rahman'];
  const paragraphs: string[] = [];
  for (let i = 0; i < 80; i++) {
    const a = `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`;
    const b = `${FIRST[(i * 7 + 3) % FIRST.length]} ${LAST[(i + 5) % LAST.length]}`;
    const surname = a.split(' ')[1];
    paragraphs.push(
      `Transport Minister ${a} said the new bridge would open in spring.`,
      `"We are on schedule," ${surname} told reporters on Monday.`,
      `He added that costs had risen, according to a ministry statement.`,
      `${b}, a local shop owner, said traffic had already doubled.`,
      `The Harbor Trust said in a report that the river had been dredged.`,
      `It warned that repairs could take years, officials said.`,
    );
  }
  const strip = (claims: ReturnType<typeof analyze>['claims']) =>
    claims.map(({ block: _b, offset: _o, ...rest }) => rest);

  it('same claims, sources and reasons', () => {
    const split = analyze(
      { blocks: paragraphs.map((text) => ({ type: 'p' as const, text })) },
      { lang: 'en', registry: testRegistry },
    );
    const one = analyze(
      { blocks: [{ type: 'p' as const, text: paragraphs.join(' ') }] },
      { lang: 'en', registry: testRegistry },
    );
    expect(split.claims.length).toBeGreaterThan(300);
    expect(strip(one.claims)).toEqual(strip(split.claims));
    // Offsets in one block still point at each claim's sentence.
    const text = paragraphs.join(' ');
    for (const c of one.claims)
      expect(text.slice(c.offset, c.offset + c.sentence.length)).toBe(c.sentence);
  });
});
