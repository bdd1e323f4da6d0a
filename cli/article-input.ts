/** Turning an input's text into the engine's ArticleInput: pages via the shared extraction. */
import type { ArticleInput, Block } from '@/core/report';
import { collapseWhitespace } from '@/utils/extract/text';
import { InputError } from './read-input';

export interface PageInput {
  input: ArticleInput;
  /** Extraction signals (HTML only), for --verbose style debugging. */
  signals: string[];
}

/**
 * HTML is parsed in one pass into the CLI's own small DOM (cli/dom: htmlparser2, nothing run
 * or fetched; nesting capped at 512 as browsers do, huge attributes cut, script text not kept)
 * and extracted by utils/extract, the code the extension runs on the live page. A parser
 * failure is this file's error, never the batch's.
 */
export async function htmlToInput(
  html: string | readonly string[],
  file: string,
  url: string | null,
): Promise<PageInput> {
  // Loaded on the first page only: a text file never pays for the HTML parser's start-up.
  const [{ parsePage }, { extractArticle, toArticleInput }] = await Promise.all([
    import('./dom/page'),
    import('@/utils/extract/extract'),
  ]);
  let page: ReturnType<typeof parsePage>;
  try {
    page = parsePage(html);
  } catch (error) {
    throw new InputError(`the HTML could not be parsed (${describe(error)})`);
  }
  // The parsed-file DOM implements the part of Document that extraction reads.
  const article = extractArticle(page.document as unknown as Document, url ? { url } : {});
  const signals = [...article.signals];
  if (page.flattened > 0) signals.push(`parse:flattened:${page.flattened}`);
  if (page.cutAttributes > 0) signals.push(`parse:cut-attributes:${page.cutAttributes}`);
  return { input: toArticleInput(article, file), signals };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
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
  if (
    paragraphs.length > 1 &&
    first !== undefined &&
    first.length <= MAX_TITLE_CHARS &&
    !SENTENCE_END.test(first)
  ) {
    title = first;
    paragraphs.shift();
  }
  const blocks: Block[] = paragraphs.map((p) => ({ text: p, type: 'p' }));
  return { input: { blocks, url, title, file, isArticle: true }, signals: ['text'] };
}
