/**
 * Words for kin that are also honorifics ("ibu", "bapak", "nenek", "kakek"): before a
 * capitalised name they are the honorific ("kata Ibu Ratna Sari" is Ratna Sari), before a
 * description they are a noun for a person ("kata ibu tiga anak itu", Indonesian copy's way of
 * pointing back to the person just quoted). Written by the team, none taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

/** The last claim of a short story (paragraphs joined by " || "). */
function last(text: string) {
  const claims = storyClaims(text, 'id');
  return claims[claims.length - 1];
}

describe('Indonesian kin nouns pointing back to the person quoted', () => {
  it.each([
    ['kata ibu tiga anak itu', 'ibu tiga anak itu'],
    ['ujar bapak dua anak tersebut', 'bapak dua anak tersebut'],
    ['tutur nenek berusia 78 tahun itu', 'nenek berusia 78 tahun itu'],
    ['ucap kakek lima cucu tersebut', 'kakek lima cucu tersebut'],
  ])('"%s" after a named speaker is that person', (cue, source) => {
    const claim = last(
      `Warga Desa Tegalsari, Murniati Handayani, mengatakan air naik sejak subuh. || "Kami belum sempat mengungsi," ${cue}.`,
    );
    expect(claim?.source).toMatchObject({
      text: source,
      kind: 'named_person',
      resolvesTo: 'Murniati Handayani',
    });
  });

  it('a kin noun with nobody quoted before is an unnamed person', () => {
    const claim = last('"Sawah kami terendam semua," kata seorang nenek di Desa Tegalsari.');
    expect(claim?.source).toMatchObject({ kind: 'anonymous' });
  });

  it('"ibu korban" is an unnamed person', () => {
    const claim = last('Ibu korban mengatakan anaknya pamit sejak pagi.');
    expect(claim?.source).toMatchObject({ text: 'Ibu korban', kind: 'anonymous' });
  });
});

describe('the same words as honorifics before a name', () => {
  it.each([
    ['Ibu Ratna Sari mengatakan sekolah akan dibuka pekan depan.', 'Ibu Ratna Sari'],
    ['Menurut Bapak Hendrik Wijaya, jalan itu rusak sejak tahun lalu.', 'Bapak Hendrik Wijaya'],
    ['"Saya lahir di sini," kata Nenek Sumirah.', 'Nenek Sumirah'],
    ['Kakek Darsono menuturkan sungai itu dulu jernih.', 'Kakek Darsono'],
  ])('%s', (text, source) => {
    expect(last(text)?.source).toMatchObject({ text: source, kind: 'named_person' });
  });
});
