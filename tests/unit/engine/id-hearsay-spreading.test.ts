/** Indonesian hearsay said to go around ("beredar kabar ..."), speculation; and the outlet
 * pointing back to its own earlier story, which hedges nothing. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'id');

describe('hearsay going around, wherever it stands', () => {
  it.each([
    ['Beredar kabar kepala sekolah itu akan dimutasi.', 'Beredar kabar'],
    ['Tersiar kabar kepala sekolah itu akan dimutasi.', 'Tersiar kabar'],
    ['Belakangan beredar isu kepala sekolah itu akan dimutasi.', 'beredar isu'],
    ['Di grup percakapan warga tersebar kabar pasar itu akan digusur.', 'tersebar kabar'],
    ['Beredar gosip penyanyi itu akan menikah bulan depan.', 'Beredar gosip'],
    ['Kabar angin menyebutkan penyanyi itu akan menikah.', 'Kabar angin'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });

  it('the rumour pointed back to is no claim', () => {
    expect(claims('Setelah beredar kabar itu, warga mendatangi balai desa.')).toEqual([]);
  });

  it('a source in the same sentence keeps the record', () => {
    const found = claims('Beredar kabar kepala sekolah itu akan dimutasi, kata Rustam Efendi.');
    expect(found).toHaveLength(1);
    expect(found[0]?.source.kind).toBe('named_person');
  });
});

describe('speculated with no one speculating', () => {
  it('dispekulasikan', () => {
    expect(claims('Kiper itu dispekulasikan akan hengkang ke klub lain.')[0]).toMatchObject({
      cue: 'dispekulasikan',
      source: { kind: 'unattributed' },
    });
  });

  it.each([
    'Seperti diberitakan sebelumnya, kiper itu akan hengkang ke klub lain.',
    'Sebelumnya diberitakan, kiper itu akan hengkang ke klub lain.',
  ])('the outlet’s own earlier story hedges nothing: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('konon katanya', () => {
  it('is hearsay, not the words of someone named before', () => {
    const found = claims(
      'Rustam Efendi tinggal di tepi telaga. || Konon katanya, telaga itu tidak berdasar.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cue: 'Konon katanya', source: { kind: 'unattributed' } });
  });
});
