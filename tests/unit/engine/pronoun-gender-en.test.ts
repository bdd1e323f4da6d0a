/** "An airline spokeswoman said ... He said ...": an English pronoun tells its person's sex,
 * and never stands for a person whose noun or title tells the other; a name alone tells
 * nothing. Indonesian pronouns tell no sex. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('a pronoun agrees with its person', () => {
  it('"he" after a spokeswoman is not her', () => {
    const claim = lastClaim(
      'A ferry company spokeswoman said the crossing was cancelled. || He said the storm was coming.',
      'en',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', basis: 'pronoun/unresolved' });
  });

  it('"she" skips a spokesman quoted since for the spokeswoman quoted before', () => {
    const claim = lastClaim(
      'A ferry company spokeswoman said the crossing would reopen. || ' +
        'A union spokesman said the timetable was wrong. || ' +
        'She said the repairs were nearly done.',
      'en',
    );
    expect(claim?.source).toMatchObject({
      kind: 'unnamed_official',
      resolvesTo: 'A ferry company spokeswoman',
    });
  });

  it('"she" after the wife of a man quoted is the wife', () => {
    const claim = lastClaim(
      'Tomas Ambry, a ferry captain, said the crossing was safe. || ' +
        "Ambry's wife visited the harbour office on Monday. || She said he had warned them.",
      'en',
    );
    expect(claim?.source).toMatchObject({ kind: 'anonymous', resolvesTo: "Ambry's wife" });
  });

  it('a name alone tells no sex: either pronoun may stand for it', () => {
    for (const pronoun of ['He', 'She']) {
      const claim = lastClaim(
        `Kit Ambry, the harbour master, said the pier would close. || ${pronoun} said the ferries would move.`,
        'en',
      );
      expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Kit Ambry' });
    }
  });

  it('words after the name about someone else tell nothing of the person', () => {
    const claim = lastClaim(
      'Ana Ambry, whose husband sails the ferry, said the crossing was safe. || ' +
        'She said the storm had passed.',
      'en',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Ana Ambry' });
  });

  it('Indonesian "ia" stands for a spokeswoman as for anyone', () => {
    const claim = lastClaim(
      'Seorang juru bicara perempuan perusahaan feri mengatakan penyeberangan dibatalkan. || ' +
        'Ia mengatakan badai akan datang.',
      'id',
    );
    expect(claim?.source).toMatchObject({ kind: 'unnamed_official' });
  });
});
