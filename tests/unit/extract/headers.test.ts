/**
 * A <header> inside the story: the story's own header (headline, byline, date, lead image) is
 * left out, but one that holds only prose is the story's summary and is kept.
 */
import { describe, expect, it } from 'vitest';
import { walkBlocks } from '@/utils/extract/walk';
import { DOMS, parse } from './dom';

const STORY = [
  'The county opened two new cooling centres on Tuesday as the heat wave entered its fifth day.',
  'Health officials said emergency visits for heat illness had doubled since the weekend.',
  'The centres will stay open until temperatures fall below 30 degrees, the county said.',
];
const SUMMARY =
  'County officials say the heat wave has already sent twice the usual number of people to hospital this week';

function blocksOf(header: string, dom: (typeof DOMS)[number]): string[] {
  const html = `<html><body><article>${header}${STORY.map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;
  const root = parse(html, dom).querySelector('article')!;
  return walkBlocks(root).blocks.map((b) => b.text);
}

describe.each(DOMS)('headers inside the story on %s', (dom) => {
  it('keeps a header of plain prose as the first block', () => {
    expect(blocksOf(`<header>${SUMMARY}</header>`, dom)).toEqual([SUMMARY, ...STORY]);
  });

  it.each([
    ['a headline', `<header><h2>Heat wave</h2>${SUMMARY}</header>`],
    ['a date', `<header><time datetime="2024-07-02">2 July 2024</time> ${SUMMARY}</header>`],
    ['a byline box', `<header><address>By Rosa Delgado</address> ${SUMMARY}</header>`],
    ['an image', `<header><img src="heat.jpg" alt="">${SUMMARY}</header>`],
    ['only a few words', '<header>Updated with new figures from the county</header>'],
  ])('leaves out a header with %s', (_, header) => {
    expect(blocksOf(header, dom)).toEqual(STORY);
  });
});
