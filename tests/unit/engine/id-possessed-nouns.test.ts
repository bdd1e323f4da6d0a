/**
 * Nouns for people with the possessive clitic ("istrinya" = his wife, "kuasa hukumnya" = his
 * lawyer), listed as written as the pack lists its verbs: they were no source at all, or a lone
 * name ("Istrinya mengatakan" as a person named Istrinya). Written by the team, none taken
 * from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const BEFORE = 'Darmawan Sulistyo ditangkap polisi di rumahnya pada Senin.';

function last(text: string) {
  const claims = storyClaims(`${BEFORE} || ${text}`, 'id');
  return claims[claims.length - 1];
}

describe('possessed nouns for people', () => {
  it.each([
    ['"Dia anak yang baik," kata ayahnya.', 'ayahnya', 'anonymous'],
    ['Istrinya mengatakan suaminya pamit sejak pagi.', 'Istrinya', 'anonymous'],
    ['Menurut keluarganya, Darmawan pamit sejak pagi.', 'keluarganya', 'anonymous'],
    ['"Klien kami tidak bersalah," kata kuasa hukumnya.', 'kuasa hukumnya', 'unnamed_official'],
    ['Pengacaranya membantah semua tuduhan itu.', 'Pengacaranya', 'unnamed_official'],
    ['Juru bicaranya menyatakan menteri sedang sakit.', 'Juru bicaranya', 'unnamed_official'],
  ])('%s', (text, source, kind) => {
    expect(last(text)?.source).toMatchObject({ text: source, kind });
  });

  it('with the name after a comma it is the person named', () => {
    expect(
      last('"Klien kami tidak bersalah," ujar pengacaranya, Hendra Gunawan.')?.source,
    ).toMatchObject({ kind: 'named_person' });
  });
});
