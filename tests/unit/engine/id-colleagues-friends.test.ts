/**
 * Colleagues and friends of someone in the story ("rekan kerja korban", "sahabat korban",
 * "seorang kolega") are unnamed people; "Rekan Budi, Sutrisno" names the colleague. Every
 * sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('colleagues and friends', () => {
  it.each([
    ['Rekan kerja korban menuturkan korban dikenal pendiam.', 'Rekan kerja korban'],
    ['Menurut sahabat korban, ia tidak punya musuh di kantor.', 'sahabat korban'],
    ['"Dia orang baik," kata seorang kolega korban.', 'seorang kolega korban'],
  ])('%s', (text, source) => {
    const c = id(text);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.text).toBe(source);
    expect(c?.flags).toContain('unnamed_source');
  });

  it('a colleague named after a comma is that person', () => {
    const c = id('Rekan Budi, Sutrisno Hadi, mengatakan korban sempat mengeluh pusing.');
    expect(c?.source.kind).toBe('named_person');
  });
});
