/** Stage acronym-institution: a name closed by an acronym in parentheses is an institution's. */
import { describe, expect, it } from 'vitest';
import { acronymInstitution } from '@/core/source/stages/acronym-institution';
import { decide, lastSource } from './helpers';

describe('stage acronym-institution', () => {
  it.each([
    ['id', 'Kerukunan Nelayan Selatan (KNS) menyatakan harga ikan turun.'],
    ['en', 'Harbour Lights (HL) said prices would fall.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(lastSource(lang, sentence)).toMatchObject({
      kind: 'organization',
      basis: 'acronym-institution',
    });
  });

  it('passes on a name with an age in parentheses', () => {
    expect(
      decide(acronymInstitution, 'Darto (41) mengatakan harga ikan turun.', 'Darto (41)', 'id'),
    ).toBeNull();
  });
});
