/** Trades of science named as sources in weather, health and science copy ("according to
 * meteorologists", "neuroscientists found that ...") are unnamed non-official sources, like
 * "scientists" and "researchers". Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('science trades as unnamed sources', () => {
  it.each([
    ['The storm will stall over the coast, according to meteorologists.', 'meteorologists'],
    ['A meteorologist said the storm would stall over the coast.', 'A meteorologist'],
    ['Neuroscientists found that the patients had smaller brain volumes.', 'Neuroscientists'],
    ['Seismologists warned that more tremors could follow.', 'Seismologists'],
    ['Virologists say the outbreak will last another year.', 'Virologists'],
  ] as const)('%s', (text, source) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source).toMatchObject({ text: source, kind: 'anonymous' });
  });
});
