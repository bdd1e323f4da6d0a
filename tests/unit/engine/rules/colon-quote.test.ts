/** A person, a verb phrase of any wording, a colon and a quotation: the quotation is the
 * person's. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { colonQuote } from '@/core/rules/colon-quote';
import { paragraphClaims, run } from '../helpers';

const claims = (text: string) => paragraphClaims('en', text);

describe('colon-quote', () => {
  it.each([
    [
      'One reader summed this up as follows: "The ferry is late, and nobody tells us why."',
      'summed this up as',
      'anonymous',
      'One reader',
    ],
    [
      'Another resident highlighted the cost of heating: "We pay twice what we paid last winter."',
      'highlighted the cost of',
      'anonymous',
      'Another resident',
    ],
    [
      'Engineer Marta Quell offered a different view: “The bridge held, and the sensors worked.”',
      'offered a different view',
      'named_person',
      'Engineer Marta Quell',
    ],
    [
      'A shop owner had a simple message for the council: "Fix the drains before the rain."',
      'had a simple message',
      'anonymous',
      'A shop owner',
    ],
  ])('%s', (text, cue, kind, source) => {
    expect(run(colonQuote, text, 'en')).toEqual([[cue, kind, source]]);
  });

  it('a cue behind an aside names the cue: "The woman, asked her name, replied: ..."', () => {
    expect(
      run(
        colonQuote,
        'The woman accused of the theft, asked her name in court, replied: "I am nobody."',
        'en',
      ),
    ).toEqual([['replied', 'anonymous', 'The woman']]);
  });

  it('the quotation is the claim', () => {
    const [c] = claims(
      'One reader summed this up as follows: "The ferry is late, and nobody tells us why."',
    );
    expect(c?.rule).toBe('colon-quote');
    expect(c?.claim).toBe('The ferry is late, and nobody tells us why.');
  });

  it.each([
    // Things and signs do not speak through a colon.
    'The sign above the door reads: "Closed for repairs."',
    'One line from the film stayed with me: "Nobody leaves the valley."',
    // A hypothetical speaker.
    'A cynic would have put it like this: "Nothing ever changes here."',
    // No quotation after the colon.
    'One reader listed three complaints: noise, dust and traffic.',
    // The subject does not open the sentence.
    'In the end, one reader was blunt about it: "Nothing works."',
  ])('not this shape: %s', (text) => {
    expect(run(colonQuote, text, 'en')).toEqual([]);
  });

  it('a fallback: a cue before the colon is read by its own rule', () => {
    const [c] = claims('One reader said on Friday: "The ferry is late."');
    expect(c?.rule).toBe('speaker-verb');
    expect(c?.source.text).toBe('One reader');
  });
});
