/**
 * verbs of Indonesian business and court copy the cue lists lacked: "meramal"
 * (to forecast, beside "meramalkan"), '"...," ulas Budi' and "ulasnya" (he reviewed),
 * '"...," rinci Budi' (he detailed) and '"...," balas Budi' (he replied). "rinci" is also an
 * adjective and "balas" a noun, so those two count only right after the closing quotation
 * mark. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const FIRST = 'Ekonom bernama Wiryo Sudarsono memaparkan proyeksi ekonomi tahun depan.';
const last = (text: string) => storyClaims(`${FIRST} || ${text}`, 'id').at(-1);
const QUOTE = '"Ongkos logistik belum masuk hitungan itu,"';

describe('verbs after a quote', () => {
  for (const verb of ['ulas', 'rinci', 'balas']) {
    it(`"${verb} Wiryo" names the speaker`, () => {
      const c = last(`${QUOTE} ${verb} Wiryo.`);
      expect(c?.source.text).toBe('Wiryo');
      expect(c?.claim).toBe('Ongkos logistik belum masuk hitungan itu');
    });
  }

  it('"ulasnya" points back to the economist', () => {
    const c = last(`${QUOTE} ulasnya.`);
    expect(c?.cue).toBe('ulasnya');
    expect(c?.source.kind).toBe('named_person');
  });

  it('"rinci" and "balas" as plain words say nothing', () => {
    expect(last('Laporan itu rinci dan panjang sekali.')?.cue).not.toBe('rinci');
    expect(last('Warga menuntut balas atas kejadian itu.')?.cue).not.toBe('balas');
  });
});

describe('a forecast', () => {
  it('"meramal" is a verb of saying', () => {
    const c = last('Bank sentral meramal, pertumbuhan kredit melambat pada kuartal depan.');
    expect(c?.source.kind).toBe('official_body');
    expect(c?.claim).toBe('pertumbuhan kredit melambat pada kuartal depan');
  });
});
