/** A source written with how far from a place it stood ("A Wirely witness 20 km from the
 * border said", "about a mile (1.5 km) from the bridge"): the distance and the place belong
 * to the source phrase, and the sentence keeps its claim. Sentences are written for these
 * tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a source placed at a distance', () => {
  it.each([
    'A Wirely witness 20 km from the dam said the water was still rising.',
    'A Wirely crew about a mile (1.6 km) from the dam said the water was still rising.',
    'A Wirely photographer some 300 metres from the dam said the water was still rising.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source).toMatchObject({ kind: 'media', outlet: 'wirely' });
    expect(c?.source.text.endsWith('from the dam')).toBe(true);
    expect(c?.claim).toBe('the water was still rising');
  });

  it('unnamed people too', () => {
    const c = onlyClaim('Farmers two miles from the dam said the water was still rising.', 'en');
    expect(c?.source.kind).toBe('anonymous');
  });

  it('a distance in the claim is no part of its source', () => {
    const c = onlyClaim('The water rose 20 km from the dam, officials said.', 'en');
    expect(c?.source.text).toBe('officials');
  });
});
