/** A quotation split by its speaker ('"...," she said, "..."') is one claim: both parts, not
 * only the longer one. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a quotation split by its speaker', () => {
  it.each([
    [
      '"We will keep the clinic open," Nadia Ferro said, "until the last patient is seen."',
      'We will keep the clinic open, until the last patient is seen.',
    ],
    [
      '"The ferry is safe," said harbour master Ole Brekke, "but the pier needs work."',
      'The ferry is safe, but the pier needs work.',
    ],
    [
      '"Prices will fall," the trader told Wirely, "once the harvest is in."',
      'Prices will fall, once the harvest is in.',
    ],
  ])('%s', (text, claim) => {
    expect(onlyClaim(text, 'en')?.claim).toBe(claim);
  });

  it('a second quotation opening a new sentence in capitals is not joined', () => {
    const c = onlyClaim(
      '"We will keep the clinic open," Nadia Ferro said, "We owe it to them."',
      'en',
    );
    expect(c?.claim).not.toContain('We owe');
  });
});
