/** `npm run institutions`: the registry printed for review, as JSON and as a readable list. */
import { describe, expect, it } from 'vitest';
import { main } from '@/cli/institutions';
import { BUNDLED_INSTITUTIONS, InstitutionSchema } from '@/core/institutions';

describe('institutions CLI', () => {
  it('--json prints every entry, valid against the schema, in id order', () => {
    const { code, out, err } = main(['--json']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const entries = JSON.parse(out) as unknown[];
    expect(entries).toHaveLength(BUNDLED_INSTITUTIONS.length);
    for (const e of entries) expect(InstitutionSchema.safeParse(e).success).toBe(true);
  });

  it('filters by kind and country', () => {
    const orgs = JSON.parse(main(['--json', '--kind', 'organization']).out) as { id: string }[];
    expect(orgs.map((e) => e.id)).toEqual([
      'apindo',
      'hamas',
      'hezbollah',
      'houthis',
      'icw',
      'indef',
      'kadin',
      'kontras',
      'muhammadiyah',
      'mui',
      'nahdlatul-ulama',
      'perludem',
      'taliban',
      'walhi',
      'ylbhi',
      'ylki',
    ]);
    const intl = JSON.parse(main(['--json', '--country', 'international']).out) as {
      country: string;
    }[];
    expect(intl.length).toBeGreaterThan(5);
    expect(intl.every((e) => e.country === 'international')).toBe(true);
  });

  it('prints one entry per block with its spellings and source', () => {
    const { out } = main(['--country', 'id']);
    expect(out).toMatch(/^\d+ institutions/);
    expect(out).toContain('kpk  official_body  ID  Komisi Pemberantasan Korupsi');
    expect(out).toContain('id: KPK');
    expect(out).toContain('<https://www.kpk.go.id/>');
  });

  it('--find lists the spellings as the registry stage reads them', () => {
    const found = JSON.parse(
      main(['--json', '--find', 'The UN and the un met NATO and Bank Indonesia.']).out,
    ) as { id: string; text: string }[];
    expect(found.map((f) => [f.id, f.text])).toEqual([
      ['united-nations', 'UN'],
      ['nato', 'NATO'],
      ['bank-indonesia', 'Bank Indonesia'],
    ]);
  });

  it('refuses an unknown option or kind', () => {
    expect(main(['--bogus']).code).toBe(2);
    expect(main(['--kind', 'person']).code).toBe(2);
  });
});
