/**
 * Class names news sites give their story body, as plain data (sorted, unique).
 * A hint is only taken when it holds real paragraph text; otherwise the densest
 * paragraph container wins (root.ts).
 */
export const CONTENT_CLASSES = [
  'article-body',
  'article-content',
  'article-text',
  'article__body',
  'article__content',
  'articleBody',
  'body-text',
  'caas-body',
  'content-body',
  'detail__body-text',
  'detail-text',
  'entry-content',
  'itp_bodycontent',
  'post-body',
  'post-content',
  'read__content',
  'story-body',
  'story-content',
  'story-text',
  'zn-body__paragraph',
] as const;

export const CONTENT_SELECTOR = [
  '[itemprop="articleBody"]',
  ...CONTENT_CLASSES.map((c) => `.${c}`),
].join(', ');
