/**
 * Real-copy Indonesian phrasings of sources that are not named: "sebut saja" introducing a
 * made-up name is no cue of saying, and "disinyalir", "dirumorkan", "rumornya" and "diduga
 * kuat" hedge a claim as "ditengarai" does; "diklaim oleh X" is X's claim. Every sentence is
 * the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('"sebut saja" is no cue', () => {
  it('the verb after the made-up name is the cue', () => {
    const c = id('Seorang pedagang, sebut saja Kemuning, mengatakan kiosnya dirusak.');
    expect(c?.cue).toBe('mengatakan');
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.flags).toContain('unnamed_source');
  });

  it('"sebut" after a comma still reports', () => {
    const c = id('Kios itu dirusak pada malam hari, sebut Kemuning Sari.');
    expect(c?.cue).toBe('sebut');
    expect(c?.source.kind).toBe('named_person');
  });
});

describe('passive hedges', () => {
  it.each([
    ['Pemilik kios itu disinyalir masih berada di Pulau Rendang.'],
    ['Penyanyi itu dirumorkan akan menikah tahun depan.'],
    ['Rumornya, penyanyi itu akan menikah tahun depan.'],
    ['Pemilik kios itu diduga kuat masih berada di Pulau Rendang.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('unattributed');
    expect(c?.flags).toContain('unattributed');
  });
});

describe('"diklaim" with its agent', () => {
  it("is the agent's claim, no hedge", () => {
    const c = id('Dana bantuan itu diklaim oleh Kepala Desa Wanasari sudah dibagikan.');
    expect(c?.cue).toBe('diklaim oleh');
    expect(c?.source.text).toBe('Kepala Desa Wanasari');
  });
});
