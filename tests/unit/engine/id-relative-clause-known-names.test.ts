/**
 * "Sartini yang kini mengungsi di balai desa mengatakan ...": a one-word name the article
 * introduced before, then a relative clause, then the verb. The name speaks, not a place or
 * body inside the clause. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const FIRST = 'Warga lainnya, Sartini (52), mengatakan air naik sangat cepat pada malam itu.';
const last = (text: string) => storyClaims(`${FIRST} || ${text}`, 'id').at(-1);

describe('a known one-word name before a relative clause', () => {
  it('a body word at the clause end is where the person is, not who speaks', () => {
    const c = last('Sartini yang kini mengungsi di balai desa mengatakan belum menerima bantuan.');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe('Sartini');
  });

  it('a clause with no source words of its own', () => {
    const c = last('Sartini yang kini mengungsi di posko mengatakan belum menerima bantuan.');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe('Sartini');
  });

  it('after an opening phrase, and with a firm inside the clause', () => {
    const a = last(
      'Sementara itu, Sartini yang bekerja di perusahaan swasta mengatakan kantornya libur.',
    );
    expect(a?.source.text).toBe('Sartini');
    const b = last('Sartini yang rumahnya dekat kantor polisi mengatakan air setinggi dada.');
    expect(b?.source.kind).toBe('named_person');
  });

  it('an unknown capitalised word opening the sentence is still read with care', () => {
    const c = storyClaims(
      'Bangsal yang dibangun di halaman kantor bupati mengatakan banyak hal.',
      'id',
    );
    expect(c.every((x) => x.source.text !== 'Bangsal')).toBe(true);
  });
});
