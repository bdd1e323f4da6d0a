/** Stage pointing-official: "the spokesman" pointing back is the person named before with that
 * word in their role. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { pointingOfficial } from '@/core/source/stages/pointing-official';
import { decide, lastSource } from './helpers';

describe('stage pointing-official', () => {
  it('"The spokesman" after a named spokesman', () => {
    const source = lastSource(
      'en',
      'Harbour police spokesman Dario Penn said two boats were seized.',
      'The spokesman added that more seizures were likely.',
    );
    expect(source).toMatchObject({
      kind: 'named_person',
      name: 'Dario Penn',
      resolvesTo: 'Dario Penn',
    });
    expect(source?.basis).toMatch(/^pointing-official\//);
  });

  it('not a person whose role has no such word', () => {
    const source = lastSource(
      'en',
      'Harbour Minister Dario Penn said two boats were seized.',
      'The spokesman added that more seizures were likely.',
    );
    expect(source).toMatchObject({ kind: 'unnamed_official' });
  });

  it('not past an unnamed one of that word quoted since', () => {
    const source = lastSource(
      'en',
      'Harbour police spokesman Dario Penn said two boats were seized.',
      'A customs spokesman said the boats carried fuel.',
      'The spokesman added that more seizures were likely.',
    );
    expect(source).toMatchObject({ kind: 'unnamed_official' });
  });

  it('passes with nobody named before', () => {
    expect(
      decide(
        pointingOfficial,
        'The spokesman added that more seizures were likely.',
        'The spokesman',
        'en',
      ),
    ).toBeNull();
  });
});
