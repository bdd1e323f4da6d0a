/**
 * "Walhi menilai ...", "Menurut Indef, ...": Indonesian NGOs, associations and think tanks
 * quoted by their short name alone are organizations, not a person's one-word name (the
 * registry's entries, core/institutions/data/indonesia-organizations.ts). Their people
 * stay named persons. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const only = (text: string) => storyClaims(text, 'id')[0];

describe('an Indonesian NGO by its short name', () => {
  for (const name of ['Walhi', 'Indef', 'Apindo', 'Muhammadiyah', 'Perludem']) {
    it(`"${name} menilai ..." is an organization`, () => {
      const c = only(`${name} menilai kebijakan baru itu perlu dikaji ulang.`);
      expect(c?.source.kind).toBe('organization');
      expect(c?.source.text).toBe(name);
    });
  }

  it('after "menurut" and with a region after the name', () => {
    expect(only('Menurut Walhi, hutan di hulu sungai terus menyusut.')?.source.kind).toBe(
      'organization',
    );
    expect(only('Walhi Sulawesi Tengah menilai tambang itu merusak.')?.source.kind).toBe(
      'organization',
    );
  });

  it('its researcher, named, is a named person', () => {
    const c = only('"Daya beli melemah," kata peneliti Indef, Faisal Harahap.');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toContain('Faisal Harahap');
  });

  it('"kontras" as a word is no organization', () => {
    expect(only('Kontras yang tajam terlihat antara kota dan desa.')).toBeUndefined();
  });
});
