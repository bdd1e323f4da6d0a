/** A firm's trade written before its name ("of consultancy Brightwater Partners", "of think
 * tank Dalby Institute") belongs to the phrase: the person of the firm speaks, not the firm
 * cut off from them. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe("a firm's trade before its name", () => {
  it.each([
    'Marta Kellner of consultancy Brightwater Partners said demand for steel would recover by spring.',
    'Marta Kellner of hedge fund Dunmore Capital said demand for steel would recover by spring.',
    'Marta Kellner of think tank Dalby Institute said demand for steel would recover by spring.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text.startsWith('Marta Kellner of')).toBe(true);
  });

  it('the trade alone speaks as the firm', () => {
    const c = onlyClaim('The think tank said demand for steel would recover by spring.', 'en');
    expect(c?.source.text).toBe('The think tank');
    expect(c?.source.kind).toBe('organization');
  });
});

describe('words for a body of members or traders speak as an organization', () => {
  it.each([
    'The cooperative said the new dryer would cut its losses.',
    'The dairy co-op and the growers union said the new dryer would cut their losses.',
    'A seed distributor said the new dryer would cut its losses.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('organization');
  });
});
