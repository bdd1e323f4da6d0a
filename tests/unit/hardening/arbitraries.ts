/**
 * Adversarial inputs for the engine, shared by the quick property tests (`npm test`) and the
 * long nightly-style run (`npm run fuzz`). What a hostile or simply broken page can hand us:
 * any Unicode (lone surrogates included), right-to-left text and bidi controls, zero-width
 * characters, unbalanced and deeply nested quotes, sentences with no end, punctuation storms,
 * and the engine's own cue words in every wrong place.
 */
import fc from 'fast-check';
import { BLOCK_TYPES, type ArticleInput, type Block } from '@/core/report';

/** Any UTF-16 code unit, so lone surrogates and unassigned code points appear too. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u034F'];
const BIDI = [
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061C',
];
const QUOTES = [
  '"',
  "'",
  '\u201C',
  '\u201D',
  '\u2018',
  '\u2019',
  '\u00AB',
  '\u00BB',
  '\u201E',
  '\u201A',
  '\u300C',
  '\u300D',
  '\u2039',
  '\u203A',
  '`',
  '\u00B4',
];
const PUNCT = [
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '\u2026',
  '...',
  '-',
  '\u2013',
  '\u2014',
  '(',
  ')',
  '[',
  ']',
  '\u3002',
  '\u061F',
  '\u0964',
  '\n',
  '\t',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u00A0',
  '\u3000',
];
/** Cue words, sources and abbreviations from both languages: the lexicons' own triggers. */
const WORDS = [
  'said',
  'says',
  'told',
  'according to',
  'reportedly',
  'allegedly',
  'officials',
  'a senior official',
  'sources said',
  'told Reuters',
  'state media',
  'KCNA',
  'the ambassador',
  'he said',
  'she added',
  'they',
  'it is rumored',
  'claimed',
  'menurut',
  'kata',
  'ujarnya',
  'katanya',
  'ungkapnya',
  'dikabarkan',
  'disebut',
  'dilansir',
  'mengutip',
  'para pejabat AS',
  'media pemerintah',
  'seorang sumber',
  'sumber lain',
  'khawatir bahwa',
  'menyampaikan hal ini',
  'Antara',
  '-nya',
  'Mr.',
  'Dr.',
  'U.S.',
  'e.g.',
  'No.',
  'Jl.',
  'Rp129',
  '3.5',
  '1,000',
  'Jo Sun-hae',
  'Sergei Petrov',
  'Maria Lindqvist',
  'Kementerian Luar Negeri',
  'White House',
  'BBC',
  'Xinhua',
  'RT',
  'Reuters',
  'AP',
  'the report',
  'a statement',
  '\u0642\u0627\u0644 \u0627\u0644\u0645\u062A\u062D\u062F\u062B',
  '\u05D0\u05DE\u05E8 \u05D4\u05E9\u05E8',
  '\u8BF4',
  '\u6DB4',
  '\uD83D\uDE00',
  '\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67',
  'e\u0301',
  'A\u030A\u0301\u0302\u0303',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${x}',
  '\\',
  '\0',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...ZERO_WIDTH, ...BIDI) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '  ') },
);

/** Sentence-ish soup of cue words, quotes, punctuation and random Unicode. */
export const soupText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

/** Size knobs for the pathological shapes; the long run raises them. */
export interface Sizes {
  /** Length of the "sentence that never ends". */
  longSentence: number;
  /** Number of repeated punctuation marks. */
  punctuationStorm: number;
  /** Depth of nested quotes. */
  nesting: number;
}

export const QUICK_SIZES: Sizes = {
  longSentence: 20_000,
  punctuationStorm: 50_000,
  nesting: 2_000,
};
export const LONG_SIZES: Sizes = {
  longSentence: 100_000,
  punctuationStorm: 1_000_000,
  nesting: 10_000,
};

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length);
}

/** One huge pathological block: the shapes that make naive regexes and loops blow up. */
export function pathologicalText(sizes: Sizes): fc.Arbitrary<string> {
  const n = fc.integer({ min: 1, max: 1 });
  return fc.oneof(
    // A 100k-character sentence with cue words but no full stop.
    fc
      .tuple(soupText, n)
      .map(([seed]) =>
        repeatTo(`${seed.replace(/[.!?\u3002]/g, '')} said officials and `, sizes.longSentence),
      ),
    // Millions of punctuation marks, alone or around a cue.
    fc
      .constantFrom('.', '!', '?', ',', '"', '\u201C', '-', '\u2026', '. ', '"said" ')
      .map((mark) => repeatTo(mark, sizes.punctuationStorm)),
    // Unbalanced quotes: opens without closes, closes without opens.
    fc
      .constantFrom('"', '\u201C', '\u2018', '\u00AB', '\u201D')
      .map((q) => repeatTo(`${q}menurut pejabat `, sizes.longSentence)),
    // Deeply nested quotes that do close.
    fc
      .constantFrom(['\u201C', '\u201D'], ['\u2018', '\u2019'], ['"', '"'], ['\u00AB', '\u00BB'])
      .map(
        ([open, close]) =>
          `${open.repeat(sizes.nesting)}he said it was true${close.repeat(sizes.nesting)}, said the minister.`,
      ),
    // Zero-width and bidi characters between every letter of a cue sentence.
    fc
      .constantFrom(...ZERO_WIDTH, ...BIDI)
      .map((mark) =>
        repeatTo([...'According to state media, officials said. '].join(mark), sizes.longSentence),
      ),
    // Whitespace-only and space storms (collapse and offset code).
    fc.constantFrom(' ', '\n', '\u00A0', '\t \n').map((ws) => repeatTo(ws, sizes.longSentence)),
    // Capitalised words forever: name and organisation spotting with nothing else.
    fc.constant(repeatTo('Ambassador Jo Sun-hae Of The Ministry ', sizes.longSentence)),
  );
}

const block = (text: fc.Arbitrary<string>): fc.Arbitrary<Block> =>
  fc.record({ text, type: fc.constantFrom(...BLOCK_TYPES) });

const junkString = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 40 }),
  fc.webUrl(),
  fc.constantFrom('', 'javascript:alert(1)', 'http://', 'https://kcna.kp/x', '::::'),
);

/** A whole engine input: everyday soup, with optional page metadata that may be junk. */
export function articleInput(
  text: fc.Arbitrary<string> = soupText,
  maxBlocks = 12,
): fc.Arbitrary<ArticleInput> {
  return fc.record(
    {
      blocks: fc.array(block(text), { maxLength: maxBlocks }),
      url: fc.option(junkString, { nil: null }),
      langHint: fc.option(
        fc.constantFrom('en', 'id', 'en-US', 'id-ID', 'ar', 'zh', '', 'xx-\u202E'),
        { nil: null },
      ),
      title: fc.option(text, { nil: null }),
      credits: fc.array(text, { maxLength: 3 }),
      isArticle: fc.boolean(),
    },
    { requiredKeys: ['blocks'] },
  );
}

/** An input with one pathological block among ordinary ones. */
export function pathologicalInput(sizes: Sizes): fc.Arbitrary<ArticleInput> {
  return fc
    .tuple(fc.array(block(soupText), { maxLength: 3 }), block(pathologicalText(sizes)), fc.nat(3))
    .map(([blocks, bad, at]) => {
      const all = [...blocks];
      all.splice(Math.min(at, all.length), 0, bad);
      return { blocks: all };
    });
}

export function inputChars(input: ArticleInput): number {
  return input.blocks.reduce((n, b) => n + b.text.length, 0) + (input.title?.length ?? 0);
}
