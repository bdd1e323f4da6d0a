/**
 * What is not the story, as plain data. Each list is sorted and unique
 * (tests/unit/extract/data.test.ts); the matchers are compiled once below.
 */

/** Elements whose whole subtree is never story text. */
export const SKIP_TAGS = [
  'address', // bylines ("<address class=byline>")
  'aside',
  'audio',
  'button',
  'canvas',
  'dialog',
  'embed',
  'figcaption', // kept aside as a credit
  'figure', // images, embeds and their captions
  'footer',
  'form', // comment forms, newsletter sign-up
  'header', // headline, byline and lead image (the headline becomes the title)
  'iframe',
  'img',
  'input',
  'label',
  'link',
  'math',
  'menu',
  'meta',
  'nav',
  'noscript',
  'object',
  'picture',
  'pre', // code listings
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
] as const;

/** Elements that start and end a block of text. */
export const BLOCK_TAGS = [
  'article',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
] as const;

/**
 * Substrings of a class or id that mark a box that is not the story: related links,
 * "baca juga", most-read lists, comments, share bars, ads, cookie and newsletter boxes,
 * bylines and author boxes, captions and credits.
 */
export const BOILERPLATE_CLASS_PARTS = [
  'advert',
  'also-read',
  'article-meta',
  'author',
  'baca-juga',
  'bacajuga',
  'banner',
  'breadcrumb',
  'byline',
  'caption',
  'comment',
  'consent',
  'cookie',
  'credit',
  'disqus',
  'footer',
  'gdpr',
  'legend',
  'lihat-juga',
  'masthead',
  'more-from',
  'more-stories',
  'morestories',
  'most-read',
  'mostpopular',
  'mostread',
  'navbar',
  'navigation',
  'newsletter',
  'next-story',
  'outbrain',
  'pagination',
  'paywall',
  'popular',
  'promo',
  'read-also',
  'read-more',
  'read-next',
  'readalso',
  'recirc',
  'recommend',
  'related',
  'reporter',
  'respond',
  'share',
  'sharing',
  'sidebar',
  'signup',
  'social',
  'sponsor',
  'stream',
  'subscribe',
  'taboola',
  'toolbar',
  'trending',
  'up-next',
  'upnext',
  'widget',
] as const;

/** Whole class/id tokens (split on anything but letters and digits) with the same meaning. */
export const BOILERPLATE_CLASS_TOKENS = [
  'ad',
  'ads',
  'adslot',
  'd-none',
  'hidden',
  'menu',
  'meta',
  'modal',
  'nav',
  'popup',
  'sr-only',
  'tags',
  'visually-hidden',
] as const;

/** Block text that is a label, not story ("Baca juga: ...", "Advertisement"). Lower case. */
export const BOILERPLATE_TEXT_PREFIXES = [
  '[ad_', // ad-slot markers left in saved wire copy ("[ad_1]")
  '[gambas',
  'advertisement',
  'artikel ini telah tayang',
  'baca juga',
  'baca selanjutnya',
  'baca:',
  'click here',
  'dapatkan update',
  'follow her on',
  'follow him on',
  'follow them on',
  'follow us',
  'iklan',
  'ikuti kami',
  'leave a reply',
  'lihat juga',
  'more on this story',
  'read also',
  'read more',
  'recommended:',
  'related coverage',
  'related:',
  'reviewed by',
  'saksikan video',
  'scroll to continue',
  'share this',
  'sign up for',
  'simak juga',
  'simak video',
  'subscribe to',
  'this article originally appeared',
  'this article was reprinted',
  'this story originally appeared',
  'tonton juga',
  'watch:',
] as const;

// The parts and tokens are plain [a-z-] words (checked by the data test), so they need
// no escaping. Fixed-word alternations behind a one-character boundary: linear time.
const PARTS_RE = new RegExp(BOILERPLATE_CLASS_PARTS.join('|'));
const SHORT_TOKENS = BOILERPLATE_CLASS_TOKENS.filter((t) => t.length <= 3);
// A whole token ("ad", "sr-only"), or a short one starting a dashed token ("ad-slot", "nav-top").
const TOKENS_RE = new RegExp(
  `(?:^|[^a-z0-9-])(?:(?:${BOILERPLATE_CLASS_TOKENS.join('|')})(?![a-z0-9-])|(?:${SHORT_TOKENS.join('|')})-)`,
);

/** True when a class/id string (lower-cased) names a non-story box. */
export function isBoilerplateName(name: string): boolean {
  return name !== '' && (PARTS_RE.test(name) || TOKENS_RE.test(name));
}

const PREFIX_CHARS = Math.max(...BOILERPLATE_TEXT_PREFIXES.map((p) => p.length));

/**
 * The prefixes as one anchored alternation: asked of every block, and one native match costs
 * a fresh page's unoptimized code far less than a startsWith() per prefix. Escaped ("[ad_").
 */
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PREFIXES_RE = new RegExp(`^(?:${BOILERPLATE_TEXT_PREFIXES.map(escape).join('|')})`);

/** "More about:", "Tags:": a label of at most three words ending in a colon. */
const SHORT_LABEL = /^(?:\S+\s){0,2}\S+:$/;

export function isBoilerplateText(text: string): boolean {
  if (text.length <= 40 && SHORT_LABEL.test(text)) return true;
  return PREFIXES_RE.test(text.slice(0, PREFIX_CHARS).toLowerCase());
}
