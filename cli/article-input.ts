/** Turning an input's text into the engine's ArticleInput: pages via the shared extraction. */
import type { ArticleInput, Block } from '@/core/report';
import { collapseWhitespace } from '@/utils/extract/text';

export interface PageInput {
  input: ArticleInput;
  /** Extraction signals (HTML only), for --verbose style debugging. */
  signals: string[];
}

/** HTML is parsed with linkedom (no scripts run, nothing fetched) and extracted by utils/extract. */
export async function htmlToInput(html: string, file: string, url: string | null): Promise<PageInput> {
  const [{ parseHTML }, { extractArticle, toArticleInput }] = await Promise.all([
    import('linkedom'),
    import('@/utils/extract/extract'),
  ]);
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document, url ? { url } : {});
  return { input: toArticleInput(article, file), signals: article.signals };
}

const PARAGRAPH_BREAK = /\r?\n[ \t]*(?:\r?\n[ \t]*)+/;
// A full stop, question or exclamation mark, possibly inside closing quotes or brackets: a
// headline ending in a quoted phrase ("... new 'underwater strategic weapon'") is no sentence.
const SENTENCE_END = /[.!?…]["”'’)]*$/;
const MAX_TITLE_CHARS = 160;

/**
 * Plain text: paragraphs are separated by blank lines. A short first paragraph without
 * closing punctuation is the headline (the title), not body text. Text is an article.
 */
export function textToInput(text: string, file: string, url: string | null): PageInput {
  const paragraphs = text
    .split(PARAGRAPH_BREAK)
    .map(collapseWhitespace)
    .filter((p) => p !== '');
  let title: string | null = null;
  const first = paragraphs[0];
  if (paragraphs.length > 1 && first !== undefined && first.length <= MAX_TITLE_CHARS && !SENTENCE_END.test(first)) {
    title = first;
    paragraphs.shift();
  }
  const blocks: Block[] = paragraphs.map((p) => ({ text: p, type: 'p' }));
  return { input: { blocks, url, title, file, isArticle: true }, signals: ['text'] };
}
