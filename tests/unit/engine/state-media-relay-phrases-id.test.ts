/**
 * Indonesian relay phrases after the claim: "sebagaimana dikutip <outlet>", "demikian
 * disiarkan <outlet>" name the outlet that carried the words, no part of the claim, as
 * "seperti dikutip" does; and the speaker an outlet quotes ("Statenews mengutip X yang
 * menyebut ..."). Every sentence is the team's own.
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

describe('"demikian" and a relay verb closing the sentence', () => {
  it.each([
    'demikian diberitakan Statenews',
    'demikian disiarkan Statenews',
    'demikian dikutip dari Statenews',
    'demikian dilansir Statenews',
    'seperti disiarkan langsung Statenews',
  ])('"..., %s"', (tail) => {
    const c = id(`Gubernur Arla Venn menyatakan bendungan itu aman, ${tail}.`);
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.claim).toBe('bendungan itu aman');
    expect(c?.flags).toContain('state_media');
  });
});

describe('the speaker an outlet quotes, before their verb of saying', () => {
  it.each(['yang menyebut', 'yang menegaskan', 'menyebut'])('"mengutip X %s"', (verb) => {
    const c = id(`Statenews mengutip Gubernur Arla Venn ${verb} bendungan itu aman.`);
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.claim).toBe('bendungan itu aman');
    expect(c?.flags).toContain('state_media');
  });
});
