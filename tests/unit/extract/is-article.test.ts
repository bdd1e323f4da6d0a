/** News article or not: gate evidence, the story's own words and the page's address, weighed. */
import { describe, expect, it } from 'vitest';
import { decideIsArticle, otherKindOfUrl, type StoryStats } from '@/utils/extract/is-article';
import { countReportingWords, readVoice, startsWithDateline } from '@/utils/extract/news-cues';

/** 700 words of English story, no reporting words, nobody's voice: neutral on every count. */
const story: StoryStats = {
  storyBlocks: 8,
  storyChars: 4000,
  words: 700,
  cues: 0,
  lang: 'en',
  voice: { outside: 600, first: 0, we: 0, you: 0 },
  pre: 0,
  code: 0,
};
const voice = (v: Partial<NonNullable<StoryStats['voice']>>): StoryStats => ({
  ...story,
  voice: { outside: 600, first: 0, we: 0, you: 0, ...v },
});

describe('decideIsArticle', () => {
  it('needs a story of some length whatever the markup', () => {
    expect(decideIsArticle('news-type', { ...story, storyBlocks: 2, cues: 9 }, null).article).toBe(
      false,
    );
    expect(decideIsArticle('news-type', { ...story, storyChars: 300, cues: 9 }, null).article).toBe(
      false,
    );
  });
  it('refuses other page types and pages with no evidence', () => {
    expect(decideIsArticle('other-type', { ...story, cues: 40 }, null).article).toBe(false);
    expect(decideIsArticle('none', { ...story, cues: 40, dateline: true }, null).article).toBe(
      false,
    );
  });
  it('declines a story in a language Sumber does not read, whatever it declares', () => {
    expect(decideIsArticle('news-type', { ...story, cues: 20, lang: null }, null)).toEqual({
      article: false,
      why: 'not-article:language',
      points: [],
    });
  });

  describe('for news reporting', () => {
    it('takes a declared news type when nothing speaks against it', () => {
      const d = decideIsArticle('news-type', story, null);
      expect(d).toMatchObject({ article: true, why: 'article:news-type' });
      expect(d.points).toEqual(['+news-type:3', 'score:3']);
    });
    it('asks article markup for reporting words, 3 per 1,000 words', () => {
      expect(decideIsArticle('markup', story, null).article).toBe(false);
      expect(decideIsArticle('markup', { ...story, cues: 2 }, null).article).toBe(false); // 2.9 per 1,000
      const d = decideIsArticle('markup', { ...story, cues: 3 }, null);
      expect(d.article).toBe(true);
      expect(d.points).toContain('+reporting:4.3/1k:2');
    });
    it('asks a page without article markup for what it asks markup: metadata is a bonus', () => {
      expect(decideIsArticle('prose', { ...story, cues: 2 }, null).article).toBe(false);
      expect(decideIsArticle('prose', { ...story, cues: 3 }, null).why).toBe('article:reporting');
      expect(decideIsArticle('prose', { ...story, words: 100, cues: 1 }, null).article).toBe(true);
    });
    it('asks bare prose for figures beside its reporting words (fiction says "said" too)', () => {
      const fiction = {
        ...story,
        cues: 7,
        voice: { outside: 600, first: 0, we: 0, you: 0, figures: 1 },
      };
      const d = decideIsArticle('prose', fiction, null);
      expect(d.article).toBe(false);
      expect(d.points).toContain('-no-figures:1.4/1k:2');
      expect(
        decideIsArticle('prose', { ...fiction, voice: { ...fiction.voice, figures: 2 } }, null)
          .article,
      ).toBe(true);
      // Article markup already says "an article": figures are not asked of it.
      expect(decideIsArticle('markup', fiction, null).article).toBe(true);
      // A short story is not asked either.
      expect(decideIsArticle('prose', { ...fiction, words: 299 }, null).article).toBe(true);
    });
    it('takes a news dateline as reporting', () => {
      expect(decideIsArticle('markup', { ...story, dateline: true }, null).why).toBe(
        'article:dateline',
      );
      expect(startsWithDateline('KOMPAS.com - Harga cabai naik lagi pekan ini.')).toBe(true);
      expect(startsWithDateline('KOMPAS.com --- Harga cabai naik lagi pekan ini.')).toBe(true);
      expect(startsWithDateline('Liputan6.com, Jakarta - Harga cabai naik.')).toBe(true);
      expect(startsWithDateline('Harga naik - kata pedagang di pasar.')).toBe(false);
      expect(decideIsArticle('prose', { ...story, dateline: true }, null).article).toBe(true);
    });
    it('counts a news section address fully and a dated one by half', () => {
      expect(
        decideIsArticle('markup', story, 'https://x.example/news/2016/02/01/story.html').why,
      ).toBe('article:news-url');
      expect(
        decideIsArticle('markup', story, 'https://x.example/2016/02/01/story.html').article,
      ).toBe(false);
      expect(
        decideIsArticle('markup', { ...story, cues: 3 }, 'https://x.example/2016/02/01/story.html')
          .points,
      ).toContain('+dated-url:1');
      // A declared news type already says what the address would.
      expect(decideIsArticle('news-type', story, 'https://x.example/news/a').points).toEqual([
        '+news-type:3',
        'score:3',
      ]);
    });
  });

  describe('against', () => {
    it('the writer speaking as "I" outweighs a declared news type', () => {
      const d = decideIsArticle('news-type', voice({ first: 6 }), null);
      expect(d.article).toBe(false);
      expect(d.why).toBe('not-article:first-person');
      expect(d.points).toContain('-first-person:10/1k:2');
      expect(decideIsArticle('news-type', voice({ first: 5 }), null).article).toBe(true);
    });
    it('"we" and "you" are weaker signs: one does not outweigh a news type, two do', () => {
      expect(decideIsArticle('news-type', voice({ you: 12 }), null).article).toBe(true);
      expect(decideIsArticle('news-type', voice({ we: 12 }), null).article).toBe(true);
      const d = decideIsArticle('news-type', voice({ we: 12, you: 12 }), null);
      expect(d).toMatchObject({ article: false, why: 'not-article:we+you' });
    });
    it('dense reporting still carries a page written partly in the first person', () => {
      expect(
        decideIsArticle('markup', { ...voice({ first: 6 }), cues: 14 }, 'https://x.example/news/a')
          .article,
      ).toBe(true);
    });
    it('code listings in the story', () => {
      expect(decideIsArticle('news-type', { ...story, pre: 2 }, null).why).toBe('not-article:code');
      expect(decideIsArticle('news-type', { ...story, code: 10 }, null).article).toBe(false);
      expect(decideIsArticle('news-type', { ...story, pre: 1, code: 9 }, null).article).toBe(true);
    });
    it('a long story without a single reporting word', () => {
      expect(decideIsArticle('news-type', { ...story, words: 800 }, null).why).toBe(
        'not-article:no-reporting',
      );
      expect(decideIsArticle('news-type', { ...story, words: 799 }, null).article).toBe(true);
      expect(decideIsArticle('news-type', { ...story, words: 800, cues: 1 }, null).article).toBe(
        true,
      );
    });
    it('an address, a section or a declared type of another kind of page', () => {
      const reporting = { ...story, cues: 3 };
      expect(
        decideIsArticle('markup', reporting, 'https://x.example/blog/2016/02/01/post').why,
      ).toBe('not-article:url');
      expect(decideIsArticle('markup', reporting, null, { section: 'Opinion' }).why).toBe(
        'not-article:section',
      );
      expect(decideIsArticle('markup', reporting, null, { types: ['Review', 'Article'] }).why).toBe(
        'not-article:type',
      );
      expect(
        decideIsArticle('markup', reporting, null, { section: 'Business', types: ['BlogPosting'] })
          .article,
      ).toBe(true);
    });
  });
});

describe('otherKindOfUrl', () => {
  it.each([
    ['https://example.com/blog/2024/06/25/findings', 'blog'],
    ['https://example.com/news/opinion/angry-media', 'opinion'],
    ['https://example.com/docs/install?x=1', 'docs'],
    ['https://en.example.org/wiki/Harbour', 'wiki'],
    ['https://example.com/reviews/', 'reviews'],
    ['https://example.com/home/how-to-build-a-terrarium', 'how-to'],
    ['https://example.com/how_2042752_build-terrarium.html', 'how-to'],
    ['https://example.com/2017/11/03/xbox-one-x-review/', 'review'],
    ['https://example.com/2017/11/03/phone-review.html#comments', 'review'],
    ['https://medium.com/@someone/on-words-429fab8', 'blog-host'],
    ['http://someone.blogspot.com/2016/05/post.html', 'blog-host'],
    ['https://blog.example.org/2020/12/18/weekly', 'blog-host'],
  ])('%s: %s', (url, kind) => expect(otherKindOfUrl(url)).toBe(kind));
  it.each([
    'https://example.com/news/2024/05/02/how-the-vote-was-won',
    'https://example.com/business/2016/02/01/review-of-rates-ordered',
    'https://example.com/world/blogger-arrested',
    'https://medium.com/backchannel/inside-the-lab-9718cd0fe5',
  ])('not: %s', (url) => expect(otherKindOfUrl(url)).toBeNull());
  it('reads no further than 500 characters of an address', () => {
    expect(otherKindOfUrl(`https://example.com/${'a'.repeat(600)}/blog/`)).toBeNull();
  });
});

describe('countReportingWords', () => {
  it('counts whole words in English and Indonesian', () => {
    expect(countReportingWords('He said so, according to Reuters; she told us.')).toBe(3);
    expect(countReportingWords('"Ini penting," ujarnya. Menurut dia, katanya begitu.')).toBe(3);
    expect(countReportingWords('The unsaid thing; kataku; menurutku')).toBe(0);
  });
});

describe('readVoice', () => {
  it('counts words and tells English and Indonesian from other languages by their function words', () => {
    expect(readVoice(['The council said it would vote on the plan in May.'])).toMatchObject({
      words: 11,
      lang: 'en',
    });
    expect(
      readVoice(['Menurut dia, harga beras di pasar itu naik karena pasokan yang tidak lancar.'])
        .lang,
    ).toBe('id');
    // Stories are 500 characters at least: a single "a" in a short French sentence is not English.
    const fr =
      'Le gouvernement a présenté mardi un projet de loi sur la surveillance des communications. ' +
      'Les députés doivent examiner le texte en séance publique la semaine prochaine, après un débat en commission qui a duré deux jours. ' +
      'Plusieurs associations ont demandé des garanties supplémentaires pour les journalistes et les avocats.';
    expect(readVoice([fr]).lang).toBeNull();
    const es =
      'El ministro anunció este martes nuevas medidas para el sector agrícola del país, que sufre desde hace meses una sequía histórica. ' +
      'Las ayudas llegarán a los productores antes del verano, según el calendario presentado por el Gobierno ante los representantes del sector.';
    expect(readVoice([es]).lang).toBeNull();
    expect(readVoice(['国务院新闻办公室今天举行新闻发布会，介绍有关情况。']).lang).toBeNull();
    expect(readVoice([]).lang).toBeNull();
  });
  it("counts the writer's voice outside quotations only", () => {
    const quoted = readVoice([
      '"I was there and we saw it, you know," she said of the fire at the port.',
    ]);
    expect(quoted).toMatchObject({ first: 0, we: 0, you: 0 });
    const own = readVoice([
      'I think we should all try it: you will love my new setup, and so will our team.',
    ]);
    expect(own).toMatchObject({ first: 2, we: 2, you: 1 });
  });
  it('does not take "US" for us, or a lower-case "i" for I', () => {
    expect(
      readVoice([
        'The US and its allies met in Geneva, i.e. on neutral ground, the officials said.',
      ]),
    ).toMatchObject({ we: 0, first: 0 });
  });
  it('reads Indonesian voice words in Indonesian text, and English ones only in English', () => {
    const id = readVoice([
      'Saya kira kita semua perlu mencoba cara ini, dan Anda juga bisa melakukannya di rumah untuk peserta kelas I.',
    ]);
    expect(id).toMatchObject({ lang: 'id', first: 1, we: 1, you: 1 });
  });
});

describe('startsWithDateline', () => {
  it.each([
    'JAKARTA, KOMPAS.com - Harga naik.',
    'Jakarta, CNN Indonesia -- Bank sentral memangkas.',
    'WASHINGTON (Reuters) - The Senate voted.',
    'LONDON — Prices rose.',
  ])('%s', (text) => expect(startsWithDateline(text)).toBe(true));
  it.each([
    'The minister said prices rose.',
    'Self-driving cars are here.',
    'Harga beras naik - kata pedagang.',
  ])('not: %s', (text) => expect(startsWithDateline(text)).toBe(false));
});
