/**
 * A stance phrase may put a date before its "that" ("expressed optimism on Thursday that
 * ..."), and unnamed people placed by a plain noun may carry a "that" relative clause before
 * their verb ("Lawmakers from parties that had opposed the plan said ...").
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a date between a stance phrase and its clause', () => {
  it.each([
    ['Dock workers expressed optimism on Thursday that the strike would end soon.'],
    ['Dock workers feared last week that the strike would drag on.'],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.text).toBe('Dock workers');
    expect(c?.claim.startsWith('the strike')).toBe(true);
  });

  it('still needs the clause', () => {
    const text = 'Dock workers expressed optimism on Thursday.';
    expect(storyClaims(text, 'en')).toHaveLength(0);
  });
});

describe('unnamed people with a "that" relative clause before the verb', () => {
  it.each([
    [
      'Lawmakers from two parties that had opposed the bill said a vote could come soon.',
      'Lawmakers from two parties',
    ],
    [
      'Elected leaders from parties that had sat in the opposition expressed optimism on Monday that the budget would pass.',
      'Elected leaders from parties',
    ],
  ])('%s', (text, source) => {
    const c = en(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.text.startsWith(source)).toBe(true);
  });

  it('takes no subordinate clause for the head', () => {
    const text =
      "While the rebels hope the envoy's offer on Monday that talks would resume signaled a shift, no date is set.";
    expect(en(text)?.source.text ?? '').not.toContain('While');
  });
});
