import { describe, expect, it } from 'vitest';
import { getPack } from '@/core/lang';
import { splitSentences } from '@/core/sentences';

const split = (text: string, lang: 'en' | 'id' = 'en') =>
  splitSentences(text, {
    abbreviations: getPack(lang).abbreviations.words,
    numberAbbreviations: getPack(lang).numberAbbreviations.words,
    locale: lang,
  }).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['The U.S. Navy said so. Dr. Smith agreed.', ['The U.S. Navy said so.', 'Dr. Smith agreed.']],
    [
      'Mara Ellison of Dana T. Ellison Company agreed. Prices fell.',
      ['Mara Ellison of Dana T. Ellison Company agreed.', 'Prices fell.'],
    ],
    ['Shares rose 3.5 percent. Then they fell.', ['Shares rose 3.5 percent.', 'Then they fell.']],
    [
      '“I was shocked. It was low,” said Tyler. He left.',
      ['“I was shocked. It was low,” said Tyler.', 'He left.'],
    ],
    [
      'Who keeps the profit, the bakery or the café?” Farlow said. “Nobody knows.”',
      ['Who keeps the profit, the bakery or the café?” Farlow said.', '“Nobody knows.”'],
    ],
    // "No." abbreviates "number" only before a figure; "said no." ends its sentence.
    [
      'Asked if he would run, the mayor said no. But he said the port needs a leader.',
      ['Asked if he would run, the mayor said no.', 'But he said the port needs a leader.'],
    ],
    [
      'The ferry ranked No. 1 in Dunmore. Riders agreed.',
      ['The ferry ranked No. 1 in Dunmore.', 'Riders agreed.'],
    ],
  ])('en: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    [
      'Kantor di Jl. Sudirman No. 5 ditutup. Warga kecewa.',
      ['Kantor di Jl. Sudirman No. 5 ditutup.', 'Warga kecewa.'],
    ],
    [
      'H. M. Prasetyo hadir. Harga 14.000 rupiah.',
      ['H. M. Prasetyo hadir.', 'Harga 14.000 rupiah.'],
    ],
    ['"Apa? Kenapa?" tanya dia. Lalu pergi.', ['"Apa? Kenapa?" tanya dia.', 'Lalu pergi.']],
    [
      '"Angka itu besar. Terus naik tiap pekan," ujarnya. Dia pergi.',
      ['"Angka itu besar. Terus naik tiap pekan," ujarnya.', 'Dia pergi.'],
    ],
  ])('id: %s', (text, expected) => {
    expect(split(text, 'id')).toEqual(expected);
  });

  it('offsets point at the text', () => {
    const text = 'One. Two said Dr. Who. "Three. Four," he said.';
    for (const s of splitSentences(text, { abbreviations: new Set(['dr']) }))
      expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('an unclosed quotation does not swallow the paragraph', () => {
    const text = `"Start of a quote. ${'Another sentence here. '.repeat(40)}End.`;
    expect(split(text).length).toBeGreaterThan(20);
  });

  it('empty and blank text give no sentences', () => {
    expect(split('')).toEqual([]);
    expect(split('   ')).toEqual([]);
  });
});

describe('splitSentences on long text (the segmenter sees windows, not the whole string)', () => {
  const paragraph =
    'The minister said the plan would cost more. "We underestimated the walls," said Maria Lindqvist. ' +
    'According to the U.S. Navy, the port is open. Officials reportedly denied it. ';

  it('splits a long run of sentences exactly as it splits each one alone', () => {
    const alone = split(paragraph);
    const text = paragraph.repeat(200); // about 40,000 characters, many windows
    expect(split(text)).toEqual(Array.from({ length: 200 }, () => alone).flat());
  });

  it('keeps offsets right across window edges', () => {
    const text = paragraph.repeat(60);
    for (const s of splitSentences(text, { abbreviations: getPack('en').abbreviations.words })) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('a sentence with no end longer than a window comes back whole, losing no text', () => {
    const text = 'word '.repeat(3_000).trim(); // 15,000 characters, never a full stop
    expect(split(text)).toEqual([text]);
    const solid = '\u{1F600}'.repeat(3_000); // no space either: cut hard, never inside a pair
    expect(
      splitSentences(solid)
        .map((s) => s.text)
        .join(''),
    ).toBe(solid);
  });
});
