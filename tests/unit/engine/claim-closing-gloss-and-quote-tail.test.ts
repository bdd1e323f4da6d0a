/**
 * Which side of a sentence is the claim: a participle's clause after a closing source
 * ("<claim>, Statenews said, referring to ...") glosses the claim, which stands before it,
 * however long the gloss; a quotation after a comma that opens with a joining word goes on with
 * the clause the reporter worded ('said the mayor asked ..., "and raise them ..."') and is part
 * of the claim, not all of it. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('a participle after a closing source', () => {
  it.each([
    'The minister also toured the new shipyard, Statenews said, referring to a yard that the government said it opened in May.',
    'The minister also toured the new shipyard, the mayor said, pointing to the cranes that the port authority said were new.',
  ])('%s', (sentence) => {
    expect(lastClaim(sentence, 'en')?.claim).toBe('The minister also toured the new shipyard');
  });
});

describe('a quotation continuing the worded clause', () => {
  it('opens with "and" after a comma: the whole clause is the claim', () => {
    const c = lastClaim(
      'Tom Reyes said on Statenews that the mayor asked him to cut fares on every route, "and raise them again after the vote."',
      'en',
    );
    expect(c?.claim).toBe(
      'the mayor asked him to cut fares on every route, "and raise them again after the vote."',
    );
    expect(c?.source.via).toBe('Statenews');
  });

  it('a quotation opening with another word after a relative clause is still the claim', () => {
    const c = lastClaim(
      '"Then, friend," said the stranger, who proved a clerk, "you are late for the ferry."',
      'en',
    );
    expect(c?.claim).not.toMatch(/^who/);
  });

  it('a quotation opening in capitals is still the claim', () => {
    const c = lastClaim(
      'Asked about the fares, Tom Reyes said on Monday, "We will raise them after the vote."',
      'en',
    );
    expect(c?.claim).toBe('We will raise them after the vote.');
  });
});
