/**
 * A short name spelt out in parentheses after a public body's word ("Bank sentral (Bank of
 * Vardania/BoV)", "Badan Tenaga Kerja (BTK)") names that body: a later bare mention speaks as
 * an official body, also where the article first used it as a statement's owner ("keterangan
 * BoV"). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { nameEvidence } from '@/core/source/evidence';
import { getPack } from '@/core/lang';
import { lastSource } from './helpers';

describe('short names spelt out after a body', () => {
  it('are read from the article', () => {
    const ev = nameEvidence(getPack('id'), [
      'Bank sentral, (Bank of Vardania/BoV) memangkas suku bunga. PT Sinar Jaya (SJY) untung.',
    ]);
    expect(ev.bodies.has('bov')).toBe(true);
    expect(ev.bodies.has('sjy')).toBe(false);
  });

  it('the owner of an earlier statement is the body', () => {
    expect(
      lastSource(
        'id',
        'Bank sentral Vardania (Bank of Vardania/BoV) memangkas suku bunga acuan pada Kamis.',
        '"Ekonomi melambat tajam," ujar keterangan BoV yang dikutip dari AFP.',
        'BoV memprediksi ekonomi Vardania tahun ini turun 0,3 persen.',
      ),
    ).toMatchObject({ kind: 'official_body', basis: 'earlier-name/owner' });
  });

  it('an acronym spelt out after a body, owner of a statement, is the body', () => {
    expect(
      lastSource(
        'id',
        'Badan Tenaga Kerja Vardania (BTK) merilis data pengangguran pada Kamis.',
        '"Pasar kerja melemah," ujar keterangan BTK yang dikutip dari AFP.',
        'BTK memprediksi pengangguran tahun ini naik 0,3 persen.',
      ),
    ).toMatchObject({ kind: 'official_body', basis: 'earlier-caps/acronym' });
  });

  it("a firm's acronym stays an organization", () => {
    expect(
      lastSource(
        'id',
        'PT Sinar Gemilang (SGM) mencatat laba naik pada Kamis.',
        'SGM memprediksi penjualan tahun ini turun 0,3 persen.',
      )?.kind,
    ).toBe('organization');
  });
});
