// @vitest-environment happy-dom
/** Finding the engine's sentences again in a live DOM, under the extraction's whitespace rule. */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextIndex, locateSentences, rangeFor } from '@/utils/content-locate';

function setBody(html: string): void {
  document.body.innerHTML = html;
}

function find(sentence: string): string | null {
  const index = buildTextIndex(document.body);
  const [span] = locateSentences(index, [sentence]);
  if (!span) return null;
  const range = rangeFor(index, span, document);
  return range ? range.toString() : null;
}

describe('content-locate', () => {
  beforeEach(() => setBody(''));

  it('finds a sentence split over inline elements', () => {
    setBody(
      '<article><p>Intro.  <b>Menurut</b> media\n  pemerintah, <a href="#">Kim</a> tiba.</p></article>',
    );
    expect(find('Menurut media pemerintah, Kim tiba.')).toBe(
      'Menurut media\n  pemerintah, Kim tiba.',
    );
  });

  it('reads <br> as a space, drops soft hyphens and zero-width characters, treats NBSP as space', () => {
    setBody('<p>He said<br>it was\u00a0over, accord\u00ading to of\u200bficials.</p>');
    const got = find('He said it was over, according to officials.');
    expect(got?.replace(/[\u00ad\u200b]/g, '')).toBe(
      'He saidit was\u00a0over, according to officials.',
    );
  });

  it('skips script and style text', () => {
    setBody('<p>A <script>var x = "said B.";</script>said B.</p><style>p{}</style>');
    const index = buildTextIndex(document.body);
    expect(index.text).toBe('A said B.');
  });

  it('takes sentences in document order, so a repeated headline is not the body sentence', () => {
    setBody('<p>Officials said X.</p><p>Body. Officials said X.</p><p>Then Y said Z.</p>');
    const index = buildTextIndex(document.body);
    const spans = locateSentences(index, ['Body.', 'Officials said X.', 'Then Y said Z.']);
    expect(spans.map((s) => s?.start)).toEqual([18, 24, 42]);
    expect(index.text).toBe('Officials said X. Body. Officials said X. Then Y said Z.');
  });

  it('gives two claims of one sentence the same place, even when the sentence repeats later', () => {
    setBody(
      '<p>Kim said A, while Lee said B.</p><p>Other.</p><blockquote>Kim said A, while Lee said B.</blockquote>',
    );
    const index = buildTextIndex(document.body);
    const sentence = 'Kim said A, while Lee said B.';
    const spans = locateSentences(index, [sentence, sentence, 'Other.']);
    expect(spans[0]?.start).toBe(0);
    expect(spans[1]).toEqual(spans[0]);
    expect(spans[2]?.start).toBe(sentence.length + 1);
  });

  it('returns null for a sentence that is not in the page', () => {
    setBody('<p>Something else.</p>');
    expect(find('Not here.')).toBeNull();
  });

  it('stops at the character cap and says so', () => {
    setBody(`<p>${'word '.repeat(1000)}</p>`);
    const index = buildTextIndex(document.body, { maxChars: 100 });
    expect(index.truncated).toBe(true);
    expect(index.text.length).toBe(100);
  });

  it('never includes the excluded element (our own UI)', () => {
    setBody('<p>Story said A.</p><div id="ui">Legend</div>');
    const index = buildTextIndex(document.body, { exclude: document.getElementById('ui') });
    expect(index.text).toBe('Story said A.');
  });
});
