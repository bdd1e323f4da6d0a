/** Test helper: the same HTML as a linkedom (CLI) and a happy-dom (browser-like) Document. */
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type DomName = 'linkedom' | 'happy-dom';
export const DOMS: DomName[] = ['linkedom', 'happy-dom'];

export function parse(html: string, dom: DomName): Document {
  if (dom === 'linkedom') return parseHTML(html).document as unknown as Document;
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export const FIXTURE_PAGES = join(import.meta.dirname, '../../fixtures/pages');

export interface Expected {
  isArticle: boolean;
  title?: string;
  langHint?: string | null;
  url?: string | null;
  blocks?: { type: string; text: string }[];
  credits?: string[];
  /** Signals the page must show, each as the start of one: "-first-person", "not-article:language". */
  signals?: string[];
}

export function fixtureCases(): { name: string; html: string; expected: Expected }[] {
  return readdirSync(FIXTURE_PAGES)
    .sort()
    .map((name) => ({
      name,
      html: readFileSync(join(FIXTURE_PAGES, name, 'source.html'), 'utf8'),
      expected: JSON.parse(
        readFileSync(join(FIXTURE_PAGES, name, 'expected.json'), 'utf8'),
      ) as Expected,
    }));
}
