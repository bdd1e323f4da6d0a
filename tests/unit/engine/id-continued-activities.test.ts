/**
 * "melanjutkan" says words when words follow it (a comma, "bahwa", a quotation or a clause),
 * but with a bare noun after it an activity simply goes on ("melanjutkan penyelidikan"): no
 * claim, and a relayed claim around it keeps its real speaker. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Rapat dengar pendapat di gedung dewan berlangsung hingga malam.';
const claims = (text: string) => paragraphClaims('id', LEAD, text);

describe('an activity carried on', () => {
  it.each([
    ['Polisi melanjutkan penyelidikan atas kebakaran gudang itu.'],
    ['Rombongan pejabat melanjutkan perjalanan ke Sarana pada sore hari.'],
    ['Lintang siap melanjutkan perundingan dengan negara tetangga.'],
  ])('%s', (text) => {
    expect(claims(text)).toHaveLength(0);
  });

  it('the speaker after the claim is still the source', () => {
    const text = 'Lintang siap melanjutkan perundingan, kata Menteri Luar Negeri Rina Adiwangsa.';
    const [claim] = claims(text);
    expect(claim?.source).toMatchObject({ kind: 'named_person', name: 'Rina Adiwangsa' });
    expect(claim?.claim).toContain('melanjutkan perundingan');
  });
});

describe('words going on', () => {
  it.each([
    ['Rina melanjutkan, anggaran tahun depan akan dinaikkan.'],
    ['Rina melanjutkan bahwa anggaran tahun depan akan dinaikkan.'],
    ['Rina melanjutkan pemerintah akan menaikkan anggaran tahun depan.'],
  ])('%s', (text) => {
    const [claim] = claims(text);
    expect(claim?.cue).toBe('melanjutkan');
    expect(claim?.source.kind).toBe('named_person');
  });
});
