/**
 * schema.org and Open Graph types, as plain data (sorted, unique; see the data test).
 * A news type is a strong yes; a type of some other kind of page is a strong no.
 */

/** schema.org types of news reporting. */
export const NEWS_TYPES = [
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'NewsArticle',
  'ReportageNews',
] as const;

/** schema.org types that are articles but not necessarily news (blogs use them too). */
export const GENERIC_ARTICLE_TYPES = ['Article', 'BlogPosting', 'Report'] as const;

/**
 * schema.org article types that say "not news reporting": a review, an opinion piece, satire,
 * a paper. Not a gate "no" (a review is still an article page): a sign against in is-article.ts.
 * BlogPosting is not here: news sites on common blog engines declare it for every story.
 */
export const NOT_NEWS_ARTICLE_TYPES = [
  'CriticReview',
  'OpinionNewsArticle',
  'Review',
  'SatiricalArticle',
  'ScholarlyArticle',
] as const;

/** schema.org types of pages that are not news articles. */
export const NON_NEWS_TYPES = [
  'AboutPage',
  'Book',
  'Chapter',
  'CollectionPage',
  'ContactPage',
  'Course',
  'DiscussionForumPosting',
  'FAQPage',
  'HowTo',
  'ItemList',
  'Movie',
  'Product',
  'ProfilePage',
  'QAPage',
  'Recipe',
  'SearchResultsPage',
  'SocialMediaPosting',
  'SoftwareApplication',
  'TechArticle',
] as const;

/** og:type values of a single article. Anything else declared (website, product, video...) is not. */
export const OG_ARTICLE_TYPES = ['article', 'news', 'news_article'] as const;
