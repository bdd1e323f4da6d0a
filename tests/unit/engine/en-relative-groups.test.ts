/** "Those who attended said ...": a word that stands for people only with a relative clause
 * after it ("those", "anyone", "many", "someone") heads unnamed people, the whole phrase
 * their source. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('groups named by a relative clause', () => {
  it.each([
    ['Those who attended said the meeting in Kelbo ended in shouting.', 'Those who attended'],
    [
      'Anyone who has visited Kelbo says the old town is worth the trip.',
      'Anyone who has visited Kelbo',
    ],
    ['Many who lost their homes say they have not received any help.', 'Many who lost their homes'],
    ['Some who were there said the guards fired first.', 'Some who were there'],
    [
      'Everyone who spoke to Wirely said the water came without warning.',
      'Everyone who spoke to Wirely',
    ],
    [
      'But those who witnessed the attack told reporters the gunmen wore masks.',
      'those who witnessed the attack',
    ],
    // The auxiliary before the verb is no part of the group.
    ['Those who attended the vigil have said the hall was full.', 'Those who attended the vigil'],
    ['Those who have left Kelbo say the town is empty.', 'Those who have left Kelbo'],
    // One person named only by what they did or where they were.
    ['Someone who was at the dinner said the mayor left early.', 'Someone who was at the dinner'],
    ['Somebody who knows the coach said he would stay.', 'Somebody who knows the coach'],
    // A part of the group first, or a participle for the relative.
    ['Many of those who fled Kelbo say the town is empty.', 'Many of those who fled Kelbo'],
    ['Most of those interviewed said the bridge felt unsafe.', 'Most of those interviewed'],
    [
      'Those questioned by the inspectors said the gate was open.',
      'Those questioned by the inspectors',
    ],
    ['Those living near the mill say the river smells.', 'Those living near the mill'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.flags).toContain('unnamed_source');
  });

  it.each([
    'Those who say the bridge is safe have not walked on it.',
    'Those who can afford it check into hotels in Kelbo.',
    'Someone who says the bridge is safe has not walked on it.',
    'Most of those injured were fans of the home side.',
  ])('no claim: %s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });
});

describe('a group named by a participle is not the body after "by"', () => {
  it('the people questioned speak, not who questioned them', () => {
    const c = onlyClaim('Those questioned by police said the gate was open.', 'en');
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.text).toBe('Those questioned by police');
  });

  it('a clause about those the ministry helps is the ministry speaking', () => {
    const c = onlyClaim('Those affected will be paid in May, the ministry said.', 'en');
    expect(c?.source.kind).toBe('official_body');
  });
});
