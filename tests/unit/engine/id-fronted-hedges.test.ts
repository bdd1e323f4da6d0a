/** An Indonesian hedge word opening its clause ("Sebelumnya dikabarkan ...") hedges the clause
 * after it even when a name starts that clause; a day after the hedge word is no name either.
 * A capital after a hedge word inside a clause is still the name it gives. Sentences written
 * by the team. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'id');

describe('a fronted hedge before a capitalised subject', () => {
  it.each([
    ['Sebelumnya dikabarkan Bank Sentosa akan menutup sepuluh cabang.', 'dikabarkan'],
    ['Selain itu, dikabarkan Gubernur akan meninjau bendungan itu.', 'dikabarkan'],
    ['Kemarin diduga Sungai Lematang meluap karena hujan deras.', 'diduga'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });
});

describe('a day after the hedge word', () => {
  it.each([
    ['Dua perahu dilaporkan Senin pagi hilang di perairan itu.', 'dilaporkan'],
    ['Bek itu dikabarkan Selasa lalu menerima tawaran dari klub lain.', 'dikabarkan'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });
});

describe('a name given inside the clause', () => {
  it.each([
    'Bantuan itu kemudian disebut Kartu Tani Sejahtera.',
    'Program yang disebut Kartu Tani itu dibuka lagi.',
  ])('no hedge: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});
