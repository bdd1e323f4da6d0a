/** "..., the Daily Planet has learned", "Statenews learnt from two officials that ...": an
 * outlet finding a thing out reports it, or relays the source it names. Sentences are written
 * for these tests; the outlets are the fixture registry's made-up ones. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { testRegistry } from '../helpers';

function claims(text: string) {
  return analyze({ blocks: [{ type: 'p', text }] }, { lang: 'en', registry: testRegistry }).claims;
}

describe('outlet-learned', () => {
  it.each([
    ['The ferry will stay in port until May, the Daily Planet has learned.', 'media'],
    ['Statenews has learned that the bridge will open in May.', 'state_media'],
  ])('the outlet reports what it learned: %s', (text, kind) => {
    const [c] = claims(text);
    expect(c).toMatchObject({ rule: 'outlet-learned' });
    expect(c?.source.kind).toBe(kind);
    expect(c?.claim).toMatch(
      /^The ferry will stay in port until May$|^the bridge will open in May$/,
    );
  });

  it.each([
    [
      'The port will appeal the ruling, Wirely has learned from two people close to the case.',
      'two people close to the case',
      'anonymous',
      'The port will appeal the ruling',
    ],
    [
      '"We see the remarks as unacceptable," Wirely has learnt from the ministry spokeswoman Eva Lind.',
      'the ministry spokeswoman Eva Lind',
      'named_person',
      'We see the remarks as unacceptable',
    ],
    [
      'Statenews learnt from two officials that the dam had cracked.',
      'two officials',
      'unnamed_official',
      'the dam had cracked',
    ],
  ])('a source named after "from" speaks, the outlet relays: %s', (text, source, kind, claim) => {
    const [c] = claims(text);
    expect(c?.source).toMatchObject({ text: source, kind });
    expect(c?.source.via).toMatch(/Wirely|Statenews/);
    expect(c?.claim).toBe(claim);
  });

  it('a state outlet relaying a named source flags the claim', () => {
    const [c] = claims('Statenews learnt from two officials that the dam had cracked.');
    expect(c?.flags).toContain('state_media');
  });

  it.each([
    'Maria learned that her son had been hurt.',
    'Ana Ruiz learned from her lawyer that the case was closed.',
    'The council learned of the plan last week.',
  ])('people and bodies learning things tell nothing: %s', (text) => {
    expect(claims(text).filter((c) => c.rule === 'outlet-learned')).toHaveLength(0);
  });
});
