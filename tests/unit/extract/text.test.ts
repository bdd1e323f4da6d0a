/** Text of a block = textContent with whitespace collapsed and <br> as a space. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '@/utils/extract/text';
import { extractArticle } from '@/utils/extract';
import { DOMS, parse } from './dom';

describe('collapseWhitespace', () => {
  it('collapses runs of any whitespace and drops invisible characters', () => {
    expect(collapseWhitespace('  a\u00a0\n\t b\u200b c\u00ad d ')).toBe('a b c d');
  });

  it('gives exactly what the plain rule gives (every whitespace run -> one space)', () => {
    const plain = (t: string) =>
      t
        .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    const chars = fc.constantFrom(
      'a',
      'b',
      ' ',
      '  ',
      '\n',
      '\t',
      '\r',
      '\u00a0',
      '\u2003',
      '\u200b',
      '\u00ad',
      '\ufeff',
      '\u3000',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(collapseWhitespace(text)).toBe(plain(text));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe.each(DOMS)('block text on %s', (dom) => {
  it('turns <br> into a space and keeps inline markup text in place', () => {
    const para = (s: string) =>
      `<p>${s} The mayor said the works would start in June and end before the rainy season.</p>`;
    const doc = parse(
      `<html lang="en"><head><meta property="og:type" content="article"></head><body><article>
      ${para('One<br>two <b>bold</b><i>italic</i> <a href="#">link</a>.')}${para('Second.')}${para('Third.')}${para('Fourth.')}
      </article></body></html>`,
      dom,
    );
    const blocks = extractArticle(doc).blocks;
    expect(blocks[0]?.text.startsWith('One two bolditalic link.')).toBe(true);
    expect(blocks).toHaveLength(4);
  });
});

describe.each(DOMS)('paragraphs without <p> on %s', (dom) => {
  it('splits a text box on a double <br>, and drops its "Baca juga" line', () => {
    const line = (s: string) =>
      `${s} Menurut Kepala Dinas, perbaikan jalan akan selesai sebelum musim hujan tiba.`;
    const doc = parse(
      `<html lang="id"><head><meta property="og:type" content="article"></head><body>
      <nav class="menu"><a href="/">Beranda</a> <a href="/news">Berita</a></nav><div class="wrap"><div>Promo hari ini: diskon besar untuk pelanggan baru di seluruh toko kami.</div>
      <div class="isi">${line('Satu.')}<br><br>${line('Dua.')}<br>
      <br><strong>Baca juga:</strong> <a href="/x">Harga cabai turun</a><br><br>${line('Tiga.')}<br><br>${line('Empat.')}</div></div>
      </body></html>`,
      dom,
    );
    const texts = extractArticle(doc).blocks.map((b) => b.text);
    expect(texts).toEqual([line('Satu.'), line('Dua.'), line('Tiga.'), line('Empat.')]);
  });
});
