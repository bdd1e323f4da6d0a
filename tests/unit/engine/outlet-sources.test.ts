/** Outlets as sources with the bundled registry (core/outlets): the registry names the outlet
 * and says whether it is state-controlled; the source stops at the outlet's name. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';

function only(text: string, lang: 'en' | 'id') {
  const report = analyze({ blocks: [{ type: 'p', text }] }, { lang });
  expect(report.claims, text).toHaveLength(1);
  return report.claims[0]!;
}

describe('outlets as sources, bundled registry', () => {
  it.each([
    [
      'Xinhua, the Chinese state news agency, said the talks were productive.',
      'en',
      'Xinhua',
      'xinhua',
      'the talks were productive',
    ],
    [
      'The talks were productive, Xinhua, the Chinese state news agency, said.',
      'en',
      'Xinhua',
      'xinhua',
      'The talks were productive',
    ],
    [
      'KCNA melaporkan bahwa Kim Jong Un mengunjungi pabrik rudal.',
      'id',
      'KCNA',
      'kcna',
      'Kim Jong Un mengunjungi pabrik rudal',
    ],
    [
      'Menurut KCNA, Kim Jong Un mengunjungi pabrik rudal.',
      'id',
      'KCNA',
      'kcna',
      'Kim Jong Un mengunjungi pabrik rudal',
    ],
    [
      'Menurut KCNA Kim Jong Un mengunjungi pabrik rudal.',
      'id',
      'KCNA',
      'kcna',
      'Kim Jong Un mengunjungi pabrik rudal',
    ],
    [
      'Kim Jong Un mengunjungi pabrik rudal, menurut KCNA.',
      'id',
      'KCNA',
      'kcna',
      'Kim Jong Un mengunjungi pabrik rudal',
    ],
    [
      'Dilansir KCNA, Kim Jong Un mengunjungi pabrik rudal.',
      'id',
      'KCNA',
      'kcna',
      'Kim Jong Un mengunjungi pabrik rudal',
    ],
    // An agency's acronym after a name's word is no degree ("SpA", a paediatrician's).
    [
      'Kantor berita Saudi SPA melaporkan bahwa raja sudah kembali ke istana.',
      'id',
      'Kantor berita Saudi SPA',
      'saudi-press-agency',
      'raja sudah kembali ke istana',
    ],
    [
      'Kantor berita IRNA milik pemerintah Iran melaporkan pelabuhan itu dibuka.',
      'id',
      'Kantor berita IRNA',
      'irna',
      'pelabuhan itu dibuka',
    ],
  ] as const)('%s', (text, lang, source, outlet, claim) => {
    const c = only(text, lang);
    expect(c.source).toMatchObject({ text: source, kind: 'state_media', outlet });
    expect(c.flags).toEqual(['state_media']);
    expect(c.claim).toBe(claim);
  });
});
