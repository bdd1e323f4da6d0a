/**
 * A quotation whose closing mark was dropped before ', said <Name>': the verb and the
 * speaker are the article's again. Every sentence is the team's own (invented people).
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('an unclosed quotation before ", said <Name>"', () => {
  it('the named speaker is found, the quoted words are the claim', () => {
    const c = en('"Harlow is a town that knows floods, said Mara Quist, a councillor.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Mara Quist' });
    expect(c?.claim).toBe('Harlow is a town that knows floods');
  });

  it('a verb with a pronoun after it stays inside the quotation', () => {
    expect(en('"He called me at noon, said he was fine and hung up.')).toBeUndefined();
  });

  it('a closed quotation reads as before', () => {
    expect(en('"We will rebuild the bridge by spring," said Mara Quist.')?.source.name).toBe(
      'Mara Quist',
    );
  });
});
