/** Stage described-institution: a name whose appositive says it is an outlet, firm or body. */
import { describe, expect, it } from 'vitest';
import { describedInstitution } from '@/core/source/stages/described-institution';
import { decide, lastSource } from './helpers';

describe('stage described-institution', () => {
  it.each<[string, string]>([
    ['Harbinger, a news agency close to the rebels, said the bridge fell.', 'media'],
    ['Harbinger, the media outlet of the rebel group, said the bridge fell.', 'media'],
    ['Harbinger, a company based in Vell, said its profits rose.', 'organization'],
  ])('%s', (sentence, kind) => {
    expect(lastSource('en', sentence)).toMatchObject({ kind, basis: 'described-institution' });
  });

  it.each([
    ['Jane Doe, a ministry spokeswoman, said the bridge fell.', 'Jane Doe, a ministry spokeswoman'],
    [
      'Jane Doe, a professor at Vell University, said the bridge fell.',
      'Jane Doe, a professor at Vell University',
    ],
  ])('a role in the appositive leaves it to the person stages: %s', (sentence, phrase) => {
    expect(decide(describedInstitution, sentence, phrase, 'en')).toBeNull();
  });
});
