/** A phrase repeating a named person's office ("the Foreign Ministry official", "Velmar's
 * Foreign Ministry spokesman") points back to them, and a name noted in passing keeps the
 * role written before it ("Foreign Ministry spokesperson Lia Dorn denounced ..."). Sentences
 * are written for these tests. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('an office repeated points back to the person named with it', () => {
  it.each([
    'Foreign Ministry spokesperson Lia Dorn said the talks were over. || The Foreign Ministry official noted that the border would stay shut.',
    "Velmar's Foreign Ministry spokesman Ivo Kant said the talks were over. || Velmar's Foreign Ministry spokesman also said that the border would stay shut.",
    'Foreign Ministry spokesperson Lia Dorn denounced the remarks on Friday. || Dorn said the talks were over. || The Foreign Ministry official noted that the border would stay shut.',
  ])('%s', (text) => {
    const last = storyClaims(text, 'en').at(-1);
    expect(last?.source.kind).toBe('named_person');
    expect(last?.source.resolvesTo).toMatch(/Lia Dorn|Ivo Kant/);
  });

  it('another office is another person', () => {
    const last = storyClaims(
      'Foreign Ministry spokesperson Lia Dorn said the talks were over. || The Defence Ministry official noted that the border would stay shut.',
      'en',
    ).at(-1);
    expect(last?.source.kind).toBe('unnamed_official');
  });

  it('an unnamed official of the office spoken of since is the one meant', () => {
    const last = storyClaims(
      'Foreign Ministry spokesperson Lia Dorn said the talks were over. || A Foreign Ministry official said the border would stay shut. || The Foreign Ministry official added that trucks would wait.',
      'en',
    ).at(-1);
    expect(last?.source.kind).toBe('unnamed_official');
  });

  it('a name noted in passing keeps the role before it', () => {
    const claims = storyClaims(
      'Kremlin spokesman Ivo Kant met the envoys on Friday. || Kant said the talks were over.',
      'en',
    );
    expect(claims.at(-1)?.source.role).toBe('Kremlin spokesman');
  });
});
