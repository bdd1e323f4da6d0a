/**
 * "Authorities" is the word for a state's bodies acting together, as "police" or "the
 * government" is: they speak as institutions, not as unnamed officials. A body's word placed
 * in a land whose name a modifier opens ("in neighboring ...") keeps its place. Every
 * sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('authorities speak as official bodies', () => {
  it.each([
    ['Authorities said the bridge would reopen on Monday.', 'Authorities'],
    ['The bridge would reopen on Monday, local authorities said.', 'local authorities'],
    ['Tarlow authorities said the bridge would reopen on Monday.', 'Tarlow authorities'],
    ['The bridge would reopen, according to authorities in Dunmore.', 'authorities in Dunmore'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.kind).toBe('official_body');
    expect(c?.source.text).toBe(source);
    expect(c?.flags).not.toContain('unnamed_source');
  });

  it('"it" after the authorities spoke points back to them', () => {
    const c = last(
      'Harbour authorities said that it had counted 400 late ferries. One ferry sank, it said.',
    );
    expect(c?.source.kind).toBe('official_body');
  });

  it('officials of the authorities are still unnamed officials', () => {
    expect(last('Port authority officials said the quay was closed.')?.source.kind).toBe(
      'unnamed_official',
    );
    expect(last('An official at the port authority said the quay was closed.')?.source.kind).toBe(
      'unnamed_official',
    );
  });
});

describe('a body placed in a land a modifier opens', () => {
  it.each([
    'Authorities in neighboring Tarlow County said the road was closed.',
    'Police in nearby Tarlow County said the road was closed.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('official_body');
    expect(c?.source.text).toBe(text.slice(0, text.indexOf(' said')));
    expect(c?.source.basis).toBe('rule:speaker-verb/body-placed');
  });

  it('officials placed the same way stay unnamed officials', () => {
    const c = last('Officials in neighboring Tarlow County said the road was closed.');
    expect(c?.source.kind).toBe('unnamed_official');
  });

  it('talks with a body are no people of it', () => {
    const c = last('Talks with the agency in Geneva ended early, Jane Roe said.');
    expect(c?.source.text).toBe('Jane Roe');
  });
});
