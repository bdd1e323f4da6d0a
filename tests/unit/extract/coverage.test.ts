/**
 * Extraction coverage on the team's own fixture pages: Sumber keeps what Mozilla Readability
 * reads as the article (bench/lib/coverage.ts, the same comparison `npm run coverage:extract`
 * runs over the shared corpus), and what it leaves out is captions, link lists and labels.
 */
import { describe, expect, it } from 'vitest';
import { isBylineLine, measureCoverage, normalize, splitForCoverage } from '@/bench/lib/coverage';
import { fixtureCases } from './dom';

// 'hostile' holds <template> and hidden text that Readability reads and Sumber must not.
const news = fixtureCases().filter((c) => c.expected.isArticle && c.name !== 'hostile');

describe('extraction coverage against Readability', () => {
  it('splits and normalizes sentences the same way on both sides', () => {
    expect(normalize('“Fine,” she said — on Monday.')).toBe('fine she said on monday');
    expect(
      splitForCoverage('One two three four. Five six seven eight!\nNine ten eleven twelve'),
    ).toEqual(['one two three four', 'five six seven eight', 'nine ten eleven twelve']);
  });

  it.each(news)('$name keeps at least 0.97 of the story', ({ html }) => {
    const coverage = measureCoverage(html);
    expect(coverage.sentences).toBeGreaterThan(0);
    expect(coverage.share, coverage.lost.join(' | ')).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps the lead of wire copy written as <span id=x/> runs', () => {
    const page = news.find((c) => c.name === 'en-wire-span-runs');
    const coverage = measureCoverage(page?.html ?? '');
    expect(coverage.lost).toEqual([]);
    expect(coverage.kept).toBe(coverage.sentences);
  });

  it('reports a sentence left in a box named as not-story as set aside, not as kept', () => {
    const html =
      '<html><body><article><h1>T</h1>' +
      '<p>The first paragraph of the story says one thing about the weather in the valley.</p>' +
      '<p>The second paragraph says another thing about the roads over the pass this week.</p>' +
      '<div class="share"><p>The third paragraph is story text hidden in a misnamed box by the site.</p></div>' +
      '</article></body></html>';
    const coverage = measureCoverage(html);
    expect(coverage.setAside).toBe(1);
    expect(coverage.kept).toBe(2);
    expect(coverage.sentences).toBe(2);
  });

  it('takes short byline and date lines for labels, never story sentences', () => {
    expect(isBylineLine(normalize('3/4/2015 9:10 AM PST BY HARBOUR DESK'))).toBe(true);
    expect(isBylineLine(normalize('By Jane Roe and Sam Poe'))).toBe(true);
    expect(
      isBylineLine(normalize('The barge was hit by a wave in 2015, the harbour master said.')),
    ).toBe(false);
    expect(isBylineLine(normalize('In 2015 the pier was rebuilt by the city.'))).toBe(false);
    expect(
      isBylineLine(normalize('Crews expect to refloat the barge at high tide on Saturday.')),
    ).toBe(false);
  });
});
