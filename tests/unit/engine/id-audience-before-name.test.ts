/**
 * Session 27: "saat itu kepada media Michael menyatakan ...", "Kepada wartawan Michael
 * menyatakan ...": the audience after "kepada" stood right before the speaker's name and
 * was read into the source ("media Michael" as an outlet, "wartawan Michael" as a reporter
 * named Michael). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('an audience before the name', () => {
  it.each([
    ['Saat itu kepada media Michael menyatakan pihaknya hanya memberi ilustrasi.', 'Michael'],
    ['Kepada wartawan Michael menyatakan pihaknya hanya memberi ilustrasi.', 'Michael'],
    [
      'Kepada para wartawan Michael Sitorus menyatakan pihaknya hanya memberi ilustrasi.',
      'Michael Sitorus',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe(source);
  });
});
