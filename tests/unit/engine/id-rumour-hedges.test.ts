/** Indonesian rumours and suspicions with no source: "Beredar kabar, ...", "Desas-desus
 * menyebutkan ...", "Kuat dugaan ...", "dugaan bahwa ...", and a relay after "dikabarkan oleh".
 * Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'id');

describe('rumours going around, as the sentence’s opening', () => {
  it.each([
    ['Beredar kabar, pasar Lorawati akan dipindah bulan depan.', 'Beredar kabar'],
    ['Beredar informasi bahwa pasar Lorawati akan dipindah.', 'Beredar informasi'],
    ['Tersiar kabar, pasar Lorawati akan dipindah.', 'Tersiar kabar'],
    ['Rumor yang beredar menyebutkan pasar Lorawati akan dipindah.', 'Rumor yang beredar'],
    ['Desas-desus menyebutkan pasar Lorawati akan dipindah.', 'Desas-desus'],
    ['Menurut desas-desus, pasar Lorawati akan dipindah.', 'Menurut desas-desus'],
    ['Isu yang berkembang, pasar Lorawati akan dipindah.', 'Isu yang berkembang'],
    ['Kabar burung menyebutkan pasar Lorawati akan dipindah.', 'Kabar burung'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });
});

describe('suspicions with no one suspecting', () => {
  it.each([
    ['Kuat dugaan pelaku masuk melalui jendela dapur.', 'Kuat dugaan'],
    ['Ada dugaan bahwa pelaku masuk melalui jendela dapur.', 'dugaan bahwa'],
    ['Sempat muncul rumor bahwa pelatih itu dipecat.', 'rumor bahwa'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });

  it.each([
    'Polisi menyampaikan dugaan bahwa pelaku masuk melalui jendela dapur.',
    'Kapolsek Lorawati Budi Hartono mengatakan, kuat dugaan pelaku masuk melalui jendela.',
    'Menurut warga, beredar kabar bahwa pasar Lorawati akan dipindah.',
  ])('a source in the sentence holds it: %s', (text) => {
    const c = claims(text);
    expect(c).toHaveLength(1);
    expect(c[0]?.source.kind).not.toBe('unattributed');
  });
});

describe('"dikabarkan oleh" names its outlet', () => {
  it('the outlet is the source', () => {
    expect(claims('Ia dikabarkan oleh media Spanyol akan pindah ke Madrid.')[0]).toMatchObject({
      cue: 'dikabarkan oleh',
      source: { kind: 'media' },
    });
  });
});

describe('said, gossiped and heard with no one saying it', () => {
  it.each([
    ['Gudang itu dikatakan akan dibongkar tahun depan.', 'dikatakan'],
    ['Sang aktor digosipkan dekat dengan penyanyi muda.', 'digosipkan'],
    ['Menurut kabar, gudang itu akan dibongkar.', 'Menurut kabar'],
    ['Menurut informasi, gudang itu akan dibongkar.', 'Menurut informasi'],
    ['Informasinya, gudang itu akan dibongkar.', 'Informasinya'],
    ['Dengar-dengar, gudang itu akan dibongkar.', 'Dengar-dengar'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });

  it.each([
    'Dapat dikatakan, gudang itu gagal bersaing.',
    'Seperti dikatakan sebelumnya, gudang itu akan dibongkar.',
    'Kabar itu belum dikonfirmasi pihak pengelola.',
  ])('no hedge: %s', (text) => {
    expect(claims(text).filter((c) => c.source.kind === 'unattributed')).toEqual([]);
  });

  it('with its agent after it, "dikatakan" is the agent’s', () => {
    expect(claims('Hal itu dikatakan Budi Santoso kepada wartawan.')[0]).toMatchObject({
      source: { kind: 'named_person' },
    });
  });
});
