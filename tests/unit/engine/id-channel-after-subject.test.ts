/**
 * "Kementerian X melalui keterangan tertulis menyebutkan ...": the channel a body spoke
 * through, between the subject and its verb, is no part of the subject; the word opening it
 * modifies nothing even where the channel's noun is also a cue's. Every sentence is the
 * team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('a channel between the subject and its verb', () => {
  it.each([
    ['Kementerian Agama melalui keterangan tertulis menyebutkan kuota haji bertambah.'],
    ['Kementerian Agama lewat keterangan resmi menyebutkan kuota haji bertambah.'],
    ['Pihak Kementerian Agama melalui keterangan tertulis menyebutkan kuota haji bertambah.'],
    ['Kementerian Agama melalui keterangan pers, Senin (8/12), menyebutkan kuota haji bertambah.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('official_body');
    expect(c?.source.text).toMatch(/Kementerian Agama$/);
    expect(c?.claim).toBe('kuota haji bertambah');
  });

  it('a body speaking through its spokesman names the spokesman', () => {
    const c = id(
      'Polda Jawa Timur melalui Kabid Humas Kombes Teguh Santoso mengatakan korban berjumlah lima orang.',
    );
    expect(c?.source.kind).toBe('named_person');
  });
});
