/**
 * "Kantor Perdana Menteri Jepang menyatakan ...": the office of a head of government or state,
 * and a state's local offices ("Kantor Imigrasi", "Kantor Pertanahan"), speak as official
 * bodies, not as the office holder. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('offices that speak as bodies', () => {
  it.each([
    ['Kantor Perdana Menteri Jepang menyatakan serangan itu menewaskan tiga orang.'],
    ['Kantor Presiden Filipina mengatakan pertemuan itu ditunda.'],
    ['Kantor Imigrasi Kelas I Lembahsari menyatakan antrean sudah normal.'],
  ])('%s', (text) => {
    expect(id(text)?.source.kind).toBe('official_body');
  });

  it('the head of such an office, named, is the person', () => {
    const c = id('Kepala Kantor Imigrasi Lembahsari, Nurul Hidayah, mengatakan antrean normal.');
    expect(c?.source.kind).toBe('named_person');
  });
});
