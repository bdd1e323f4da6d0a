/** Pictures that show a scene are an attributed claim: the source is the subject as written -
 * the pictures (a document, the outlet that carried them its via) or the outlet that showed,
 * aired or made them - and pictures only state media showed are flagged. A "they" showing
 * something right after pictures did is those pictures. Sentences are written for these
 * tests; Statenews is a made-up state-controlled outlet of the test registry. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('pictures that show a scene', () => {
  it.each([
    ['Television images showed cars floating down the main street of Kelbo.', 'document'],
    ['Drone footage showed entire villages under water.', 'document'],
    ['Photos posted on social media showed a bridge torn in half.', 'document'],
  ])('%s', (text, kind) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe(kind);
    expect(c?.flags).not.toContain('state_media');
  });

  it('an outlet of the state airing footage is state media', () => {
    const c = onlyClaim(
      'State television aired footage of rescuers pulling children from a collapsed school.',
      'en',
    );
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('footage a state outlet only carried is a document relayed by it, flagged', () => {
    const c = onlyClaim(
      'Footage broadcast by Statenews showed the president touring a shelter.',
      'en',
    );
    expect(c?.source.kind).toBe('document');
    expect(c?.flags).toContain('state_media');
  });

  it('"they" after pictures is those pictures, not the last group named', () => {
    const found = paragraphClaims(
      'en',
      'State television said the river had burst its banks.',
      'Drone footage showed entire villages under water.',
      'They also showed a church with only its roof above the water.',
    );
    const last = found.at(-1);
    expect(last?.cue).toBe('showed');
    expect(last?.source.kind).toBe('document');
    expect(last?.flags).not.toContain('state_media');
  });
});
