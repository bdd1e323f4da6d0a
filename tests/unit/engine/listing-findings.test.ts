/**
 * A document listing or documenting what it found ("the autopsy report lists the cause as",
 * "the report documented 60 cases", "Hasil autopsi mencantumkan ...") reports a finding; a
 * firm listing its shares, or a menu listing soups, does not. Every sentence is the team's own
 * (invented places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('listing and documenting in English', () => {
  it('a report lists a cause', () => {
    const [c] = storyClaims(
      'The autopsy report lists the cause of death as blunt-force trauma.',
      'en',
    );
    expect(c).toMatchObject({ cue: 'lists' });
    expect(c?.source).toMatchObject({ text: 'The autopsy report', kind: 'document' });
  });

  it('a report documents cases', () => {
    const [c] = storyClaims(
      'A report by the Harlow Rights Group documented at least 60 cases of abuse in the jail.',
      'en',
    );
    expect(c).toMatchObject({ cue: 'documented' });
    expect(c?.source.kind).toBe('document');
  });

  it('a firm listing its shares and a menu listing soups report nothing', () => {
    expect(
      storyClaims('Dunmore Foods listed its shares on the exchange in 2019.', 'en'),
    ).toHaveLength(0);
    expect(storyClaims('The menu lists three kinds of soup.', 'en')).toHaveLength(0);
  });
});

describe('listing and documenting in Indonesian', () => {
  it('"mencantumkan" after a document reports', () => {
    const [c] = storyClaims(
      'Hasil autopsi mencantumkan penyebab kematian sebagai benturan benda tumpul.',
      'id',
    );
    expect(c?.source).toMatchObject({ text: 'Hasil autopsi', kind: 'document' });
  });

  it('"mendokumentasikan" after a report reports', () => {
    const [c] = storyClaims(
      'Laporan Lembaga Harlow mendokumentasikan sedikitnya 60 kasus penyiksaan.',
      'id',
    );
    expect(c?.source.kind).toBe('document');
  });

  it('a firm putting a price on its packs reports nothing', () => {
    expect(storyClaims('Perusahaan itu mencantumkan harga baru di kemasan.', 'id')).toHaveLength(0);
  });
});
