/**
 * Indonesian relays by a passive verb of publishing, written by the team (none taken from the
 * corpus): "seperti dimuat dalam laporan X", "seperti dikabarkan X", "sebagaimana diwartakan
 * X", "seperti ditulis harian X", "dilaporkan (oleh) X". Opening the sentence with no speaker
 * the outlet is the source; closing a speaker's sentence it is the speaker's `via`.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

const only = (text: string) => onlyClaim(text, 'id');

describe('an outlet relaying by a passive verb of publishing', () => {
  it.each([
    ['Seperti dimuat dalam laporan Wirely, harga gabah turun dua pekan berturut-turut.', 'media'],
    ['Sebagaimana dimuat dalam laporan Daily Planet, dermaga itu dibangun tanpa izin.', 'media'],
    ['Seperti dikabarkan Wirely, jalur kereta ke Cibiru ditutup sementara.', 'media'],
    ['Sebagaimana dikabarkan Daily Planet, sekolah di pesisir diliburkan.', 'media'],
    ['Sebagaimana diwartakan Statenews, tidak ada korban jiwa dalam kebakaran itu.', 'state_media'],
    ['Seperti diwartakan Wirely, tarif tol naik mulai bulan depan.', 'media'],
    ['Seperti ditulis harian Daily Planet, proyek bendungan molor setahun.', 'media'],
    ['Sebagaimana ditulis Wirely, pabrik itu menghentikan produksi.', 'media'],
    ['Dilaporkan oleh Wirely, gelombang tinggi merusak dua dermaga.', 'media'],
    ['Dilaporkan Statenews, bandara kembali dibuka pada Selasa pagi.', 'state_media'],
    ['Pasokan beras aman hingga akhir tahun, seperti dimuat dalam laporan Wirely.', 'media'],
    ['Harga cabai melonjak di pasar induk, seperti diwartakan Daily Planet.', 'media'],
  ])('%s', (text, kind) => {
    expect(only(text)?.source.kind).toBe(kind);
  });

  it.each([
    [
      'Seorang pedagang mengatakan harga bawang naik dua kali lipat, seperti dimuat dalam laporan Wirely.',
      'anonymous',
      'Wirely',
    ],
    [
      '"Stok kami habis sejak pagi," kata Rudi Hartanto, seperti diwartakan Statenews.',
      'named_person',
      'Statenews',
    ],
    [
      'Seorang pejabat dinas perhubungan menyebut jembatan itu retak, seperti dikabarkan Daily Planet.',
      'unnamed_official',
      'Daily Planet',
    ],
  ])('a speaker relayed: %s', (text, kind, via) => {
    const c = only(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.source.via).toBe(via);
  });

  it('with no outlet after it the passive stays a hedge or nothing', () => {
    expect(only('Dilaporkan, dua warga masih dicari tim SAR.')?.source.kind).toBe('unattributed');
  });
});

describe('a relay aside after a described group', () => {
  it.each([
    [
      'Sejumlah pedagang minyak, seperti dilansir Wirely, memperkirakan harga naik.',
      'Sejumlah pedagang minyak',
    ],
    ['Para petani kopi, dilansir Daily Planet, mengatakan panen gagal.', 'Para petani kopi'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source).toMatchObject({ kind: 'anonymous', text: source });
    expect(c?.source.via).toBeTruthy();
  });

  it('"seperti yang ditulis X" opens with the outlet', () => {
    const c = onlyClaim('Seperti yang ditulis Daily Planet, pasokan gas terganggu.', 'id');
    expect(c?.source.kind).toBe('media');
  });
});
