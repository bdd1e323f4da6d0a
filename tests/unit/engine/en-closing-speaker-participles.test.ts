/**
 * English "<claim>, the same source said (in a statement), adding that ...": a speaker and
 * its verb closing a claim own the participle after them, so the sentence's opening words are
 * the claim (not the participle's subject, nor a document carrying the words), past an
 * occasion between the verb and its comma. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('a participle after a closing speaker', () => {
  it.each([
    [
      'Talks on the plan took place between the firm and local growers last spring, the same source said in a statement, adding that the ministry had not approved it.',
      'anonymous',
    ],
    [
      'Talks on the plan took place last spring, the ministry said in a statement, adding that it had not approved it.',
      'official_body',
    ],
    [
      'Talks on the plan took place last spring, the ministry said, adding that it had not approved it.',
      'official_body',
    ],
  ])('%s', (text, kind) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe(kind);
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.claim).toMatch(/^Talks on the plan took place .*last spring$/u);
  });

  it('"The union sued the firm, saying ..." keeps the sentence subject', () => {
    const c = onlyClaim('The union sued the firm, saying it had broken the contract.', 'en');
    expect(c?.source.text).toBe('The union');
  });
});
