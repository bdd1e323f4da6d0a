/**
 * Indonesian relay phrases after the claim: "sebagaimana dikutip <outlet>" is the outlet that
 * carried the words, no part of the claim, as "seperti dikutip" is. Every sentence is the
 * team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('"sebagaimana dikutip"', () => {
  it('a speaker carried by a state outlet', () => {
    const c = id(
      'Gubernur Arla Venn menyatakan bendungan itu aman, sebagaimana dikutip Statenews.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.claim).toBe('bendungan itu aman');
    expect(c?.flags).toContain('state_media');
  });

  it('no speaker: the outlet is the source', () => {
    const c = id('Bendungan itu aman, sebagaimana dikutip Statenews.');
    expect(c?.source.kind).toBe('state_media');
    expect(c?.claim).toBe('Bendungan itu aman');
  });
});
