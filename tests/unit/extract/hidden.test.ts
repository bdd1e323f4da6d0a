/**
 * Hidden text in the CLI (no stylesheet, no layout): what the markup says on its own is
 * decided statically - the hidden attribute, inline styles that hide, a closed <details>.
 * (Stylesheet tricks are the browser's: tests/e2e/hidden-text.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { isHidden, walkBlocks } from '@/utils/extract/walk';
import { DOMS, parse } from './dom';

const VISIBLE = [
  'The harbour master said the channel would reopen to small boats on Friday morning.',
  'Fishermen told reporters they had lost a week of work because of the closure.',
  'The port authority said dredging would continue until the end of the month.',
];

function page(hidden: string): string {
  return `<html><body><article><h1>Channel to reopen</h1>${VISIBLE.map((t) => `<p>${t}</p>`).join('')}${hidden}</article></body></html>`;
}

describe.each(DOMS)('statically hidden text on %s', (dom) => {
  it.each([
    ['the hidden attribute', '<p hidden>Inspector Nora Vale said the wreck had been removed.</p>'],
    [
      'inline display:none',
      '<p style="display: none">Inspector Nora Vale said the wreck had been removed.</p>',
    ],
    [
      'inline opacity:0',
      '<p style="opacity:0;">Inspector Nora Vale said the wreck had been removed.</p>',
    ],
    [
      'inline font-size:0',
      '<p style="font-size: 0px">Inspector Nora Vale said the wreck had been removed.</p>',
    ],
    [
      'an off-screen offset',
      '<p style="position:absolute; left:-9999px">Inspector Nora Vale said the wreck had been removed.</p>',
    ],
    [
      'a closed <details>',
      '<details><summary>More</summary><p>Inspector Nora Vale said the wreck had been removed.</p>Inspector Nora Vale said so.</details>',
    ],
  ])('leaves out %s', (_name, hidden) => {
    const article = extractArticle(parse(page(hidden), dom));
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).not.toContain('Nora Vale');
    for (const t of VISIBLE) expect(text).toContain(t);
  });

  it('reads an open <details> and a faded but visible paragraph', () => {
    const shown =
      '<details open><summary>More</summary><p>Inspector Nora Vale said the wreck had been removed.</p></details>' +
      '<p style="opacity:0.5">Diver Omar Reyes said the water was clear.</p>';
    const text = extractArticle(parse(page(shown), dom))
      .blocks.map((b) => b.text)
      .join('\n');
    expect(text).toContain('Nora Vale');
    expect(text).toContain('Omar Reyes');
  });
});

describe('the walk asks a browser about each block', () => {
  it('leaves out the blocks the visibility check rejects, and counts them', () => {
    const doc = parse(
      page('<p class="x">Inspector Nora Vale said the wreck had been removed.</p>'),
      'happy-dom',
    );
    const root = doc.getElementsByTagName('article')[0] as Element;
    const walked = walkBlocks(root, { isVisible: (el) => el.getAttribute('class') !== 'x' });
    expect(walked.blocks.map((b) => b.text)).toEqual(VISIBLE);
    expect(walked.hidden).toBe(1);
  });

  it('keeps inline styles that do not hide', () => {
    const el = parse(
      '<p style="opacity: 0.9; font-size: 0.9em; left: -20px">x</p>',
      'linkedom',
    ).getElementsByTagName('p')[0] as Element;
    expect(isHidden(el)).toBe(false);
  });
});

describe.each(DOMS)('an inline icon label on %s', (dom) => {
  it('is left out of the sentence it sits in, whose words stay', () => {
    const link =
      '<p>The dock company <a href="#" title="Opens a new window">said<span class="external-link-icon">Opens a new window </span></a> that the cranes were old.</p>';
    const text = extractArticle(parse(page(link), dom))
      .blocks.map((b) => b.text)
      .join('\n');
    expect(text).toContain('The dock company said that the cranes were old.');
  });

  it('keeps a class that only contains the letters ("silicon-valley")', () => {
    const span = '<p>Dana Kort of <span class="silicon-valley">Lakeside</span> said so.</p>';
    const text = extractArticle(parse(page(span), dom))
      .blocks.map((b) => b.text)
      .join('\n');
    expect(text).toContain('Dana Kort of Lakeside said so.');
  });
});
