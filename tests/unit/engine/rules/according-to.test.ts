import { describe, expect, it } from 'vitest';
import { accordingTo } from '@/core/rules/according-to';
import { run } from '../helpers';

describe('according-to', () => {
  it.each([
    ['About 2 million people get sick each year, according to the CDC.', 'en', 'according to', 'official_body', 'the CDC'],
    ['It had more than 100 stores, according to Coresight Research.', 'en', 'according to', 'document', 'Coresight Research'],
    ['Sales topped $6 million, according to data analysis firm 1010data.', 'en', 'according to', 'document', 'data analysis firm 1010data'],
    ['The launch failed, according to state media.', 'en', 'according to', 'state_media', 'state media'],
    ['The drones were armed, according to people familiar with the matter.', 'en', 'according to', 'anonymous', 'people familiar with'],
    ['Menurut media pemerintah, Kim sangat terkesan.', 'id', 'Menurut', 'state_media', 'media pemerintah'],
    ['Fregat itu, yang menurut kementerian pertahanan Rusia baru-baru ini dimodernisasi, berlayar.', 'id', 'menurut', 'official_body', 'kementerian pertahanan Rusia'],
    ['Menurut Faury, produksi akan kembali normal.', 'id', 'Menurut', 'named_person', 'Faury'],
    ['Angka itu didapat berdasarkan laporan berkala asosiasi.', 'id', 'berdasarkan', 'document', 'laporan'],
    ['Menurut Statenews, peluncuran berhasil.', 'id', 'Menurut', 'state_media', 'Statenews'],
    ['Menurut Wirely, peluncuran berhasil.', 'id', 'Menurut', 'media', 'Wirely'],
  ] as const)('%s', (text, lang, cue, kind, source) => {
    expect(run(accordingTo, text, lang)[0]).toEqual([cue, kind, source]);
  });

  it.each([
    ['Berdasarkan Undang-Undang Cipta Kerja, pesangon dihitung ulang.', 'id'], // a legal basis, not a source
    ['According to plan, the ship left at noon.', 'en'],
    ['"Menurut saya ini keliru," kata Budi.', 'id'], // inside a quotation
  ] as const)('no attribution: %s', (text, lang) => {
    expect(run(accordingTo, text, lang)).toEqual([]);
  });
});
