/** The bundled outlet data is well-formed: the kind of list a journalist can check line by line. */
import { describe, expect, it } from 'vitest';
import { BUNDLED_OUTLETS, OutletSchema, registrableDomain, type Outlet } from '@/core/outlets';
import { DATA_FILES } from '@/core/outlets/data';
import {
  CITING_AFTER,
  CITING_BEFORE,
  INITIALS_AFTER,
  INITIALS_BEFORE,
} from '@/core/outlets/data/context';
import { PUBLIC_SUFFIXES } from '@/core/outlets/domain';
import { namesOf, words } from '@/core/outlets/match';

const byCategory = (c: Outlet['category']) => BUNDLED_OUTLETS.filter((o) => o.category === c);
const sorted = (list: readonly string[]) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
/** How the matcher files a name: its words, lower case. */
const key = (name: string) => words(name).lower.join(' ');

describe('bundled outlet data', () => {
  it('validates against OutletSchema, entry by entry', () => {
    for (const outlet of BUNDLED_OUTLETS) {
      const result = OutletSchema.safeParse(outlet);
      expect(result.success ? null : { id: outlet.id, issues: result.error.issues }).toBeNull();
    }
  });

  it('meets the coverage the issue asks for', () => {
    expect(BUNDLED_OUTLETS.length).toBeGreaterThanOrEqual(150);
    const state = byCategory('state_controlled');
    expect(state.length).toBeGreaterThanOrEqual(90);
    expect(new Set(state.map((o) => o.country)).size).toBeGreaterThanOrEqual(35);
    expect(byCategory('public_independent').length).toBeGreaterThanOrEqual(25);
    expect(byCategory('wire').length).toBeGreaterThanOrEqual(3);
    expect(byCategory('private').filter((o) => o.country === 'ID').length).toBeGreaterThanOrEqual(
      15,
    );
  });

  it.each([
    ['kcna', 'state_controlled'],
    ['rodong-sinmun', 'state_controlled'],
    ['kctv', 'state_controlled'],
    ['tass', 'state_controlled'],
    ['ria-novosti', 'state_controlled'],
    ['rt', 'state_controlled'],
    ['sputnik', 'state_controlled'],
    ['channel-one-russia', 'state_controlled'],
    ['xinhua', 'state_controlled'],
    ['cctv', 'state_controlled'],
    ['cgtn', 'state_controlled'],
    ['peoples-daily', 'state_controlled'],
    ['global-times', 'state_controlled'],
    ['china-daily', 'state_controlled'],
    ['irna', 'state_controlled'],
    ['press-tv', 'state_controlled'],
    ['syrian-arab-news-agency', 'state_controlled'],
    ['antara', 'state_controlled'],
    ['bbc', 'public_independent'],
    ['npr', 'public_independent'],
    ['abc-australia', 'public_independent'],
    ['deutsche-welle', 'public_independent'],
    ['nhk', 'public_independent'],
    ['cbc', 'public_independent'],
    ['reuters', 'wire'],
    ['associated-press', 'wire'],
    ['afp', 'wire'],
    ['kompas', 'private'],
    ['tempo', 'private'],
    ['detik', 'private'],
    ['cnn', 'private'],
  ])('classifies %s as %s', (id, category) => {
    expect(BUNDLED_OUTLETS.find((o) => o.id === id)?.category).toBe(category);
  });

  it('keeps every data file and the merged list sorted by id', () => {
    for (const [file, list] of Object.entries(DATA_FILES)) {
      const ids = list.map((o) => o.id);
      expect({ file, ids }).toEqual({ file, ids: sorted(ids) });
    }
    const ids = BUNDLED_OUTLETS.map((o) => o.id);
    expect(ids).toEqual(sorted(ids));
  });

  it('has unique ids', () => {
    const ids = BUNDLED_OUTLETS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has unique, sorted, registrable domains that are not bare public suffixes', () => {
    const owner = new Map<string, string>();
    for (const o of BUNDLED_OUTLETS) {
      expect({ id: o.id, domains: o.domains }).toEqual({ id: o.id, domains: sorted(o.domains) });
      for (const d of o.domains) {
        expect(owner.get(d), `${d} is on ${owner.get(d)} and ${o.id}`).toBeUndefined();
        owner.set(d, o.id);
        expect(PUBLIC_SUFFIXES.has(d), d).toBe(false);
        expect(registrableDomain(d), d).not.toBeNull();
      }
    }
  });

  it('gives every entry a citation and a real review date that is not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const o of BUNDLED_OUTLETS) {
      expect(o.citation.title.length, o.id).toBeGreaterThan(3);
      expect(o.citation.url, o.id).toMatch(/^https:\/\//);
      const date = new Date(`${o.reviewed}T00:00:00Z`);
      expect(Number.isNaN(date.getTime()), o.id).toBe(false);
      expect(date.toISOString().slice(0, 10), o.id).toBe(o.reviewed);
      expect(o.reviewed <= today, o.id).toBe(true);
    }
  });

  it('explains every contested classification it is known for in a note', () => {
    for (const id of [
      'antara',
      'al-jazeera',
      'tvri',
      'rri',
      'voice-of-america',
      'radio-free-europe-radio-liberty',
      'anadolu-agency',
      'trt',
      'afp',
      'yonhap',
      'bernama',
      'tasnim-news-agency',
      'fars-news-agency',
    ]) {
      expect(BUNDLED_OUTLETS.find((o) => o.id === id)?.note, id).toMatch(/\w{4,}/);
    }
  });

  it("has no name that collides with another outlet's, unless both are marked ambiguous", () => {
    const seen = new Map<string, { id: string; ambiguous: boolean }>();
    for (const o of BUNDLED_OUTLETS) {
      for (const name of namesOf(o)) {
        const k = key(name);
        const ambiguous = o.aliasRules?.[name]?.ambiguous === true;
        const other = seen.get(k);
        if (other && other.id !== o.id) {
          expect(
            other.ambiguous && ambiguous,
            `"${name}" is a name of both ${other.id} and ${o.id}`,
          ).toBe(true);
        }
        if (!other) seen.set(k, { id: o.id, ambiguous });
      }
    }
  });

  it('has no alias repeated within an entry, and rules only for names the entry has', () => {
    for (const o of BUNDLED_OUTLETS) {
      const names = [o.name, ...o.aliases];
      expect(new Set(names).size, o.id).toBe(names.length);
      for (const rule of Object.keys(o.aliasRules ?? {}))
        expect(names, `${o.id}: rule for "${rule}"`).toContain(rule);
    }
  });

  it('writes every name with at least one letter and no stray spaces', () => {
    for (const o of BUNDLED_OUTLETS) {
      for (const name of [o.name, ...o.aliases]) {
        expect(name, o.id).toBe(name.trim());
        expect(name, o.id).not.toMatch(/\s{2}/);
        expect(words(name).lower.length, `${o.id}: "${name}"`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the context phrase lists unique and lower case', () => {
    // Every pack's lists joined, each pack's in turn: the packs' tests keep each one sorted.
    for (const list of [CITING_BEFORE, CITING_AFTER, INITIALS_BEFORE, INITIALS_AFTER]) {
      expect(list).toEqual([...new Set(list)]);
      for (const p of list) expect(p).toBe(p.toLowerCase());
    }
    const suffixes = [...PUBLIC_SUFFIXES];
    expect(suffixes).toEqual(sorted(suffixes));
  });
});
