/** Wire copy names a firm again by its trade ("the steelmaker", "the oil major", "the parent
 * company"): each such noun speaks as an organization, not as unnamed people. Sentences are
 * written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a firm named by its trade speaks as an organization', () => {
  it.each([
    'The oil major said its output in the delta fell by a tenth.',
    'The steelmaker said its output in the delta fell by a tenth.',
    'The planemaker said deliveries would slip into next year.',
    'The shipbuilder said deliveries would slip into next year.',
    'The refiner said its margins had halved since spring.',
    'The parent company said the unit would be sold by June.',
    'The subsidiary said the unit would be sold by June.',
    'The trade body said exports of timber rose in the quarter.',
    'The social media giant said it removed the accounts.',
    'The defence contractor said the order was worth $2 billion.',
    'The bourse said trading would resume at noon.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('organization');
  });

  it('people of social media stay unnamed people', () => {
    expect(onlyClaim('Social media users said the clip was staged.', 'en')?.source.kind).toBe(
      'anonymous',
    );
  });
});
