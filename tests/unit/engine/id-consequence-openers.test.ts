/**
 * Indonesian "Maka, para analis menduga ...": a word drawing a consequence ("maka", "karena
 * itu", "dengan demikian", "lebih lanjut") opens the sentence before the source; it is no part
 * of the source, so the unnamed people after it stay unnamed. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('consequence openers', () => {
  it.each([
    'Maka, para analis menduga harga beras akan naik pekan depan.',
    'Karena itu, sejumlah ekonom memperkirakan harga beras akan naik pekan depan.',
    'Oleh karena itu, para pedagang mengatakan harga beras akan naik pekan depan.',
    'Dengan demikian, para analis menilai harga beras akan naik pekan depan.',
    'Akibatnya, warga mengatakan harga beras naik pekan ini.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.text).not.toMatch(/^(Maka|Karena|Oleh|Dengan|Akibatnya)/u);
  });

  it('"Tapi", the short form of "tetapi", opens the sentence too', () => {
    const c = onlyClaim('Tapi seorang juru bicara pemkot membenarkan harga beras naik.', 'id');
    expect(c?.source).toMatchObject({
      kind: 'unnamed_official',
      text: 'seorang juru bicara pemkot',
    });
  });

  it('a named speaker after the opener is the person alone', () => {
    const c = onlyClaim('Lebih lanjut, Budi Santoso mengatakan harga beras akan naik.', 'id');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Budi Santoso' });
  });
});
