/** An organization's title-case name joined by a preposition no person's name takes
 * ("Doctors Without Borders") is the organization, not a person named "Without Borders" nor
 * an unnamed group of doctors. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './source/helpers';

describe('English organization names with a preposition of title-case names', () => {
  it.each([
    'Surgeons Without Frontiers said its clinics were overwhelmed.',
    'Engineers Without Limits said it would send a team to rebuild the bridge.',
    '"The river rose in minutes," said Engineers Without Limits, which has staff in the area.',
    'Fathers Against Reckless Driving said the law was too weak.',
    'Surgeons without Frontiers said its clinics were overwhelmed.',
    'Teachers Beyond Walls said the schools had reopened.',
  ])('%s', (sentence) => {
    expect(lastSource('en', sentence)?.kind).toBe('organization');
  });

  it.each([
    'Doctors said the clinics were overwhelmed.',
    'Doctors without pay said the clinics were overwhelmed.',
  ])('a word for people with no name after it stays unnamed people: %s', (sentence) => {
    expect(lastSource('en', sentence)?.kind).toBe('anonymous');
  });
});
