/**
 * A verb that needs its "that" elsewhere ("observed", "joked", "admitted") is a verb of saying
 * in an account's clause: "As X observed, ..." and "..., as X observed." hold no object, so the
 * words after the comma, or before "as", are the claim. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a bare verb in an account clause', () => {
  it.each([
    [
      'As the economist Lena Park observed, the recovery has been uneven.',
      'the recovery has been uneven',
    ],
    ['As the lawyer admitted, the contract was vague.', 'the contract was vague'],
    [
      'As the coach joked on Tuesday, his team plays better away from home.',
      'his team plays better away from home',
    ],
    [
      'As the ferry captain said on Monday, the crossing closed early.',
      'the crossing closed early',
    ],
    [
      'The recovery has been uneven, as the economist Lena Park observed.',
      'The recovery has been uneven',
    ],
  ])('%s', (text, claim) => {
    const c = en(text);
    expect(c?.claim).toBe(claim);
    expect(c?.rule).toBe('speaker-verb');
  });

  it.each([
    'As the soldiers observed the ceasefire, the villagers returned home.',
    'When the inspectors observed, the machines were switched off.',
    'The recovery, as the economist Lena Park observed, has been uneven.',
  ])('no claim: %s', (text) => {
    expect(storyClaims(text, 'en')).toEqual([]);
  });
});
