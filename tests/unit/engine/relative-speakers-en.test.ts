/**
 * A speaker named right before ", who said": the relative hangs on the phrase before the
 * comma, also when the sentence opens with a discourse word ("Nevertheless, ...") and when
 * the words after the verb are a clause without "that".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('", who said" after a clause', () => {
  it.each([
    'Nevertheless, farm delegates met with regional envoy Mara Quist, who said the talks had begun.',
    'However, farm delegates met with regional envoy Mara Quist, who said the talks had begun.',
    'Consequently, farm delegates met with regional envoy Mara Quist, who said the talks had begun.',
    // No "that" and no subject the clause test knows: "who" still speaks.
    'Farm delegates met with regional envoy Mara Quist, who said this round marked a new start.',
  ])('%s', (text) => {
    const claim = en(text);
    expect(claim?.source.text).toBe('envoy Mara Quist');
    expect(claim?.source.kind).toBe('named_person');
  });

  it('a name before its appositive still speaks through "who"', () => {
    const claim = en(
      'The inquiry heard from the pilot, Ewan Marsh, a flight instructor from Cork, who warned that the runway was too short.',
    );
    expect(claim?.source.text).toBe('Ewan Marsh, a flight instructor from Cork');
  });

  it('"which" after a thing speaks only when words follow its verb', () => {
    expect(
      en(
        'The council voted on the plan of the Harbour Trust, which reports on the state of the docks.',
      ),
    ).toBeUndefined();
  });
});
