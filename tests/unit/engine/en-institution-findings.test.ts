/** A document's word naming what an institution does ("the state audit office", "a data
 * analysis firm", "Statistics Norland"): the institution is the subject of its finding, not
 * a document. A document with its maker after it stays a document. Sentences are written
 * for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('institutions named by their trade', () => {
  it.each([
    [
      'The state audit office found that funds were misused.',
      'The state audit office',
      'official_body',
    ],
    ['A data analysis firm found that sales fell.', 'A data analysis firm', 'organization'],
    ['Statistics Canada said unemployment rose in May.', 'Statistics Canada', 'official_body'],
    ['According to Statistics Norway, unemployment rose.', 'Statistics Norway', 'official_body'],
    ['Unemployment rose, Statistics Canada said on Friday.', 'Statistics Canada', 'official_body'],
  ])('%s', (text, source, kind) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
  });

  it.each([
    [
      'The report by the Harbor Labor Association found that wages fell.',
      'The report by the Harbor Labor Association',
    ],
    ['A Dorrance Institute study found that rents rose.', 'A Dorrance Institute study'],
    ['A study by Delmar University found that the dunes shrank.', 'A study by Delmar University'],
    ['The statistics office data showed that unemployment rose.', 'The statistics office data'],
  ])('a document with its maker stays a document: %s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('document');
  });

  it("a firm's national branch stays a firm", () => {
    expect(onlyClaim('Greenpeace Canada said the fire was set.', 'en')?.source.kind).toBe(
      'organization',
    );
  });
});
