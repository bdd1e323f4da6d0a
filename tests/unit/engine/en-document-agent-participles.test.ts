/**
 * A document's noun with a participle and its agent ("polls reported by two networks") is
 * described by the phrase, not a speaker of it, and "exit polls" are polls. Every sentence is
 * the team's own (invented places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const en = (text: string) => storyClaims(text, 'en');

describe('a document described by a participle with its agent', () => {
  it('"according to exit polls reported by" keeps the polls as the source', () => {
    const found = en(
      'Older voters backed the mayor, according to exit polls reported by two networks.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'according-to',
      claim: 'Older voters backed the mayor',
    });
    expect(found[0]?.source.kind).toBe('document');
    expect(found[0]?.source.text.startsWith('exit polls')).toBe(true);
  });

  it('exit polls released by an outlet are a document too', () => {
    const found = en(
      'Turnout fell in Dunmore, according to exit polls released by the Harlow Gazette.',
    );
    expect(found[0]?.source.kind).toBe('document');
    expect(found[0]?.claim).toBe('Turnout fell in Dunmore');
  });

  it('a speaker who says something "by email" still speaks', () => {
    const found = en('The water board said by email that the pipe had burst.');
    expect(found[0]).toMatchObject({ cue: 'said', claim: 'the pipe had burst' });
    expect(found[0]?.source.text).toBe('The water board');
  });
});
