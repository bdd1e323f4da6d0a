/** Page URLs to publishers: subdomains, country-code second levels, www, ports, case, garbage. */
import { describe, expect, it } from 'vitest';
import {
  defaultRegistry as registry,
  hostOf,
  isStateControlled,
  registrableDomain,
} from '@/core/outlets';

describe('byDomain', () => {
  it.each([
    ['english.news.cn', 'xinhua'],
    ['http://www.news.cn/world/2024-01/01/c_1.htm', 'xinhua'],
    ['tass.ru', 'tass'],
    ['https://tass.com/politics/1', 'tass'],
    ['sputnikglobe.com', 'sputnik'],
    ['www.antaranews.com', 'antara'],
    ['https://en.antaranews.com/news/1', 'antara'],
    ['https://www.kcna.kp/en/article/q/1.kcmsf', 'kcna'],
    ['rodong.rep.kp', 'rodong-sinmun'],
    ['https://www.rt.com/russia/1-story/', 'rt'],
    ['https://arabic.rt.com/', 'rt'],
    ['WWW.BBC.CO.UK', 'bbc'],
    ['https://www.bbc.com/indonesia/articles/x', 'bbc'],
    ['https://www.abc.net.au/news/1', 'abc-australia'],
    ['https://abcnews.go.com/US/story', 'abc-news-us'],
    ['https://www3.nhk.or.jp/nhkworld/', 'nhk'],
    ['https://www.yna.co.kr/view/AKR1', 'yonhap'],
    ['https://news.detik.com/berita/d-1/x', 'detik'],
    ['https://nasional.kompas.com/read/2024/01/01/x', 'kompas'],
    ['https://www.kompas.id/baca/1', 'kompas'],
    ['https://www.cnnindonesia.com/nasional/1', 'cnn-indonesia'],
    ['https://edition.cnn.com/2024/01/01/x', 'cnn'],
    ['https://www.reuters.com:443/world/', 'reuters'],
    ['https://user:pw@apnews.com/article/x?y=1#z', 'associated-press'],
    ['english.news.cn.', 'xinhua'],
    ['//www.tempo.co/read/1', 'tempo'],
    ['https://www.voaindonesia.com/a/1.html', 'voice-of-america'],
    ['https://finance.yahoo.com/news/x', 'yahoo-news'],
  ])('%s -> %s', (input, id) => {
    expect(registry.byDomain(input)?.id).toBe(id);
  });

  it.each([
    'yahoo.com', // the portal, not its news sections
    'go.com',
    'co.uk',
    'example.com',
    'notkompas.com',
    'kompas.com.evil.example',
    'localhost',
    '127.0.0.1',
    'http://[::1]/',
    'file:///home/user/page.html',
    'about:blank',
    '',
    '   ',
    '...',
    'http://',
    'https://exa mple.com/',
    'a'.repeat(5000),
  ])('%s -> null', (input) => {
    expect(registry.byDomain(input)).toBeNull();
  });

  it('never throws on non-string input', () => {
    for (const bad of [null, undefined, 42, {}, [], Symbol.iterator]) {
      expect(registry.byDomain(bad as unknown as string)).toBeNull();
    }
  });

  it("marks a state outlet's own site as state-controlled, and the BBC's not", () => {
    expect(isStateControlled(registry.byDomain('https://english.news.cn/x'))).toBe(true);
    expect(isStateControlled(registry.byDomain('https://www.bbc.co.uk/news'))).toBe(false);
    expect(isStateControlled(registry.byDomain('https://example.com/'))).toBe(false);
    expect(isStateControlled(null)).toBe(false);
  });
});

describe('hostOf and registrableDomain', () => {
  it.each([
    ['https://User@WWW.Tass.ru:8080/path?q=1', 'tass.ru', 'tass.ru'],
    ['english.news.cn', 'english.news.cn', 'news.cn'],
    ['www.bbc.co.uk', 'bbc.co.uk', 'bbc.co.uk'],
    ['m.detik.com', 'm.detik.com', 'detik.com'],
    ['news.kompas.co.id', 'news.kompas.co.id', 'kompas.co.id'],
    ['pemkot.surabaya.go.id', 'pemkot.surabaya.go.id', 'surabaya.go.id'],
    ['www3.nhk.or.jp', 'www3.nhk.or.jp', 'nhk.or.jp'],
    ['news.abc.net.au', 'news.abc.net.au', 'abc.net.au'],
  ])('%s', (input, host, registrable) => {
    expect(hostOf(input)).toBe(host);
    expect(registrableDomain(input)).toBe(registrable);
  });

  it('rejects what is not a dotted host name', () => {
    for (const bad of ['localhost', '10.0.0.1', 'co.uk', 'bad_host.com', '-a.com', 'a..com', '']) {
      expect(registrableDomain(bad)).toBeNull();
    }
  });
});
