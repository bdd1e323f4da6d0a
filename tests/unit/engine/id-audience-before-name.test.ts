/**
 * "pekan lalu kepada media Daniel menegaskan ...", "Kepada wartawan Daniel
 * menegaskan ...": the audience after "kepada" stood right before the speaker's name and
 * was read into the source ("media Daniel" as an outlet, "wartawan Daniel" as a reporter
 * named Daniel). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('an audience before the name', () => {
  it.each([
    ['Pekan lalu kepada media Daniel menegaskan timnya belum memutuskan harga.', 'Daniel'],
    ['Kepada wartawan Daniel menegaskan timnya belum memutuskan harga.', 'Daniel'],
    [
      'Kepada para wartawan Daniel Sitorus menegaskan timnya belum memutuskan harga.',
      'Daniel Sitorus',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe(source);
  });
});
