import { describe, expect, it } from 'vitest';
import { passiveBy } from '@/core/rules/passive-by';
import { ctx, run } from '../helpers';

describe('passive-by', () => {
  it.each([
    [
      'Rencana tersebut disampaikan oleh Kuasa Hukum Sinarmas Asset Management Hotman Paris Hutapea.',
      'id',
      'disampaikan oleh',
      'named_person',
      'Kuasa Hukum Sinarmas Asset Management Hotman Paris Hutapea',
    ],
    [
      'Informasi ini diketahui dari surat pemberitahuan elektronik perusahaan kepada nasabah.',
      'id',
      'diketahui dari',
      'document',
      'surat pemberitahuan',
    ],
    [
      'Here are some of the threats identified in the 2015 White House report.',
      'en',
      'identified in',
      'document',
      'the 2015 White House report',
    ],
  ] as const)('%s', (text, lang, cue, kind, source) => {
    expect(run(passiveBy, text, lang)[0]).toEqual([cue, kind, source]);
  });

  it('separates name and role', () => {
    const [c] = passiveBy.find(
      ctx(
        'Rencana tersebut disampaikan oleh Kuasa Hukum Sinarmas Asset Management Hotman Paris Hutapea.',
        'id',
      ),
    );
    expect(c?.source.name).toBe('Hotman Paris Hutapea');
    expect(c?.source.role).toBe('Kuasa Hukum Sinarmas Asset Management');
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
