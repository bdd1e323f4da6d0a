/**
 * "the senior State Department official said ... he said": one unnamed official described
 * with a body's name of two words is still one known person, and a later "he" is that
 * official, not a name the official's words mention or an older speaker. Every sentence is
 * the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe("a definite unnamed official described with a body's name", () => {
  it('is who a later "he said" points back to', () => {
    const claims = storyClaims(
      '"The line stayed open," Mayor Tom Vale told reporters. || The senior Harbour Department official said Vale called the pilots at noon. The pilots answered by radio twice, he said.',
      'en',
    );
    const he = claims.at(-1);
    expect(he?.source.text).toBe('he');
    expect(he?.source.kind).toBe('unnamed_official');
    expect(he?.flags).toContain('unnamed_source');
  });
});
