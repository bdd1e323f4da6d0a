/** A passive of saying with when, where or to whom it was said between the verb and its
 * agent. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { adjunctAgent } from '@/core/rules/adjunct-agent';
import { ctx, onlyClaim, run } from '../helpers';

describe('adjunct-agent', () => {
  it.each([
    [
      'The deal was confirmed to Wirely by a senior official.',
      'was confirmed to Wirely by',
      'unnamed_official',
      'a senior official',
    ],
    [
      'The plan was announced on Monday by the defence ministry.',
      'was announced on Monday by',
      'official_body',
      'the defence ministry',
    ],
    [
      'The claim was denied in a statement by the foreign ministry.',
      'was denied in a statement by',
      'official_body',
      'the foreign ministry',
    ],
    [
      'The closure was also confirmed late on Friday by the port authority.',
      'was also confirmed late on Friday by',
      'official_body',
      'the port authority',
    ],
    [
      'The death was confirmed to reporters by a hospital official.',
      'was confirmed to reporters by',
      'unnamed_official',
      'a hospital official',
    ],
  ] as const)('%s', (text, cue, kind, source) => {
    expect(run(adjunctAgent, text, 'en')[0]).toEqual([cue, kind, source]);
  });

  it.each([
    // no verb of saying in the table
    'The bridge was built in 2015 by a Chinese firm.',
    'The deal was signed in Geneva by the two ministers.',
    // a report filed with the police is a complaint, not words carried
    'The theft was reported to police by a neighbour.',
    // a clause between the verb and "by" is no adjunct
    'The plan was announced after the storm had been forecast by meteorologists.',
    // the agent-less passive next to it is passive-by's or nobody's
    'The deal was confirmed by a senior official.',
  ])('none: %s', (text) => {
    expect(adjunctAgent.find(ctx(text, 'en'))).toEqual([]);
  });

  it('keeps the subject as the claim and the outlet told as via', () => {
    const claim = onlyClaim('The attack was confirmed to the Daily Planet by two officials.', 'en');
    expect(claim?.claim).toBe('The attack');
    expect(claim?.source.text).toBe('two officials');
    expect(claim?.source.via).toBe('Daily Planet');
  });

  it('takes the tie of an unnamed agent whole', () => {
    const claim = onlyClaim(
      'The resignation was confirmed late on Sunday by two people close to the minister.',
      'en',
    );
    expect(claim?.source.text).toBe('two people close to the minister');
    expect(claim?.claim).toBe('The resignation');
  });

  it('leaves a closing time out of a passive claim', () => {
    const claim = onlyClaim('The closure was confirmed by the ministry on Monday.', 'en');
    expect(claim?.claim).toBe('The closure');
  });
});
