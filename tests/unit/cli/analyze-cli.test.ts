/**
 * The CLI as a user runs it (a real process of the bundled `sumber` command, built once here
 * from the current source): the sample run, --json on HTML, text and stdin, the order and
 * `file` of every report, usage errors, and each kind of bad input reported on one stderr
 * line while the other files are still analysed.
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCli, reports, ROOT, run } from './run-cli';

// Each case starts a real process: slow on a busy machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const PAGES = 'tests/fixtures/pages';
const TEXTS = 'tests/fixtures/texts';

let tmp: string;
beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), 'sumber-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run analyze (no arguments)', () => {
  it('analyses the bundled samples and prints a readable, uncoloured report when piped', () => {
    const r = run([]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Sourcing score');
    expect(r.stdout).toContain('sample-en.txt');
    expect(r.stdout).toContain('sample-id.txt');
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stderr).toBe('');
  });

  it('colours on request, never with --no-color', () => {
    expect(run(['--color', `${TEXTS}/article-en.txt`]).stdout).toContain('\u001b[');
    expect(run(['--no-color', `${TEXTS}/article-en.txt`]).stdout).not.toContain('\u001b[');
  });
});

describe('the bundle', () => {
  it('is ASCII only, so Node holds it as one-byte text, and still reads curly quotes', () => {
    const bundle = readFileSync(join(ROOT, '.output/cli/sumber.bundle.js'), 'latin1');
    expect(bundle).not.toMatch(/[^\0-\x7f]/);
    const r = run(['--json', '-'], { input: 'The minister said: “We will build the road.”\n' });
    expect(reports(r.stdout)[0]?.claims).toHaveLength(1);
  });
});

describe('--json', () => {
  it('prints one valid report per file, in order, with file as given', () => {
    const files = [
      `${PAGES}/id-news/source.html`,
      `${TEXTS}/article-en.txt`,
      `${PAGES}/home-page/source.html`,
      `${TEXTS}/article-id.txt`,
      `${PAGES}/en-news/source.html`,
    ];
    const r = run(['--json', ...files]);
    expect(r.status, r.stderr).toBe(0);
    const out = reports(r.stdout);
    expect(out.map((x) => x.file)).toEqual(files);
    expect(out.map((x) => x.isArticle)).toEqual([true, true, false, true, true]);
    // The declined home page is still analysed because it was named, and says so.
    expect(out.map((x) => x.requested ?? false)).toEqual([false, false, true, false, false]);
    expect(out[0]?.title).toBe(
      'Harga beras naik di tiga provinsi, pemerintah siapkan operasi pasar',
    );
    expect(out[0]?.url).toBe('https://kabar-nusantara.example/ekonomi/2024/03/12/harga-beras-naik');
    expect(out[1]?.title).toBe('Bridge closure extended after inspectors find cracks');
  });

  it('reads HTML and text from stdin (-), sniffing which it is', () => {
    const html = readFileSync(join(ROOT, PAGES, 'en-news/source.html'));
    const fromHtml = reports(run(['--json', '-'], { input: html }).stdout);
    expect(fromHtml).toHaveLength(1);
    expect(fromHtml[0]?.file).toBe('-');
    expect(fromHtml[0]?.title).toBe('Ferry operator suspends night crossings after engine fire');
    const text = readFileSync(join(ROOT, TEXTS, 'article-id.txt'));
    const fromText = reports(run(['--json', '-'], { input: text }).stdout);
    expect(fromText[0]?.title).toBe('Jembatan Kali Mati ditutup tiga pekan');
    expect(fromText[0]?.isArticle).toBe(true);
  });

  it('takes --url and --lang', () => {
    const r = run([
      '--json',
      '--url',
      'https://example.org/a',
      '--lang',
      'id',
      `${PAGES}/en-news/source.html`,
    ]);
    const [report] = reports(r.stdout);
    expect(report?.url).toBe('https://example.org/a');
    expect(report?.lang).toBe('id');
  });

  it('reads an HTML page in the charset it declares', () => {
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>Caf'),
      Buffer.from([0xe9]),
      Buffer.from('</title></head><body><p>x</p></body></html>'),
    ]);
    const file = join(tmp, 'latin.html');
    writeFileSync(file, page);
    const utf16 = join(tmp, 'utf16.txt');
    writeFileSync(
      utf16,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Kafe baru\n\nMenurut pemilik, kafe dibuka Senin.', 'utf16le'),
      ]),
    );
    const [report, fromUtf16] = reports(run(['--json', file, utf16]).stdout);
    expect(report?.title).toBe('Café');
    expect(fromUtf16?.title).toBe('Kafe baru');
  });
});

describe('--extract', () => {
  it('prints what the extraction hands the engine, with the signals', () => {
    const r = run([
      '--extract',
      '--json',
      `${PAGES}/id-news/source.html`,
      `${PAGES}/home-page/source.html`,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const [news, home] = r.stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            file: string;
            isArticle: boolean;
            signals: string[];
            input: { blocks: unknown[]; credits: string[] };
          },
      );
    expect(news?.isArticle).toBe(true);
    expect(news?.input.blocks).toHaveLength(5);
    expect(news?.input.credits).toEqual([
      'Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta. ANTARA FOTO/Budi Hartono',
    ]);
    expect(home?.isArticle).toBe(false);
    expect(home?.signals).toContain('gate:other-type');
  });
});

describe('bad input', () => {
  it('names each problem on one stderr line, analyses the rest, exits 1', () => {
    const dir = join(tmp, 'a-directory');
    mkdirSync(dir);
    const nul = join(tmp, 'binary.html');
    writeFileSync(nul, Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02]));
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const blank = join(tmp, 'blank.txt');
    writeFileSync(blank, ' \n\n \t\n');
    const badUtf8 = join(tmp, 'bad-utf8.txt');
    writeFileSync(badUtf8, Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0xff, 0x0a]));
    const big = join(tmp, 'big.html');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024);
    const missing = join(tmp, 'missing.html');
    const good = `${TEXTS}/article-en.txt`;
    const files = [
      missing,
      good,
      dir,
      nul,
      empty,
      blank,
      badUtf8,
      big,
      `${PAGES}/docs-page/source.html`,
    ];
    const r = run(['--json', ...files]);
    expect(r.status).toBe(1);
    const out = reports(r.stdout);
    expect(out.map((x) => x.file)).toEqual([good, `${PAGES}/docs-page/source.html`]);
    expect(out[1]?.isArticle).toBe(false);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `sumber: ${missing}: no such file`,
      `sumber: ${dir}: is a directory (with no .html, .htm or .txt file)`,
      `sumber: ${nul}: binary data (NUL bytes), not text or HTML`,
      `sumber: ${empty}: empty file`,
      `sumber: ${blank}: empty file (only whitespace)`,
      `sumber: ${badUtf8}: not valid UTF-8 text`,
      `sumber: ${big}: too large (50.0 MB; the limit is 20 MB)`,
    ]);
  });

  it('fails the same way in the readable mode', () => {
    const r = run([join(tmp, 'nope.txt'), `${TEXTS}/article-id.txt`]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`sumber: ${join(tmp, 'nope.txt')}: no such file`);
    expect(r.stdout).toContain('Jembatan Kali Mati ditutup tiga pekan');
  });
});

describe('usage', () => {
  it('--help prints the usage and exits 0', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('--json');
  });

  it.each([['--frobnicate'], ['--lang', 'fr'], ['--url'], ['--json=yes']])(
    '%s is a usage error (exit 2)',
    (...args) => {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^sumber: /);
      expect(r.stderr).toContain('Usage:');
      expect(r.stdout).toBe('');
    },
  );
});
