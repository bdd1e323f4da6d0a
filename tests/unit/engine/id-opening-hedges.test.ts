/**
 * Hedges that only open a sentence: "Disebutkan, ..." (it is said) and a rumour going
 * around as the subject ("Kabar yang beredar menyebutkan ...", "Kabar beredar, ..."). Inside
 * a sentence the same words are a passive with its document or a rumour named as a thing.
 * Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('opening hedges', () => {
  it.each([
    ['Disebutkan, gudang di Jalan Kenari itu tidak memiliki izin.'],
    ['Disebutkan pula, gudang di Jalan Kenari itu tidak memiliki izin.'],
    ['Kabar yang beredar menyebutkan pemilik gudang sudah kabur ke Batam.'],
    ['Kabar beredar, pemilik gudang sudah kabur ke Batam.'],
    ['Isu yang beredar menyebut pemilik gudang sudah kabur ke Batam.'],
    ['Menurut kabar yang beredar, pemilik gudang sudah kabur ke Batam.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('unattributed');
    expect(c?.flags).toContain('unattributed');
  });

  it('a passive with its document stays the document', () => {
    const c = id('Dalam surat edaran itu disebutkan, gudang wajib memiliki izin.');
    expect(c?.source.kind).toBe('document');
  });

  it('a rumour named as a thing inside a sentence is no claim', () => {
    expect(id('Camat meminta warga tidak mempercayai isu yang beredar.')).toBeUndefined();
  });

  it('a passive going on with its agent is no opening hedge', () => {
    expect(id('Disebutkan dalam rapat itu jadwal pembangunan dimundurkan.')?.cue).not.toBe(
      'Disebutkan',
    );
  });
});
