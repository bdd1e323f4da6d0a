/** The page gate: its rule on facts, and on whole pages in both DOMs. */
import { describe, expect, it } from 'vitest';
import {
  classifyGate,
  quickArticleCheck,
  readGateFacts,
  type GateFacts,
} from '@/utils/extract/gate';
import { DOMS, fixtureCases, parse } from './dom';

const base: GateFacts = {
  ldTypes: [],
  microdata: [],
  ogType: null,
  published: false,
  articleElements: 0,
  articleBody: false,
  paragraphs: 10,
  breaks: 0,
};
const facts = (f: Partial<GateFacts>): GateFacts => ({ ...base, ...f });

describe('classifyGate', () => {
  it('takes a schema.org news type at its word', () => {
    expect(classifyGate(facts({ ldTypes: ['NewsArticle'] }))).toBe('news-type');
    expect(classifyGate(facts({ microdata: ['ReportageNews'], ogType: 'website' }))).toBe(
      'news-type',
    );
  });
  it('says no to other declared page types unless an article type is beside them', () => {
    expect(classifyGate(facts({ ldTypes: ['HowTo'] }))).toBe('other-type');
    expect(
      classifyGate(facts({ ldTypes: ['SocialMediaPosting'], ogType: 'tumblr-feed:entry' })),
    ).toBe('other-type');
    expect(classifyGate(facts({ ogType: 'website', articleElements: 12 }))).toBe('other-type');
    expect(classifyGate(facts({ microdata: ['Article', 'VideoObject'], ogType: 'article' }))).toBe(
      'markup',
    );
  });
  it('needs article markup and some paragraphs, or many paragraphs', () => {
    expect(classifyGate(facts({ ogType: 'article' }))).toBe('markup');
    expect(classifyGate(facts({ articleElements: 1, paragraphs: 3 }))).toBe('none');
    expect(classifyGate(facts({ paragraphs: 4 }))).toBe('none');
    expect(classifyGate(facts({ paragraphs: 5 }))).toBe('prose');
    // A story written as lines in one <p>: its line breaks stand in for paragraphs.
    expect(classifyGate(facts({ articleElements: 1, paragraphs: 1, breaks: 7 }))).toBe('none');
    expect(classifyGate(facts({ articleElements: 1, paragraphs: 1, breaks: 8 }))).toBe('markup');
    expect(classifyGate(facts({ paragraphs: 1, breaks: 40 }))).toBe('none');
  });
});

describe.each(DOMS)('quickArticleCheck on %s', (dom) => {
  const cases = fixtureCases();
  it.each(cases)('$name', ({ name, html, expected }) => {
    const gate = quickArticleCheck(parse(html, dom));
    // The gate may let a non-article through to the extraction (docs-page has <article>), never the reverse.
    if (expected.isArticle) expect(gate.article).toBe(true);
    if (name === 'home-page') expect(gate.article).toBe(false);
    expect(gate.signals.at(-1)).toMatch(/^gate:/);
  });

  it('reads JSON-LD types, microdata and meta tags', () => {
    const doc = parse(
      `<html><head>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":["WebPage"]},{"@type":"NewsArticle"}]}</script>
      <meta property="og:type" content="Article"><meta property="article:published_time" content="2024-01-01">
      </head><body><div itemscope itemtype="https://schema.org/Person"></div><article itemprop="articleBody"><p>a</p></article></body></html>`,
      dom,
    );
    expect(readGateFacts(doc)).toEqual({
      ldTypes: ['WebPage', 'NewsArticle'],
      microdata: ['Person'],
      ogType: 'article',
      published: true,
      articleElements: 1,
      articleBody: true,
      paragraphs: 1,
      breaks: 0,
    });
  });

  it('does not choke on broken or huge JSON-LD', () => {
    const huge = `{"@type":"WebPage","text":"${'x'.repeat(200_000)}"} {"@type":"NewsArticle"}`;
    const doc = parse(
      `<html><head><script type="application/ld+json">{"@type": "NewsArt</script><script type="application/ld+json">${huge}</script></head><body><p>a</p></body></html>`,
      dom,
    );
    expect(readGateFacts(doc).ldTypes).toEqual(['WebPage']);
  });
});
