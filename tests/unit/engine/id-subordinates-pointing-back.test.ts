/**
 * "Anak buah X itu mengaku ...": whom someone works under, then "itu", points
 * back to the person just quoted, as "Rekan X itu" does; "anak buah" (subordinate), "bawahan"
 * and "loyalis" were missing from the words for people tied to someone, so the speaker was
 * read as X. Without "itu" the subordinate is unnamed. Every sentence is the team's own.
 * Paragraphs: " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');
const FIRST = 'Politikus Partai Harapan Dimas Pratama menolak hasil survei itu.';

describe('a subordinate pointing back', () => {
  it.each(['Anak buah Surya Paloh itu', 'Loyalis Surya Paloh itu', 'Bawahan Surya Paloh itu'])(
    '%s is the politician just named',
    (subject) => {
      const c = id(`${FIRST} || ${subject} mengaku tidak percaya angka survei itu.`);
      expect(c?.source.kind).toBe('named_person');
      expect(c?.source.text).toBe(subject);
      expect(c?.source.resolvesTo).toBe('Dimas Pratama');
    },
  );

  it('without "itu", a subordinate of a named person is unnamed', () => {
    const c = id('Anak buah Surya Paloh mengaku tidak tahu soal dana itu.');
    expect(c?.source.kind).toBe('anonymous');
  });
});
