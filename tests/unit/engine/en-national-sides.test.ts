/** "The Chinese side said": a nation's word before a side noun names that state's party to
 * talks or a conflict, an official body. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe("a nation's side", () => {
  it.each([
    ['The Chinese side said the talks on the river dams had been candid.', 'The Chinese side'],
    ['The Norwegian side said the fishing quota talks would resume in May.', 'The Norwegian side'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('official_body');
    expect(c?.source.basis).toBe('party-sides/national');
  });

  it("a nation's side of a place is no speaker", () => {
    const c = onlyClaim('The German side of the river flooded overnight, residents said.', 'en');
    expect(c?.source.text).toBe('residents');
  });
});
