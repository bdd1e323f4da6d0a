import { describe, expect, it } from 'vitest';
import { evaluativePassive } from '@/core/rules/evaluative-passive';
import { ctx, lastClaim, run } from '../helpers';

describe('evaluative-passive', () => {
  it.each([
    [
      'Tarif baru itu dinilai sejumlah pihak sebagai beban bagi nelayan.',
      'dinilai',
      'anonymous',
      'sejumlah pihak',
    ],
    [
      'Tarif baru itu dinilai oleh pengamat sebagai beban bagi nelayan.',
      'dinilai oleh',
      'anonymous',
      'pengamat',
    ],
    [
      'Rencana relokasi itu dianggap sebagian warga tidak adil.',
      'dianggap',
      'anonymous',
      'sebagian warga',
    ],
    [
      'Jembatan itu diklaim pemerintah akan rampung tahun depan.',
      'diklaim',
      'official_body',
      'pemerintah',
    ],
    ['Ia dituduh polisi menyembunyikan barang bukti.', 'dituduh', 'official_body', 'polisi'],
    [
      'Kinerja dinas itu dinilai Rina Wulandari masih lambat.',
      'dinilai',
      'named_person',
      'Rina Wulandari',
    ],
    ['Ia disebut polisi sebagai otak perampokan itu.', 'disebut', 'official_body', 'polisi'],
  ] as const)('%s', (text, cue, kind, source) => {
    expect(run(evaluativePassive, text, 'id')[0]).toEqual([cue, kind, source]);
  });

  it.each([
    ['Tarif baru itu dinilai terlalu mahal.'],
    ['Ia dituduh mencuri data perusahaan.'],
    ['Ia dianggap pahlawan oleh warga desa.'],
    ['Dinilai dari hasilnya, program itu berhasil.'],
    ['Tarif baru itu dinilai pengamat.'],
    // "disebut" also names: with no label marker after the agent it is a name or a hedge.
    ['Program yang disebut Kartu Sejahtera itu dibuka lagi.'],
    ['Ia disebut akan maju dalam pemilihan wali kota.'],
  ])('no agent, no attribution: %s', (text) => {
    expect(run(evaluativePassive, text, 'id')).toEqual([]);
  });

  it('the claim is what was judged and what it was judged to be', () => {
    const [c] = evaluativePassive.find(ctx('Tarif baru itu dinilai pengamat tidak adil.', 'id'));
    expect(c?.claim).toBe('Tarif baru itu tidak adil');
  });

  it('the subject is not a pointer to the sentence before', () => {
    const c = lastClaim(
      'Pemerintah menaikkan tarif pelabuhan. || Tarif baru itu dinilai pengamat tidak adil.',
      'id',
    );
    expect(c?.claim).toBe('Tarif baru itu tidak adil');
    expect(c?.flags).toContain('unnamed_source');
  });

  it('English has no such table', () => {
    expect(run(evaluativePassive, 'The tariff was deemed unfair by analysts.', 'en')).toEqual([]);
  });

  it('"disebut <agent> sebagai" names its source instead of a bare hedge', () => {
    const c = lastClaim('Ia disebut polisi sebagai otak perampokan itu.', 'id');
    expect(c?.source.kind).toBe('official_body');
    expect(c?.flags ?? []).not.toContain('unattributed');
  });
});

describe('evaluative-passive in English: a judgement after "by" and its agent', () => {
  it.each([
    ['The Varro sale is widely seen by analysts as a retreat.', 'seen by', 'anonymous', 'analysts'],
    [
      'The ferry tender was described by two officials as a mistake.',
      'described by',
      'unnamed_official',
      'two officials',
    ],
    [
      'The mayor is regarded by many residents as honest.',
      'regarded by',
      'anonymous',
      'many residents',
    ],
  ] as const)('%s', (text, cue, kind, source) => {
    expect(run(evaluativePassive, text, 'en')).toEqual([[cue, kind, source]]);
  });

  it('without a label after the agent the verb reports sight', () => {
    expect(run(evaluativePassive, 'The barge was seen by witnesses drifting south.', 'en')).toEqual(
      [],
    );
    expect(
      run(evaluativePassive, 'The memo, seen by reporters, says the mill will close.', 'en'),
    ).toEqual([]);
  });

  it('the claim is what was judged and the judgement, without the copula', () => {
    const claim = lastClaim('The Varro sale is widely seen by analysts as a retreat.', 'en');
    expect(claim?.claim).toBe('The Varro sale as a retreat');
  });
});

describe('evaluative-passive: a finding verb after "seen by" and its agent', () => {
  it('the documents seen are the source, not the outlet that saw them', () => {
    const c = lastClaim('Documents seen by Wirely show that the port will close.', 'en');
    expect(c?.source.kind).toBe('document');
    expect(c?.rule).not.toBe('evaluative-passive');
  });
});
