/**
 * Indonesian unnamed community figures ("tokoh masyarakat", "tokoh adat", "tetua adat",
 * "pemuka agama") speak as unnamed people; with a name after the comma they are that person.
 * Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

const only = (text: string) => onlyClaim(text, 'id');

describe('unnamed community figures', () => {
  it.each([
    [
      'Tokoh masyarakat setempat menilai pemerintah lamban menangani longsor.',
      'Tokoh masyarakat setempat',
    ],
    ['Menurut para tetua adat, banjir serupa terjadi puluhan tahun lalu.', 'para tetua adat'],
    [
      '"Ini peringatan alam," ujar seorang pemuka agama di desa itu.',
      'seorang pemuka agama di desa itu',
    ],
    ['Sejumlah tokoh adat menyebut hutan larangan sudah dirambah.', 'Sejumlah tokoh adat'],
    ['"Kami siap bergotong royong," kata tokoh pemuda kampung itu.', 'tokoh pemuda kampung itu'],
  ])('%s', (text, source) => {
    expect(only(text)?.source).toMatchObject({ kind: 'anonymous', text: source });
  });

  it('named after the comma, the person', () => {
    const c = only('Tokoh masyarakat setempat, Ahmad Dahlan, mengatakan warga siap membantu.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Ahmad Dahlan' });
  });
});
