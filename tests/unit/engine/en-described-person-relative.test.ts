/**
 * A name, a comma, then "a <institution word> <noun for a person> who ...": the institution's
 * word only says what the person works on ("a software developer who lost his job"), so the
 * name is a person's; "a school's principal" is a role. A firm described by its noun stays a
 * firm. Every sentence is the team's own (invented people and places).
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('institution words that modify a noun for a person', () => {
  it('a developer who lost his job is a person', () => {
    const [c] = storyClaims(
      '"It felt like a slow crash," said Vic Lantry, a software developer in Dunmore who lost his job in the cuts.',
      'en',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Vic Lantry' });
  });

  it("a school's principal is a person with a role", () => {
    const [c] = storyClaims(
      "Ruth Amberley, the school's principal, said attendance has climbed since spring.",
      'en',
    );
    expect(c?.source.kind).toBe('named_person');
  });

  it('a firm described by its noun stays a firm', () => {
    const [c] = storyClaims(
      'Harbinger, a software company based in Vell, said profits rose.',
      'en',
    );
    expect(c?.source.kind).toBe('organization');
  });
});
