/**
 * "with officials predicting more walkouts": a forecast's noun object after a "with" subject
 * is the claim. Every sentence is the team's own (invented places and bodies).
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a forecast with a "with" subject', () => {
  it.each([
    [
      'Talks in Harlow collapsed, with officials predicting more walkouts.',
      'unnamed_official',
      'more walkouts',
    ],
    [
      'Shares fell, with analysts forecasting weaker sales next quarter.',
      'anonymous',
      'weaker sales next quarter',
    ],
    [
      'Prices rose, with economists estimating inflation at 4 percent.',
      'anonymous',
      'inflation at 4 percent',
    ],
  ])('%s', (text, kind, claim) => {
    const c = en(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.claim).toBe(claim);
  });

  it.each([
    'The Harlow firm cut jobs, predicting weaker sales.',
    'The Dunmore ministry is forecasting growth of 3 percent.',
  ])('no "with" subject, no noun-object claim: %s', (text) => {
    expect(en(text)).toBeUndefined();
  });
});
