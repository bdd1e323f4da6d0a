/** Stage earlier-name: a bare name introduced before is that referent. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage earlier-name', () => {
  it('a surname after the full name is the person, with the full name', () => {
    expect(
      lastSource('en', 'Tom Farlow said the shares were cheap.', 'Farlow said they would rise.'),
    ).toMatchObject({
      kind: 'named_person',
      name: 'Tom Farlow',
      resolvesTo: 'Tom Farlow',
      basis: 'earlier-name',
    });
  });

  it('a short form of an institution named before keeps its kind', () => {
    const source = lastSource(
      'en',
      'Harbour Lights Holdings said prices would fall.',
      'Harbour Lights said margins were thin.',
    );
    expect(source).toMatchObject({
      kind: 'organization',
      resolvesTo: 'Harbour Lights Holdings',
      basis: 'earlier-name/institution',
    });
  });

  it('a name nobody introduced is decided by a later stage', () => {
    expect(lastSource('id', 'Wirawan mengatakan harga ikan turun.')?.basis).toBe('named-person');
  });

  it('one word named after an outlet report is that outlet, not the report', () => {
    expect(
      lastSource(
        'id',
        'Sebuah laporan dari Nusaweb menyebutkan bahwa upah riil turun.',
        'Nusaweb juga menuliskan bahwa jam kerja bertambah.',
      ),
    ).toMatchObject({ kind: 'media', basis: 'earlier-name/report-author' });
  });

  it('a name written after who compiled a report is no outlet', () => {
    expect(
      lastSource(
        'id',
        'Menurut laporan yang disusun Rina, pengangguran naik dua persen.',
        'Rina menambahkan, sektor manufaktur paling terpukul.',
      )?.kind,
    ).not.toBe('media');
  });

  it('Indonesian: a name after a document noun before is the document owner', () => {
    expect(
      lastSource(
        'id',
        '"Permintaan melemah," ujar keterangan BoT yang dikutip Wirely.',
        'BoT memperkirakan ekspor turun tahun ini.',
      ),
    ).toMatchObject({ kind: 'organization', basis: 'earlier-name/owner' });
  });
});
