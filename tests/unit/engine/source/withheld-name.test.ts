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
});
