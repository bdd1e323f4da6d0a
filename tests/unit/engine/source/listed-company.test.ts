/** Stage listed-company: a name with a stock ticker in parentheses is a listed company, even
 * when it looks like a person's name or holds a role's word. Sentences are written for these
 * tests. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage listed-company', () => {
  it.each([
    'Harwick Lane (HWL.N) said losses could top $1 billion.',
    'General Aerodyne (GAD.N) said it would sell its lighting unit.',
    'Kaito Corp (KAI.T) and Brisk & Vane (BRV.L) said they would merge.',
    'Losses could top $1 billion, Harwick Lane (HWL.N) said on Tuesday.',
  ])('%s', (sentence) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'organization',
      basis: 'listed-company',
    });
  });

  it('a later mention without the ticker is the company too', () => {
    const source = lastSource(
      'en',
      'Harwick Lane (HWL.N) said it had cut 2,000 jobs.',
      'Harwick Lane said the cuts were finished.',
    );
    expect(source?.kind).toBe('organization');
  });

  it('a person with no ticker stays a person', () => {
    expect(lastSource('en', 'Harwick Lane said the cuts were finished.')?.kind).toBe(
      'named_person',
    );
  });
});
