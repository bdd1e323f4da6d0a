/** Stage withheld-name: an office holder whose name is withheld is an unnamed official. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage withheld-name', () => {
  it('an office with its name withheld', () => {
    expect(
      lastSource('id', 'Kepala desa yang enggan disebutkan namanya mengatakan jalan itu rusak.'),
    ).toMatchObject({ kind: 'unnamed_official', role: 'Kepala desa', basis: 'withheld-name' });
  });

  it('a source with its name withheld stays anonymous', () => {
    expect(
      lastSource('id', 'Seorang sumber yang enggan disebutkan namanya mengatakan jalan itu rusak.'),
    ).toMatchObject({ kind: 'anonymous', basis: 'lexicon-head' });
  });

  it.each([
    ['en', 'A person close to the minister said he would resign.'],
    ['id', 'Orang dekat sang menteri mengatakan ia akan mundur.'],
  ] as const)(
    'an office after the source words is whom the source is close to: %s',
    (lang, text) => {
      expect(lastSource(lang, text)).toMatchObject({ kind: 'anonymous', basis: 'lexicon-head' });
    },
  );
});
