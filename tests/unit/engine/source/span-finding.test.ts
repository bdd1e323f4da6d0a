/** Source spans: after an inverse verb, the role before a name, with a word qualifying the
 * office and a comma before the name, is one phrase (Indonesian); before the verb, an
 * abbreviation's stop does not cut the phrase (English). */
import { describe, expect, it } from 'vitest';
import { classify, sourceAfter } from '@/core/source';
import { ctx, onlyClaim } from '../helpers';

function after(text: string, cue: string) {
  const c = ctx(text, 'id');
  const at = c.tokens.findIndex((t) => t.lower === cue);
  const span = sourceAfter(c, at + 1);
  return span ? classify(c, span) : null;
}

describe('source after an inverse verb', () => {
  it.each([
    [
      'Pasar tetap buka, ujar perwakilan Paguyuban Pedagang, Yosef Manurung.',
      'ujar',
      'Yosef Manurung',
      'perwakilan Paguyuban Pedagang',
    ],
    [
      'Jalan ditutup, kata juru bicara kepolisian Agus Salim.',
      'kata',
      'Agus Salim',
      'juru bicara kepolisian',
    ],
    [
      'Jalan ditutup, kata Kepala Dinas Perhubungan kota, Rina Wulandari, kepada wartawan.',
      'kata',
      'Rina Wulandari',
      'Kepala Dinas Perhubungan kota',
    ],
  ])('%s', (text, cue, name, role) => {
    expect(after(text, cue)).toMatchObject({ kind: 'named_person', name, role });
  });
});

describe('a place after a bare name is where the words were said', () => {
  it.each([
    [
      '"Harga beras naik," kata Sutrisno di Jakarta, Senin (2/6/2025).',
      'kata',
      'Sutrisno',
      'named_person',
    ],
    ['"Kami siap berunding," ujar Wiranto di Beijing.', 'ujar', 'Wiranto', 'named_person'],
    [
      '"Stok aman," kata Kepala BMKG Rudi Hartono dari laman resmi BMKG.',
      'kata',
      'Kepala BMKG Rudi Hartono',
      'named_person',
    ],
  ] as const)('%s', (text, cue, name, kind) => {
    expect(after(text, cue)).toMatchObject({ kind, text: name });
  });

  it('a role with its office keeps the place', () => {
    expect(after('"Jalan ditutup," kata juru bicara di Polres Bantul.', 'kata')).toMatchObject({
      text: 'juru bicara di Polres Bantul',
    });
  });
});

describe('source before the verb: an abbreviation before a modifier', () => {
  it.each([
    ['The U.N. refugee agency said 300 families had fled Dornvale.', 'The U.N. refugee agency'],
    ['The U.N. special envoy for Velmar said the talks would resume.', 'The U.N. special envoy'],
    ['The UN refugee agency said 300 families had fled Dornvale.', 'The UN refugee agency'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toContain(source);
  });
});
