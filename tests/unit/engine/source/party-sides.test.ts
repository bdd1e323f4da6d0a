/** Stage party-sides: "both sides", "the two sides" are the parties named before. */
import { describe, expect, it } from 'vitest';
import { partySides } from '@/core/source/stages/party-sides';
import { decide, lastSource } from './helpers';

describe('stage party-sides', () => {
  it('sides of a war between states are official bodies', () => {
    expect(
      lastSource(
        'en',
        "Veloria's defence ministry said its troops had held the pass.",
        'Both sides reported losses at sea and blamed each other for breaking the truce.',
      ),
    ).toMatchObject({ kind: 'official_body', basis: 'party-sides', text: 'Both sides' });
  });

  it('"the two sides" is read too (it was no source at all)', () => {
    expect(
      lastSource(
        'en',
        'The foreign ministry of Norland said the envoys met in Harlow.',
        'The two sides said they would meet again next week.',
      ),
    ).toMatchObject({ kind: 'official_body', basis: 'party-sides' });
  });

  it('a firm and a union are organizations', () => {
    expect(
      lastSource(
        'en',
        'The Harlow Steel company said it had offered a raise of 4 percent.',
        'Both sides said progress had been made.',
      ),
    ).toMatchObject({ kind: 'organization', basis: 'party-sides' });
  });

  it('passes on "the side" alone and on a side with a name', () => {
    const sentence = 'The side of the road was flooded, the council said.';
    expect(decide(partySides, sentence, 'The side', 'en')).toBeNull();
    expect(
      decide(partySides, 'The West Side said it would fight.', 'The West Side', 'en'),
    ).toBeNull();
  });
});
