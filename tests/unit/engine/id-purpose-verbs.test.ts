/**
 * "... menemui Presiden untuk menjelaskan bahwa ...": a verb of saying
 * after "untuk" or "guna" is what someone means to say, not a report; the person before
 * "untuk" was read as its speaker ("Presiden untuk"). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'id');

describe('a verb of saying as a purpose', () => {
  it.each([
    'Ketua partai itu akan menemui Presiden Wirawan untuk menjelaskan bahwa koalisi tetap solid.',
    'Menteri datang ke DPR untuk menjelaskan bahwa anggaran pendidikan cukup.',
    'Tim itu dibentuk guna memastikan bahwa bantuan tepat sasaran.',
  ])('%s reports nothing', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it('"untuk" opening the claim after the verb is no purpose of the verb', () => {
    const [c] = claims('Rina mengatakan untuk menjaga harga, pemerintah menambah stok beras.');
    expect(c?.source.text).toBe('Rina');
  });
});
