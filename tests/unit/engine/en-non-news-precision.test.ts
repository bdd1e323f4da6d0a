/** Phrasings of blogs, reviews, essays, fiction and reference pages that look like reporting
 * cues but report no one's words: a story or "everything" told, "according to" a custom, a
 * page speaking of itself, a book's title after a colon, declaring war, nominal "claims to",
 * "insisted upon" a thing, "so ... that" after "told of". Sentences are written for these
 * tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('no claim', () => {
  it.each([
    'As it tells the old couple’s story, the film turns dark in Lowick.',
    'The show told a tale of two brothers who ran a mill in Dunmore.',
    'According to the custom of the valley, the doors were left open.',
    'According to tradition, the bells of Lowick ring at noon.',
    'This post explains why the build is slow on old laptops.',
    'This chapter describes how the mill in Dunmore was run.',
    'In 1972 she wrote the first of her books on knots: Knots for Sailors, published in Lowick.',
    'The duke declared war on the valley in the spring of 1402.',
    'Farmers declared independence from the old guild in 1890.',
    'Tenant claims to the riverbank have proved hard to settle in Lowick.',
    'Sailors told of a storm so fierce that it sank ten boats off Lowick.',
    'I am certain your neighbours told you everything worth knowing about Lowick.',
    'But no; he insisted upon his walk along the river at noon.',
    'The mill owner lived in Lowick and wrote several books about sailing knots.',
  ])('%s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });
});

describe('still a claim', () => {
  it.each([
    ['The mayor told the Lowick Story the bridge would reopen.', 'The mayor'],
    ['Tamsin Orr told a reporter the story was false.', 'Tamsin Orr'],
    ['According to the guild, the doors were left open.', 'the guild'],
    ['This report, Orr says, shows the mill was unsafe.', 'Orr'],
    ['She wrote a post: the mill in Lowick will close in May.', 'She'],
    ['The board declared the plan a failure on Monday.', 'The board'],
    ['The mayor told me nothing was wrong with the bridge in Lowick.', 'The mayor'],
    ['The guard told of a fire that had started in the mill.', 'The guard'],
    ['His obituary called him "the finest knot maker in the valley."', 'His obituary'],
    ['Orr wrote several times that the mill was unsafe.', 'Orr'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
  });

  it('keeps a quotation after a book and a colon', () => {
    const c = onlyClaim('Orr wrote in the book: "The mill was never safe."', 'en');
    expect(c?.source.text).toBe('Orr');
  });
});
