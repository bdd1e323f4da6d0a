import { describe, expect, it } from 'vitest';
import { passiveBy } from '@/core/rules/passive-by';
import { ctx, lastClaim, run } from '../helpers';

describe('passive-by', () => {
  it.each([
    [
      'Usulan tersebut disampaikan oleh Kuasa Hukum Nusaraya Asset Management Wulan Prasetya.',
      'id',
      'disampaikan oleh',
      'named_person',
      'Kuasa Hukum Nusaraya Asset Management Wulan Prasetya',
    ],
    [
      'Kabar ini diketahui dari surat pemberitahuan tertulis koperasi kepada anggota.',
      'id',
      'diketahui dari',
      'document',
      'surat pemberitahuan',
    ],
    [
      'Here are some of the risks identified in the 2019 harbour board report.',
      'en',
      'identified in',
      'document',
      'the 2019 harbour board report',
    ],
  ] as const)('%s', (text, lang, cue, kind, source) => {
    expect(run(passiveBy, text, lang)[0]).toEqual([cue, kind, source]);
  });

  it('separates name and role', () => {
    const [c] = passiveBy.find(
      ctx(
        'Usulan tersebut disampaikan oleh Kuasa Hukum Nusaraya Asset Management Wulan Prasetya.',
        'id',
      ),
    );
    expect(c?.source.name).toBe('Wulan Prasetya');
    expect(c?.source.role).toBe('Kuasa Hukum Nusaraya Asset Management');
  });

  it.each([
    ['Barang itu diketahui dari tadi pagi hilang.', 'id'],
    ['The bug was identified in testing.', 'en'],
  ] as const)('no attribution: %s', (text, lang) => {
    expect(run(passiveBy, text, lang)).toEqual([]);
  });
});

describe("passive-by: an aside after a possessor's words", () => {
  it('"X\'s remarks, reported by <outlet>, said": no agent claim of its own', () => {
    expect(
      run(
        passiveBy,
        "Governor Halvard Renn's remarks, reported by Statenews, said the dam held.",
        'en',
      ),
    ).toEqual([]);
  });

  it('without a possessor the outlet is still the agent', () => {
    expect(
      run(passiveBy, 'The remarks, reported by Statenews, said the dam held.', 'en').map(
        ([c]) => c,
      ),
    ).toEqual(['reported by']);
  });

  it('takes the tie of an unnamed agent whole', () => {
    const text = 'The move was confirmed by two people close to the mayor.';
    expect(run(passiveBy, text, 'en')[0]).toEqual([
      'was confirmed by',
      'anonymous',
      'two people close to the mayor',
    ]);
  });
});

describe('passive-by: "as stated by" and an outlet closing the sentence', () => {
  it('the agent speaks, the outlet after the comma relays', () => {
    const c = lastClaim(
      'Velmar counts on the prudence of its neighbours, as stated by the presidential spokesman Ivo Kant, Statenews reported.',
      'en',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('"as stated by" alone names the speaker', () => {
    const c = lastClaim('The port will reopen in May, as stated by Mayor Ann Lutz.', 'en');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.claim).toBe('The port will reopen in May');
  });
});
