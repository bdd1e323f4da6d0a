/** Armed groups named with a group's word ("Orsk Front", "the Valo Movement") are
 * organizations, and a military rank with no name is an unnamed official ("The general
 * said"), while the same word as an adjective is no role ("the general public"). Sentences
 * are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a group named with a group word is an organization', () => {
  it.each([
    ['Orsk Front said it had taken the town.', 'Orsk Front'],
    ['The town has fallen, Orsk Front said.', 'Orsk Front'],
    ['The ship was hit, said Orsk Front.', 'Orsk Front'],
    ['The Free Valo Movement said it would march on Tamsk.', 'The Free Valo Movement'],
    ['According to the Valo Movement, the ship was hit.', 'the Valo Movement'],
    ['Tamsk Brigade said it had shelled the port.', 'Tamsk Brigade'],
    ['The Tamsk Brigades said they had shelled the port.', 'The Tamsk Brigades'],
    ['The local militia said it had shelled the port.', 'The local militia'],
  ] as const)('%s', (text, source) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.kind).toBe('organization');
  });
});

describe('a rank with no name is an unnamed official', () => {
  it.each([
    ['The general said the troops would leave Orsk by Friday.', 'The general'],
    ['The troops would leave Orsk by Friday, the general said.', 'the general'],
    ['The troops would leave Orsk by Friday, said a senior general.', 'a senior general'],
    ['A general told reporters the troops would leave Orsk.', 'A general'],
    ['The colonel said the troops would leave Orsk.', 'The colonel'],
    ['An admiral said the fleet would sail from Tamsk.', 'An admiral'],
    ['Two generals said the troops would leave Orsk.', 'Two generals'],
  ] as const)('%s', (text, source) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.kind).toBe('unnamed_official');
  });

  it.each([
    ['General Tom Harl said the troops would leave Orsk.', 'named_person'],
    ['The general public said the fees were too high.', 'anonymous'],
    ['The army general command said the town was taken.', 'official_body'],
    ['The General Grain Organisation said stocks fell.', 'organization'],
  ] as const)('the adjective or title: %s', (text, kind) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe(kind);
  });
});
