/**
 * Indonesian copy translates "state-run" and "government-controlled" as a relative clause
 * after the outlet's noun ("media yang dikelola pemerintah"): generic state media, flagged.
 * A hospital run by the government is no outlet. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('outlets run by the state', () => {
  it.each([
    ['Menurut media yang dikelola pemerintah, delegasi Arvania juga mengunjungi pabrik baja.'],
    ['Televisi yang dikendalikan negara melaporkan ribuan warga berjajar di jalan.'],
    ['Kantor berita yang dikontrol pemerintah menyebutkan kunjungan itu bersejarah.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a speaker relayed by such an outlet keeps the flag', () => {
    const c = id(
      'Menteri Dorin Vasko menyebut kunjungan itu bersejarah, kata media yang dikuasai negara.',
    );
    expect(c?.flags).toContain('state_media');
  });

  it('a hospital run by the government is no outlet', () => {
    const c = id('Rumah sakit yang dikelola pemerintah mengatakan dua korban masih dirawat.');
    expect(c?.source.kind).not.toBe('state_media');
  });
});
