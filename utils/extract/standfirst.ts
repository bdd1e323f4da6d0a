/**
 * The standfirst (dek): the line under the headline that sums the story up. Sites put it in
 * the article's header, beside the headline, which the walk leaves out with the rest of the
 * header (bylines, dates); it is story text, and can carry a claim ("..., officials say").
 */
import { collapseWhitespace } from '@/core/text';

/** Where sites mark it: schema.org's description on an element, or a class saying so. */
const STANDFIRST_SELECTOR = [
  '[itemprop="description"]',
  '.standfirst',
  '.dek',
  '.article-dek',
  '.subheadline',
  '.sub-headline',
  '.article-subtitle',
].join(', ');
const MIN_CHARS = 30;
const MAX_CHARS = 400;
/** Only the first few marked elements are looked at: the dek sits near the top. */
const MAX_CANDIDATES = 3;

/**
 * The standfirst's text when it sits outside the story root, beside the headline (its parent
 * holds an <h1>) and reads as a sentence; null otherwise.
 */
export function findStandfirst(doc: Document, root: Element, title: string | null): string | null {
  const found = doc.querySelectorAll(STANDFIRST_SELECTOR);
  for (let i = 0; i < found.length && i < MAX_CANDIDATES; i++) {
    const el = found[i];
    // A <meta itemprop="description"> is metadata, not text on the page.
    if (!el || el.localName === 'meta' || root.contains(el) || el.contains(root)) continue;
    if (!el.parentElement?.getElementsByTagName('h1').length) continue;
    const text = collapseWhitespace(el.textContent ?? '');
    if (text.length < MIN_CHARS || text.length > MAX_CHARS || text === title) continue;
    return text;
  }
  return null;
}
