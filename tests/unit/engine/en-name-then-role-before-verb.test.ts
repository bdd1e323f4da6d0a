/**
 * "Colonel Tomas Reyes, army spokesperson said ...": a named person, a comma, a role with no
 * name and no closing comma before the verb. The person speaks, with that role; the role
 * alone is no unnamed official. A source set off inside the sentence ("Ana Reyes, officials
 * said, was ...") stays who it is. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const last = (text: string) => paragraphClaims('en', text).at(-1);

describe('a name, then its role, then the verb', () => {
  it.each([
    'Colonel Tomas Reyes, army spokesperson said the convoy had left the port.',
    'At a briefing on Monday, Colonel Tomas Reyes, army spokesperson said the convoy had left the port.',
  ])('%s', (text) => {
    expect(last(text)?.source).toMatchObject({
      kind: 'named_person',
      text: 'Colonel Tomas Reyes, army spokesperson',
    });
  });

  it('officials set off between commas are still the unnamed source', () => {
    expect(last('Ana Reyes, officials said, was held overnight.')?.source.kind).toBe(
      'unnamed_official',
    );
  });

  it('a name that is an object, not the subject, is not the speaker', () => {
    expect(
      last('After meeting Tomas Reyes, army spokesperson Ina Solberg said the port was shut.')
        ?.source.text,
    ).toBe('army spokesperson Ina Solberg');
  });
});
