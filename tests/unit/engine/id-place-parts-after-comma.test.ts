/**
 * "kata seorang pedagang di Pasar Baru, Jakarta Timur": a place given with a preposition goes
 * on after a comma with its next part (a place of the pack, or a name opening with a word for
 * a place); that part is no one's name, so the unnamed speaker stays unnamed. A name after
 * the comma still names the speaker. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('the next part of a place after a comma', () => {
  it.each([
    ['"Harga terus naik," kata seorang pedagang di Pasar Baru, Jakarta Timur, Senin (8/12).'],
    [
      '"Harga terus naik," kata seorang warga di Kelurahan Cawang, Kecamatan Kramat Jati, Jakarta Timur.',
    ],
    ['Seorang warga di Kecamatan Cibinong, Kabupaten Bogor, mengatakan harga terus naik.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.flags).toContain('unnamed_source');
  });

  it('a name after the comma still names the speaker', () => {
    const c = id('"Harga terus naik," kata seorang warga di Pasar Baru, Fitriani.');
    expect(c?.source.kind).toBe('named_person');
  });
});
