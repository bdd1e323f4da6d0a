/** Refiner framed-hedge: a hedge in a clause opened by the document it was read in has the
 * document as its source. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { framedHedge } from '@/core/rules/framed-hedge';
import { hedge } from '@/core/rules/hedge';
import { ctx } from '../helpers';

function refined(text: string, lang: 'en' | 'id') {
  const c = ctx(text, lang);
  const [first] = hedge.find(c);
  if (!first) throw new Error(`no hedge in: ${text}`);
  return framedHedge.refine(c, first, [first]);
}

describe('framed-hedge', () => {
  it.each([
    ['Dalam surat dakwaan jaksa, terdakwa disebut menerima suap Rp 3 miliar.', 'id'],
    ['Dalam laporan Ombudsman, pelayanan di kantor itu disebut lamban.', 'id'],
    ['In the indictment, the mayor is alleged to have taken bribes.', 'en'],
  ] as const)('the document is the source: %s', (text, lang) => {
    const c = refined(text, lang);
    expect(c.rule).toBe('framed-hedge');
    expect(c.source.kind).toBe('document');
  });

  it.each([
    ['Dalam rapat itu, pelaku disebut kabur ke Lampung.', 'id'],
    ['Pelaku diduga memukul petugas parkir.', 'id'],
  ] as const)('no document frame, the hedge stays: %s', (text, lang) => {
    const c = refined(text, lang);
    expect(c.rule).toBe('hedge');
    expect(c.source.kind).toBe('unattributed');
  });
});
