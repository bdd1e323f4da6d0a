/** The curated lists are plain data: sorted, unique, well-formed. */
import { describe, expect, it } from 'vitest';
import * as boilerplate from '@/utils/extract/boilerplate';
import { CONTENT_CLASSES } from '@/utils/extract/content-hints';
import { REPORTING_WORDS } from '@/utils/extract/news-cues';
import { REPORTING_WORDS as EN_REPORTING } from '@/utils/extract/lang/en';
import { REPORTING_WORDS as ID_REPORTING } from '@/utils/extract/lang/id';
import * as types from '@/utils/extract/page-types';
import { en } from '@/core/lang/en';
import { id } from '@/core/lang/id';

const LISTS: Record<string, readonly string[]> = {
  SKIP_TAGS: boilerplate.SKIP_TAGS,
  BLOCK_TAGS: boilerplate.BLOCK_TAGS,
  BOILERPLATE_CLASS_PARTS: boilerplate.BOILERPLATE_CLASS_PARTS,
  BOILERPLATE_CLASS_TOKENS: boilerplate.BOILERPLATE_CLASS_TOKENS,
  BOILERPLATE_TEXT_PREFIXES: boilerplate.BOILERPLATE_TEXT_PREFIXES,
  CONTENT_CLASSES,
  REPORTING_WORDS,
  EN_REPORTING,
  ID_REPORTING,
  NEWS_TYPES: types.NEWS_TYPES,
  GENERIC_ARTICLE_TYPES: types.GENERIC_ARTICLE_TYPES,
  NON_NEWS_TYPES: types.NON_NEWS_TYPES,
  NOT_NEWS_ARTICLE_TYPES: types.NOT_NEWS_ARTICLE_TYPES,
  OG_ARTICLE_TYPES: types.OG_ARTICLE_TYPES,
};

describe.each(Object.entries(LISTS))('%s', (_name, list) => {
  it('is non-empty, sorted and unique', () => {
    expect(list.length).toBeGreaterThan(0);
    expect([...list]).toEqual([...list].sort());
    expect(new Set(list).size).toBe(list.length);
  });
});

describe('well-formed entries', () => {
  it('tags are lower-case names', () => {
    for (const t of [...boilerplate.SKIP_TAGS, ...boilerplate.BLOCK_TAGS])
      expect(t).toMatch(/^[a-z][a-z0-9]*$/);
  });
  it('a tag is either skipped or a block boundary, never both', () => {
    const skip = new Set<string>(boilerplate.SKIP_TAGS);
    for (const t of boilerplate.BLOCK_TAGS) expect(skip.has(t)).toBe(false);
  });
  it('class parts are plain [a-z-] words (they are joined into a regex unescaped)', () => {
    for (const p of boilerplate.BOILERPLATE_CLASS_PARTS) expect(p).toMatch(/^[a-z][a-z-]*[a-z]$/);
    for (const p of boilerplate.BOILERPLATE_CLASS_TOKENS) expect(p).toMatch(/^[a-z][a-z-]*$/);
  });
  it('text prefixes are lower case and trimmed', () => {
    for (const p of boilerplate.BOILERPLATE_TEXT_PREFIXES) expect(p).toBe(p.toLowerCase().trim());
  });
  it('content classes are valid class names and reporting words plain lower-case words', () => {
    for (const c of CONTENT_CLASSES) expect(c).toMatch(/^[A-Z][\w-]*$/i);
    for (const w of REPORTING_WORDS) expect(w).toMatch(/^[a-z]+(?: [a-z]+)*$/);
  });
  it('schema.org types are PascalCase and the type lists do not overlap', () => {
    const all = [
      ...types.NEWS_TYPES,
      ...types.GENERIC_ARTICLE_TYPES,
      ...types.NON_NEWS_TYPES,
      ...types.NOT_NEWS_ARTICLE_TYPES,
    ];
    for (const t of all) expect(t).toMatch(/^[A-Z][A-Za-z]+$/);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('reporting words and the engine lexicon', () => {
  // news-cues.ts keeps its own short list (why: see its comment); it must not drift from the
  // engine's: each word, or a phrase's first word, is a cue, hedge, relay or source role there.
  const FIELDS = [
    'speakerVerbs',
    'inverseVerbs',
    'inverseVerbsAfterQuote',
    'cliticCues',
    'accordingTo',
    'relays',
    'hedges',
    'roles',
  ] as const;
  const known = new Set<string>();
  for (const pack of [en, id])
    for (const field of FIELDS)
      for (const phrase of pack[field]) known.add(phrase.split(' ')[0] as string);
  it.each([...REPORTING_WORDS])('%s', (word) =>
    expect(known.has(word.split(' ')[0] as string)).toBe(true),
  );
});

describe('boilerplate matchers', () => {
  it.each([
    'related-posts',
    'baca-juga',
    'most-read',
    'comments-area',
    'share-bar',
    'ad',
    'ad-slot',
    'cookie-banner',
    'newsletter',
    'byline',
    'author-box',
    'wp-caption-text',
    'nav',
    'sr-only',
  ])('"%s" is boilerplate', (name) => {
    expect(boilerplate.isBoilerplateName(name)).toBe(true);
  });
  it.each([
    'article-body',
    'entry-content',
    'head',
    'download',
    'story',
    'detail__body-text',
    'hidden-xs',
    'loaded',
    '',
  ])('"%s" is not', (name) => expect(boilerplate.isBoilerplateName(name)).toBe(false));
  it('labels are recognised at the start of a block only', () => {
    expect(boilerplate.isBoilerplateText('Baca juga: Harga cabai turun')).toBe(true);
    expect(boilerplate.isBoilerplateText('ADVERTISEMENT')).toBe(true);
    expect(boilerplate.isBoilerplateText('Dia mengatakan, baca juga laporan kami.')).toBe(false);
    expect(boilerplate.isBoilerplateText('More about:')).toBe(true);
    expect(boilerplate.isBoilerplateText('Analysts provided two theories:')).toBe(false);
  });
});
