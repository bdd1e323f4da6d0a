/**
 * Captions and photo credits, kept aside from the body: "Kim Jong Un dan Sergei
 * ShoiguKCNA" carries a KCNA credit the report mentions, but it is not a claim.
 */
import { isHidden } from './walk';
import { collapseWhitespace } from './text';

export const CREDIT_SELECTOR =
  'figcaption, .caption, .wp-caption-text, [class*="caption"], [class*="credit"], [class*="photo-source"]';
const MAX_CREDITS = 20;
const MAX_CREDIT_CHARS = 300;
/** Ad slots and hidden boxes carry captions that are not the story's. */
const NOT_STORY = 'aside, [class*="advert"], [hidden], [aria-hidden="true"]';

export function collectCredits(root: Element): string[] {
  const scope = root.closest('article') ?? root;
  const found = scope.querySelectorAll(CREDIT_SELECTOR);
  const credits: string[] = [];
  for (let i = 0; i < found.length && credits.length < MAX_CREDITS; i++) {
    const el = found[i];
    if (!el || isHidden(el) || el.closest(NOT_STORY)) continue;
    const text = collapseWhitespace(el.textContent ?? '').slice(0, MAX_CREDIT_CHARS);
    if (text === '') continue;
    // Nested matches (a credit inside its caption) give the same words twice.
    if (credits.some((c) => c.includes(text) || text.includes(c))) continue;
    credits.push(text);
  }
  return credits;
}
