/**
 * A document's finding in the progressive ("the survey is showing that ...", "Survei itu
 * sedang menunjukkan ...") reports as the simple form does; the aspect word is no part of the
 * source, and a person showing a thing reports nothing. Every sentence is the team's own
 * (invented places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('progressive finding verbs in English', () => {
  it('"is showing that" after a document reports its finding', () => {
    const [c] = storyClaims(
      'The Harlow survey is showing that rents in Dunmore rose sharply.',
      'en',
    );
    expect(c).toMatchObject({ cue: 'is showing', claim: 'rents in Dunmore rose sharply' });
    expect(c?.source).toMatchObject({ text: 'The Harlow survey', kind: 'document' });
  });

  it('"are suggesting" after plural data does too', () => {
    const [c] = storyClaims('New figures are suggesting that the ferry lost money.', 'en');
    expect(c?.source.kind).toBe('document');
    expect(c?.claim).toBe('the ferry lost money');
  });

  it('a person showing a thing, or places showing lines, report nothing', () => {
    expect(storyClaims('The mayor is showing visitors the new bridge.', 'en')).toHaveLength(0);
    expect(storyClaims('Polling places are showing long lines.', 'en')).toHaveLength(0);
  });
});

describe('aspect words before an Indonesian verb', () => {
  it('"sedang" stays out of a document source', () => {
    const [c] = storyClaims(
      'Survei Lembaga Harlow sedang menunjukkan bahwa harga sewa naik.',
      'id',
    );
    expect(c?.source).toMatchObject({ text: 'Survei Lembaga Harlow', kind: 'document' });
    expect(c?.claim).toBe('harga sewa naik');
  });

  it('and out of a speaker', () => {
    const [c] = storyClaims('Warga Dunmore sedang mengatakan bahwa jembatan itu retak.', 'id');
    expect(c?.source.text).toBe('Warga Dunmore');
  });
});
