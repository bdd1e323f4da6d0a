/**
 * A noun for people with one word of place or relation after it ("warga sekitar", "pedagang
 * setempat"), then a relative clause set off by commas ("yang enggan disebut namanya"): the
 * whole phrase is the speaker of the verb after it. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('a placed people noun with a withheld name speaks', () => {
  it.each([
    [
      'Warga sekitar, yang tidak ingin disebut namanya, mengatakan air naik sejak subuh.',
      'Warga sekitar',
      'anonymous',
    ],
    [
      'Pedagang sekitar, yang enggan disebutkan namanya, menuturkan lapaknya terendam lumpur.',
      'Pedagang sekitar',
      'anonymous',
    ],
    [
      'Petugas setempat, yang menolak disebut namanya, mengatakan jembatan Kali Ranu sudah retak.',
      'Petugas setempat',
      'unnamed_official',
    ],
    [
      'Nelayan kampung, yang melihat kapal itu tenggelam, mengatakan ombak setinggi tiga meter.',
      'Nelayan kampung',
      'anonymous',
    ],
  ])('%s', (text, head, kind) => {
    const c = id(text);
    expect(c?.source.text.startsWith(head)).toBe(true);
    expect(c?.source.kind).toBe(kind);
  });

  it('the same words as an object are no speaker', () => {
    const c = id('Polisi memeriksa warga sekitar, yang diduga ikut, kata Kapolsek Rudi Hartono.');
    expect(c?.source.text).toBe('Kapolsek Rudi Hartono');
  });
});
