/** "<claim>, as the Lowick Gazette reported at the time": a clause opened by "as" that says
 * whose account the sentence follows; the claim is what stands before it, without the "as".
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a closing "as" account', () => {
  it.each([
    ['The mill in Lowick was shut in 2019, as the Lowick Gazette reported.', 'media'],
    ['The mill in Lowick was shut in 2019, as the Lowick Gazette reported at the time.', 'media'],
    ['The mill in Lowick was shut in 2019, as the harbour master said at the time.', 'anonymous'],
  ])('%s', (text, kind) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe(kind);
    expect(c?.claim).toBe('The mill in Lowick was shut in 2019');
  });

  it('an opening one keeps the claim after it', () => {
    const c = onlyClaim('As the Lowick Gazette reported, the mill was shut in 2019.', 'en');
    expect(c?.claim).toBe('the mill was shut in 2019');
  });

  it('a time phrase with no day closes a speaker too', () => {
    const c = onlyClaim('The ferry will stop running, the harbour master said at the time.', 'en');
    expect(c?.claim).toBe('The ferry will stop running');
  });
});
