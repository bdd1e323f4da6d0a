/** Stage pointing-person: a person noun, a description and a pointing word is the person
 * quoted before. */
import { describe, expect, it } from 'vitest';
import { pointingPerson } from '@/core/source/stages/pointing-person';
import { decide, lastSource } from './helpers';

describe('stage pointing-person', () => {
  it('"pria berusia 61 tahun itu" after a named speaker', () => {
    const source = lastSource(
      'id',
      'Ketua Kelompok Tani Makmur, Darto Suwito, mengatakan panen tahun ini bagus.',
      '"Pupuk datang tepat waktu," ujar pria berusia 61 tahun itu.',
    );
    expect(source).toMatchObject({ kind: 'named_person', resolvesTo: 'Darto Suwito' });
    expect(source?.basis).toMatch(/^pointing-person\//);
  });

  it('keeps an unnamed speaker unnamed', () => {
    const source = lastSource(
      'id',
      'Seorang warga mengatakan jalan itu sering banjir.',
      '"Kami sudah lapor berkali-kali," kata warga yang tinggal di tepi sungai itu.',
    );
    expect(source?.kind).toBe('anonymous');
    expect(source?.basis).toMatch(/^pointing-person\//);
  });

  it('passes with nobody quoted before', () => {
    expect(
      decide(
        pointingPerson,
        'Pria berusia 61 tahun itu mengatakan pupuk datang tepat waktu.',
        'Pria berusia 61 tahun itu',
        'id',
      ),
    ).toBeNull();
  });
});

describe('stage pointing-person: no detail singling one person out', () => {
  it('leaves "warga yang rumahnya terendam itu" to the lexicon', () => {
    const source = lastSource(
      'id',
      'Lurah Sukamaju, Hendra Wijaya, mengatakan air sudah surut.',
      '"Kami kehilangan semua perabot," kata warga yang rumahnya terendam itu.',
    );
    expect(source?.kind).toBe('anonymous');
    expect(source?.basis).not.toMatch(/^pointing-person\//);
  });
});

describe('stage pointing-person: a new source described by its clause', () => {
  it('leaves "sumber yang mengetahui rencana itu" to the lexicon after an official', () => {
    const source = lastSource(
      'id',
      'Seorang pejabat di Kementerian Perhubungan mengatakan tarif akan naik.',
      'Sumber yang mengetahui rencana itu menyebut jadwal kereta juga akan diubah.',
    );
    expect(source?.kind).toBe('anonymous');
    expect(source?.basis).not.toMatch(/^pointing-person\//);
  });

  it('still reads "pejabat yang ditemui di kantornya itu" as the official quoted before', () => {
    const source = lastSource(
      'id',
      'Seorang pejabat di Kementerian Perhubungan mengatakan tarif akan naik.',
      '"Belum ada keputusan final," kata pejabat yang ditemui di kantornya itu.',
    );
    expect(source?.kind).toBe('unnamed_official');
  });
});
