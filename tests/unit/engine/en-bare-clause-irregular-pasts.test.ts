/** A group's bare verb of saying ("confirm", "insist", "deny") before a clause with no "that"
 * whose verb is an irregular past ("the talks broke down", "the mayor met the builder"). A
 * past form that doubles as a participle makes a clause only before its object; a noun
 * phrase it qualifies ("the claims made by rivals") is no clause. A past form by its ending
 * closing the clause after a noun ("the system failed.") is its verb too. Sentences are
 * written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('bare clauses with an irregular past verb', () => {
  it.each([
    [
      'Two sources confirm the mayor of Dunmore met the builder last week.',
      'Two sources',
      'anonymous',
    ],
    ['Diplomats confirm the talks in Harlow broke down.', 'Diplomats', 'unnamed_official'],
    [
      'Sources close to the club confirm the deal fell through.',
      'Sources close to the club',
      'anonymous',
    ],
    ['Aides insist the senator did nothing wrong.', 'Aides', 'unnamed_official'],
    ['Farmers deny the drought came early this year.', 'Farmers', 'anonymous'],
    ['Aides insist the senator does not own the boat.', 'Aides', 'unnamed_official'],
  ])('%s', (text, source, kind) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
    expect(c?.claim).toMatch(/^the /);
  });

  it.each([
    ['Officials admit the pump system failed.', 'the pump system failed'],
    [
      'Harbour staff insist the ferry sailed, despite the storm.',
      'the ferry sailed, despite the storm',
    ],
  ])('a past form by its ending closing the clause: %s', (text, claim) => {
    expect(onlyClaim(text, 'en')?.claim).toBe(claim);
  });

  it('a past form right after an article is a noun, no clause', () => {
    expect(paragraphClaims('en', 'Clinics admit the wounded.')).toEqual([]);
  });

  it.each([
    'Rivals deny the claims made by the mayor of Dunmore.',
    'Crews maintain the roads built by the firm.',
    'Officials confirm the bodies found near the river.',
  ])('a participle after a noun makes no clause: %s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });
});
