/** News article or not: gate evidence plus the story the extraction found. */
import { describe, expect, it } from 'vitest';
import { decideIsArticle } from '@/utils/extract/is-article';
import { countReportingWords, startsWithDateline } from '@/utils/extract/news-cues';

const story = { storyBlocks: 8, storyChars: 4000, cues: 0 };

describe('decideIsArticle', () => {
  it('needs a story of some length whatever the markup', () => {
    expect(decideIsArticle('news-type', { storyBlocks: 2, storyChars: 4000, cues: 9 }, null).article).toBe(false);
    expect(decideIsArticle('news-type', { storyBlocks: 5, storyChars: 300, cues: 9 }, null).article).toBe(false);
  });
  it('trusts a news type, refuses other page types', () => {
    expect(decideIsArticle('news-type', story, null)).toEqual({ article: true, why: 'article:news-type' });
    expect(decideIsArticle('other-type', { ...story, cues: 40 }, null).article).toBe(false);
    expect(decideIsArticle('none', { ...story, cues: 40 }, null).article).toBe(false);
  });
  it('asks article markup for reporting prose or a news address', () => {
    expect(decideIsArticle('markup', story, null).article).toBe(false);
    expect(decideIsArticle('markup', { ...story, cues: 2 }, null).article).toBe(true);
    expect(decideIsArticle('markup', story, 'https://x.example/2016/02/01/economy/story.html').why).toBe('article:news-url');
    expect(decideIsArticle('markup', story, 'https://x.example/docs/install').article).toBe(false);
  });
  it('takes a news dateline as reporting', () => {
    expect(decideIsArticle('markup', { ...story, dateline: true }, null).why).toBe('article:dateline');
    expect(decideIsArticle('none', { ...story, dateline: true }, null).article).toBe(false);
  });
  it('asks more of a page with no markup at all', () => {
    expect(decideIsArticle('prose', { ...story, cues: 4 }, null).article).toBe(false);
    expect(decideIsArticle('prose', { ...story, cues: 6 }, null).article).toBe(true);
    expect(decideIsArticle('prose', story, 'https://x.example/news/a').article).toBe(false);
  });
});

describe('countReportingWords', () => {
  it('counts whole words in English and Indonesian', () => {
    expect(countReportingWords('He said so, according to Reuters; she told us.')).toBe(3);
    expect(countReportingWords('"Ini penting," ujarnya. Menurut dia, katanya begitu.')).toBe(3);
    expect(countReportingWords('The unsaid thing; kataku; menurutku')).toBe(0);
  });
});

describe('startsWithDateline', () => {
  it.each(['JAKARTA, KOMPAS.com - Harga naik.', 'Jakarta, CNN Indonesia -- Bank sentral memangkas.', 'WASHINGTON (Reuters) - The Senate voted.', 'LONDON — Prices rose.'])(
    '%s', (text) => expect(startsWithDateline(text)).toBe(true),
  );
  it.each(['The minister said prices rose.', 'Self-driving cars are here.', 'Harga beras naik - kata pedagang.'])(
    'not: %s', (text) => expect(startsWithDateline(text)).toBe(false),
  );
});
