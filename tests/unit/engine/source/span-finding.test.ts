/** Source spans after an inverse verb: the role before a name, with a word qualifying the
 * office and a comma before the name, is one phrase (Indonesian). */
import { describe, expect, it } from 'vitest';
import { classify, sourceAfter } from '@/core/source';
import { ctx } from '../helpers';

function after(text: string, cue: string) {
  const c = ctx(text, 'id');
  const at = c.tokens.findIndex((t) => t.lower === cue);
  const span = sourceAfter(c, at + 1);
  return span ? classify(c, span) : null;
}

describe('source after an inverse verb', () => {
  it.each([
    ['Pasar tetap buka, ujar perwakilan Paguyuban Pedagang, Yosef Manurung.', 'ujar', 'Yosef Manurung', 'perwakilan Paguyuban Pedagang'],
    ['Jalan ditutup, kata juru bicara kepolisian Agus Salim.', 'kata', 'Agus Salim', 'juru bicara kepolisian'],
    ['Jalan ditutup, kata Kepala Dinas Perhubungan kota, Rina Wulandari, kepada wartawan.', 'kata', 'Rina Wulandari', 'Kepala Dinas Perhubungan kota'],
  ])('%s', (text, cue, name, role) => {
    expect(after(text, cue)).toMatchObject({ kind: 'named_person', name, role });
  });
});
