/**
 * Scientific and medical journals as sources: a journal speaking ("The Lancet reported", "the
 * journal Science said") is media, an outlet of the bundled registry; a study it published
 * stays a document ("a study published in The Lancet found"). Journal names that are also
 * ordinary words count only as cited sources. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { defaultRegistry } from '@/core/outlets';

/** [kind, source text] of the first claim, read with the bundled registry. */
function bundled(text: string) {
  const c = analyze({ blocks: [{ type: 'p', text }] }, { lang: 'en', registry: defaultRegistry })
    .claims[0];
  return c ? [c.source.kind, c.source.text] : null;
}

describe('journals of the bundled registry', () => {
  it.each([
    ['The Lancet reported that cholera cases had doubled in Velby.', 'The Lancet'],
    ['The Lancet said in an editorial that governments had failed.', 'The Lancet'],
    [
      'The journal Science reported that the storms were linked to warmer seas.',
      'The journal Science',
    ],
    ['According to the journal Nature, the storms have grown stronger.', 'the journal Nature'],
    [
      'The New England Journal of Medicine said the trial was flawed.',
      'The New England Journal of Medicine',
    ],
    ['The trial was flawed, the BMJ said in an editorial.', 'the BMJ'],
  ])('%s', (text, source) => {
    expect(bundled(text)).toEqual(['media', source]);
  });

  it.each([
    'A study published in The Lancet found that the vaccine cut deaths by half.',
    'A study published in Nature found that the reef had shrunk.',
  ])('a study the journal published is a document: %s', (text) => {
    expect(bundled(text)?.[0]).toBe('document');
  });

  it('an ordinary word that names a journal is no outlet alone', () => {
    const c = analyze(
      { blocks: [{ type: 'p', text: 'Nature teaches us patience, the gardener said.' }] },
      { lang: 'en', registry: defaultRegistry },
    ).claims[0];
    expect(c?.source.kind).not.toBe('media');
  });
});
