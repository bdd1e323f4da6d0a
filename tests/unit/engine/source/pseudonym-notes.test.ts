/** Stage pseudonym: a made-up name stands for a speaker the article does not identify. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage pseudonym: notes after the name', () => {
  it.each([
    ['id', 'Kenanga, bukan nama sebenarnya, mengaku diancam oleh mandornya.'],
    ['id', 'Kenanga (bukan nama sebenarnya) mengaku diancam oleh mandornya.'],
    ['id', 'Kenanga (nama samaran) mengatakan ia tidak berani melapor.'],
    ['id', '"Kami takut dipecat," kata Kenanga, bukan nama asli, kepada wartawan.'],
    ['en', 'Lidia, not her real name, said the guards had taken her passport.'],
    ['en', '"We were locked in for days," said Oskar, not his real name.'],
    ['en', 'Oskar, a pseudonym, said he had paid the smugglers.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(lastSource(lang, text)).toMatchObject({ kind: 'anonymous', basis: 'pseudonym' });
  });

  it('the made-up name used again later is the same unidentified person', () => {
    expect(
      lastSource(
        'en',
        'Lidia, not her real name, said the guards had taken her passport.',
        'Lidia said she had been held for a week.',
      ),
    ).toMatchObject({ kind: 'anonymous', basis: 'earlier-name/made-up' });
  });

  it('a name with no such note stays a named person', () => {
    expect(lastSource('id', 'Kenanga (23) mengaku diancam oleh mandornya.')).toMatchObject({
      kind: 'named_person',
    });
  });

  it("a note about someone else further on is not the speaker's", () => {
    expect(
      lastSource(
        'en',
        'Lidia Marsh said the guards had taken the passport of a woman, not her own.',
      ),
    ).toMatchObject({ kind: 'named_person' });
  });
});
