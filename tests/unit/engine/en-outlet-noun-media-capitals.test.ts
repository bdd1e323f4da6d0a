/**
 * "the TV station" after a state broadcaster spoke points back to it as "the station" does:
 * a capital inside the phrase names another outlet only when it is no media word. Every
 * sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const story = (second: string) =>
  storyClaims(`Marlovian state TV says the army has retaken the town. ${second}`, 'en');

describe('an outlet noun with a capitalised media word', () => {
  it('the TV station said: the state broadcaster again', () => {
    const c = story('The TV station said the bridge was open.').at(-1);
    expect(c?.source.kind).toBe('state_media');
  });

  it('told the TV station: relayed by the state broadcaster', () => {
    const c = story('A soldier told the TV station that rebels had fled.').at(-1);
    // The via reads "the TV": the carrier's phrase is shrunk past a media word (left as is).
    expect(c?.source.via).toMatch(/^the TV/);
    expect(c?.flags).toContain('state_media');
  });

  it('a capital that is no media word still names another outlet', () => {
    const c = story('The Harbor station said the bridge was open.').at(-1);
    expect(c?.source.kind).not.toBe('state_media');
  });
});
