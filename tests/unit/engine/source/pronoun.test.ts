/** Stage pronoun: a pronoun is the fitting referent named before, and says how it was picked. */
import { describe, expect, it } from 'vitest';
import { pronoun } from '@/core/source/stages/pronoun';
import { decide, lastSource } from './helpers';

describe('stage pronoun', () => {
  it.each([
    [
      'en',
      ['Maria Olsen said the budget was tight.', 'Later she said cuts were coming.'],
      'named_person',
      'Maria Olsen',
      'pronoun/recent-speaker',
    ],
    [
      'en',
      ['Maria Olsen chaired the meeting.', 'She said the budget was tight.'],
      'named_person',
      'Maria Olsen',
      'pronoun/named-in-passing',
    ],
    [
      'en',
      [
        'The Harbour Authority said the port was closed.',
        'It said the port would reopen on Monday.',
      ],
      'official_body',
      'The Harbour Authority',
      'pronoun/last-thing',
    ],
    [
      'id',
      [
        'Bupati Sleman Andi Wirawan meninjau lokasi banjir.',
        'Dia mengatakan warga sudah dievakuasi.',
      ],
      'named_person',
      'Andi Wirawan',
      'pronoun/last-named',
    ],
  ] as const)('%s: %j', (lang, sentences, kind, resolvesTo, basis) => {
    expect(lastSource(lang, ...sentences)).toMatchObject({ kind, resolvesTo, basis });
  });

  it.each([
    ['en', 'They said the budget was tight.', 'anonymous'],
    ['en', 'It said the port would reopen.', 'organization'],
    ['id', 'Menurut dia, harga beras akan naik.', 'named_person'],
  ] as const)('nothing before: %s', (lang, sentence, kind) => {
    expect(lastSource(lang, sentence)).toMatchObject({
      kind,
      resolvesTo: null,
      basis: 'pronoun/unresolved',
    });
  });

  it('passes on anything but a lone pronoun', () => {
    expect(
      decide(pronoun, 'The harbour master said it was closed.', 'The harbour master', 'en'),
    ).toBeNull();
  });
});
