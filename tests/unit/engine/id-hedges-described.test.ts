/** Indonesian hedges: "disebut sebagai" describing with no one describing, the so-called
 * ("yang disebut"), and an agent written after the hedge word. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'id');

describe('"disebut sebagai" with no agent is a hedge', () => {
  it.each([
    'Zodiak Capricorn disebut sebagai sosok yang pekerja keras.',
    'Bupati Wirasana disebut sebagai calon kuat dalam pemilihan gubernur.',
    'Jembatan itu disebut sebagai yang tertua di Kabupaten Lorawati.',
  ])('%s', (text) => {
    expect(claims(text)[0]).toMatchObject({ cue: 'disebut', source: { kind: 'unattributed' } });
  });

  it('with its agent it is the agent’s', () => {
    expect(claims('Ia disebut polisi sebagai otak perampokan itu.')[0]).toMatchObject({
      rule: 'evaluative-passive',
      source: { kind: 'official_body' },
    });
  });
});

describe('the so-called is naming, not hedging', () => {
  it.each([
    'Pemerintah menerapkan sistem yang disebut zonasi untuk sekolah negeri.',
    'Pemerintah menerapkan sistem yang disebut sebagai zonasi untuk sekolah negeri.',
    'Warga menamai tradisi itu, yang disebut juga sedekah laut, sejak lama.',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it('"disebut-sebut" after "yang" still hedges', () => {
    expect(claims('Pria yang disebut-sebut dalang kerusuhan itu ditangkap.')[0]).toMatchObject({
      source: { kind: 'unattributed' },
    });
  });
});

describe('an agent right after "diduga" holds the suspicion', () => {
  it('"diduga oleh polisi"', () => {
    expect(claims('Pelaku diduga oleh polisi membawa senjata tajam.')[0]).toMatchObject({
      cue: 'diduga oleh',
      source: { kind: 'official_body' },
    });
  });

  it.each([
    'Kebakaran gudang itu diduga dipicu korsleting listrik.',
    'Pria berinisial RT itu diduga mencuri tiga sepeda motor.',
  ])('no agent: a hedge: %s', (text) => {
    expect(claims(text)[0]).toMatchObject({ cue: 'diduga', source: { kind: 'unattributed' } });
  });

  it('inside a named speaker’s quotation the claim is the speaker’s', () => {
    const c = claims('"Pelaku diduga membawa senjata tajam," kata Kapolsek Lorawati Budi Hartono.');
    expect(c).toHaveLength(1);
    expect(c[0]?.source.kind).toBe('named_person');
  });
});

describe('"diklaim" with no agent is a hedge', () => {
  it.each([
    'Satu pesawat nirawak itu diklaim terbang sejauh 2.000 kilometer.',
    'Obat herbal tersebut diklaim mampu menurunkan tekanan darah.',
  ])('%s', (text) => {
    expect(claims(text)[0]).toMatchObject({ cue: 'diklaim', source: { kind: 'unattributed' } });
  });

  it('with its agent after "oleh" it is the agent’s', () => {
    const c = claims('Serangan di pelabuhan itu sudah diklaim oleh kelompok Front Seruni.')[0];
    expect(c?.source.kind).not.toBe('unattributed');
  });
});

describe('a name after "disebut" and a verb is the deed’s object, no agent', () => {
  it.each([
    'Dalam rapat itu, PT Wiramas disebut menunjuk Rina Hartati sebagai komisaris.',
    'Klub itu disebut merekrut Doni Saputra sebagai pelatih kepala.',
  ])('%s', (text) => {
    expect(claims(text)[0]).toMatchObject({ cue: 'disebut', source: { kind: 'unattributed' } });
  });
});
