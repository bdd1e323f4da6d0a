/**
 * Class names news sites give their story body, as plain data (sorted, unique).
 * A hint is only taken when it holds real paragraph text; otherwise the densest
 * paragraph container wins (root.ts). Matched as whole class tokens.
 */
export const CONTENT_CLASSES = [
  'article-body',
  'article-content',
  'article-text',
  'articleBody',
  'article__body',
  'article__content',
  'body-text',
  'caas-body',
  'content-body',
  'detail-text',
  'detail__body-text',
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
