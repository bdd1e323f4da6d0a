/**
 * Captions and photo credits, kept aside from the body: "Kim Jong Un dan Sergei
 * ShoiguKCNA" carries a KCNA credit the report mentions, but it is not a claim.
 * The walk keeps the captions it skips inside the root; the lead image's caption often
 * sits above the body, in the story's <article>, so that one is looked at too.
 */
import { addCredit, isHidden } from './walk';

const MAX_LEAD_CAPTIONS = 10;

export function collectCredits(root: Element, fromWalk: readonly string[]): string[] {
  const credits = [...fromWalk];
  const article = root.closest('article');
  if (article && article !== root) {
    const captions = article.getElementsByTagName('figcaption');
    for (let i = 0; i < captions.length && i < MAX_LEAD_CAPTIONS; i++) {
      const caption = captions[i];
      if (caption && !isHidden(caption) && !caption.closest('aside')) addCredit(credits, caption);
    }
  }
  return credits;
}
