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

  it('"The official" after a press secretary quoted lately: a general word for the office', () => {
    const source = lastSource(
      'en',
      'Press secretary Lena Moss said the visit would go ahead.',
      'The official added that no date was fixed.',
    );
    expect(source).toMatchObject({ kind: 'named_person', name: 'Lena Moss' });
  });

  it('"The official" is no secretary named only in passing since an unnamed official spoke', () => {
    const source = lastSource(
      'en',
      'One official said the letters were sent last week.',
      'Others went through Defense Secretary Lena Moss, the sources said.',
      'The official added that calm was the aim.',
    );
    expect(source).toMatchObject({ kind: 'unnamed_official' });
  });

  it('"The spokesman" after a speaker the copy gave no office is that speaker', () => {
    const source = lastSource(
      'en',
      'Noting that the region needs calm, Omar Dallo said that Velmar seeks peace.',
      'The two sides will publish the text soon, the spokesman said.',
    );
    expect(source).toMatchObject({ kind: 'named_person', name: 'Omar Dallo' });
  });

  it('an unnamed official spoken of before a speaker with no office is the one meant', () => {
    const source = lastSource(
      'en',
      'A senior official said the dam held.',
      'Jane Pell said the road was closed.',
      'The official added that more rain was due.',
    );
    expect(source).toMatchObject({ kind: 'unnamed_official' });
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

  it.each([
    ['"Neon is a mood," historian Dana Pell writes.'],
    ['Dana Pell, a historian, has written a book about neon signs.'],
  ])('"The author" right after a named person quoted or as the subject: %s', (before) => {
    const source = lastSource(
      'en',
      before,
      'The author draws a parallel with glass capsules, suggesting they are messages in a bottle.',
    );
    expect(source).toMatchObject({ kind: 'named_person', resolvesTo: 'Dana Pell' });
    expect(source?.basis).toBe('pointing-official/epithet');
  });

  it('"The author" after an unnamed author spoken of is that one', () => {
    const source = lastSource(
      'en',
      'An author who studied the signs said neon was dying.',
      '"Neon is a mood," historian Dana Pell writes.',
      'The author draws a parallel with glass capsules, suggesting they are messages in a bottle.',
    );
    expect(source?.kind).toBe('anonymous');
  });

  it('"The author" two sentences after the person is no epithet', () => {
    const source = lastSource(
      'en',
      '"Neon is a mood," historian Dana Pell writes.',
      'The signs were first lit in 1912.',
      'The author draws a parallel with glass capsules, suggesting they are messages in a bottle.',
    );
    expect(source?.kind).toBe('anonymous');
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
