/** A state's military branch ("the Air Force", "the Marine Corps", "the Space Force") speaks as
 * an official body, not as a person named "Air Force"; and the name before a relative clause
 * ("Jay Roe, who heads ... at Nellis Air Force Base, said") is the person's, not capitals inside
 * the clause. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a military branch speaks as an official body', () => {
  it.each([
    "Valdoria's Air Force said it shot down 14 drones overnight.",
    'The Marine Corps said the exercise would end on Friday.',
    'The Space Force said the satellite reached its orbit.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('official_body');
  });

  it('one border guard is an unnamed official, not the service', () => {
    expect(onlyClaim('A border guard said the crossing was shut.', 'en')?.source.kind).toBe(
      'unnamed_official',
    );
  });
});

describe('the name before a relative clause', () => {
  it('is the person, with the role before it', () => {
    const c = onlyClaim(
      'Colonel Mara Quist, who runs the test wing at Kelbo Air Force Base, said the jets would arrive in May.',
      'en',
    );
    expect(c?.source.name).toBe('Mara Quist');
    expect(c?.source.role).toBe('Colonel');
  });
});
