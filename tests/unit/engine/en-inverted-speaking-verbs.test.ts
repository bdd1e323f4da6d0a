/** '"...," declared Kellin', '"...," Kellin retorted': verbs of saying that put the speaker
 * after them behind a quotation, and verbs that report words only after a quotation. A
 * participle after a comma that describes a thing is no such verb. Sentences are written for
 * these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'The ferry strike entered its third week on Monday.';

function claimsOf(text: string) {
  return paragraphClaims('en', LEAD, text).map((c) => [c.cue, c.source.text, c.claim]);
}

describe('verbs of saying before their speaker', () => {
  it.each([
    'claimed',
    'declared',
    'announced',
    'confirmed',
    'stated',
    'predicted',
    'asserted',
    'suggested',
    'vowed',
    'revealed',
    'alleged',
    'contended',
    'maintained',
    'reiterated',
    'emphasized',
    'commented',
    'remarked',
    'concluded',
    'retorted',
    'answered',
    'whispered',
  ])('"...," %s Ines Kellin', (verb) => {
    expect(claimsOf(`"The offer is a disgrace," ${verb} Ines Kellin.`)).toEqual([
      [verb, 'Ines Kellin', 'The offer is a disgrace'],
    ]);
  });
});

describe('verbs that report words only after a quotation', () => {
  it.each(['retorted', 'snapped', 'objected', 'grumbled', 'murmured', 'reasoned', 'answered'])(
    '"...," Ines Kellin %s',
    (verb) => {
      expect(claimsOf(`"The offer is a disgrace," Ines Kellin ${verb}.`)).toEqual([
        [verb, 'Ines Kellin', 'The offer is a disgrace'],
      ]);
    },
  );

  // A message's words: "texted a photo" hands over a thing, so the claim must come first.
  it.each(['texted', 'emailed', 'messaged'])('"...," one aide %s', (verb) => {
    expect(claimsOf(`"The vote is off," one aide ${verb}.`)).toEqual([
      [verb, 'one aide', 'The vote is off'],
    ]);
  });

  it('the same verbs of a deed report nothing', () => {
    expect(claimsOf('The mooring line snapped in the storm.')).toEqual([]);
    expect(claimsOf('The clerk emailed the contract to the buyer.')).toEqual([]);
    expect(claimsOf('Her brother texted a photo of the flood.')).toEqual([]);
    expect(claimsOf('Hundreds of drivers protested outside the depot.')).toEqual([]);
  });
});

describe('participles describing a thing', () => {
  it.each([
    'The loan, disclosed in a filing, was repaid in March.',
    'The plan, announced on Monday, was welcomed by the council.',
    'The cost, estimated at $5 million, was higher than expected.',
    'The deckhand, charged with theft, appeared in court on Friday.',
    'The bonus, promised by the board last year, was never paid.',
  ])('no claim: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('a verb of saying opening the sentence, its speaker closed by a comma', () => {
  it.each([
    ['Said Ines Kellin, “The offer is a disgrace.”', 'Ines Kellin'],
    [
      'Said Ines Kellin, who has worked the ferry for years, “The offer is a disgrace.”',
      'Ines Kellin',
    ],
  ])('%s', (text, speaker) => {
    const [c] = paragraphClaims('en', LEAD, text);
    expect(c?.cue).toBe('Said');
    expect(c?.source.text).toContain(speaker);
    expect(c?.claim).toContain('The offer is a disgrace');
  });

  it('without a quotation after the comma no speaker is read', () => {
    const claims = paragraphClaims('en', LEAD, 'Says Ines Kellin, the ferry will be sold.');
    expect(claims.filter((c) => c.rule === 'verb-speaker')).toEqual([]);
  });
});
