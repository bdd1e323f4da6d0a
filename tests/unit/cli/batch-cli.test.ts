/**
 * The `sumber` command for scripts and archives (a real process of the bundle): --version,
 * directories, --files-from, worker threads with ordered output, names relative to the
 * caller's folder, explicit input always analysed, a terminal report in the popup's words that
 * page text cannot hijack, and pages built to stall or crash the HTML parser.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCli, jsonLines, reports, ROOT, run } from './run-cli';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const PAGES = 'tests/fixtures/pages';
const TEXTS = 'tests/fixtures/texts';
let tmp: string;

beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), 'sumber-batch-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, data: string | Buffer): string {
  const path = join(tmp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
  return path;
}

const page = (body: string, head = ''): string =>
  `<!doctype html><html><head>${head}<title>Test page</title></head><body>${body}</body></html>`;

describe('a real command', () => {
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`sumber ${version}\n`);
  });

  it('reads names relative to the folder npm was started in (npm run analyze)', () => {
    const dir = join(tmp, 'caller');
    write(
      'caller/notes.txt',
      'Ferry fares rise\n\nThe transport minister said fares will rise in June.',
    );
    const env = { INIT_CWD: dir, npm_lifecycle_event: 'analyze', npm_package_name: 'sumber' };
    const r = run(['--json', 'notes.txt'], { env });
    expect(r.status, r.stderr).toBe(0);
    expect(reports(r.stdout)[0]?.file).toBe('notes.txt');
  });
});

describe('batches', () => {
  it('walks a directory in name order, keeps input order with --jobs 2, fails per file', () => {
    const dir = join(tmp, 'archive');
    const en = readFileSync(join(ROOT, TEXTS, 'article-en.txt'));
    const id = readFileSync(join(ROOT, TEXTS, 'article-id.txt'));
    const news = readFileSync(join(ROOT, PAGES, 'en-news/source.html'));
    write('archive/b/2.txt', id);
    write('archive/a.html', news);
    write('archive/b/1.txt', en);
    write('archive/b/broken.htm', Buffer.from([0x3c, 0x00]));
    write('archive/skip.json', '{}');
    write('archive/c.txt', en);
    const one = run(['--json', '--jobs', '1', dir]);
    const two = run(['--json', '--jobs', '2', dir]);
    const names = ['a.html', 'b/1.txt', 'b/2.txt', 'c.txt'].map((f) => join(dir, f));
    expect(reports(one.stdout).map((x) => x.file)).toEqual(names);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(1);
    expect(two.stderr).toBe(
      `sumber: ${join(dir, 'b/broken.htm')}: binary data (NUL bytes), not text or HTML\n`,
    );
  });

  it('takes the list of files from standard input (--files-from -)', () => {
    const files = [
      `${TEXTS}/article-id.txt`,
      `${PAGES}/id-news/source.html`,
      `${TEXTS}/article-en.txt`,
    ];
    const r = run(['--json', '--files-from', '-'], { input: `${files.join('\r\n')}\n\n` });
    expect(r.status, r.stderr).toBe(0);
    expect(reports(r.stdout).map((x) => x.file)).toEqual(files);
  });

  it('reads a list larger than a pipe holds at once', () => {
    // 2,000 names of 1,000 characters: 2 MB, many pipe buffers' worth (readFileSync(0) failed
    // on such lists with EAGAIN whenever the pipe ran dry before the writer caught up).
    const name = `${'./'.repeat(480)}${TEXTS}/article-en.txt`;
    const input = `${Array(2000).fill(name).join('\n')}\n`;
    const r = run(['--extract', '--json', '--jobs', '1', '--files-from', '-'], { input });
    expect(r.stderr).toBe('');
    expect(jsonLines(r.stdout)).toHaveLength(2000);
  });

  it('keeps input order with more jobs than files need, standard input among the files', () => {
    // Standard input can only be read by the main thread: a worker that takes it hands it back.
    const en = `${TEXTS}/article-en.txt`;
    const id = `${TEXTS}/article-id.txt`;
    const news = `${PAGES}/en-news/source.html`;
    const names = [en, id, news, '-', id, en, 'missing.txt', news, id, en, en, id];
    const input = readFileSync(join(ROOT, TEXTS, 'article-id.txt'), 'utf8');
    const one = run(['--json', '--jobs', '1', ...names], { input });
    expect(reports(one.stdout).map((x) => x.file)).toEqual(names.filter((n) => n[0] !== 'm'));
    for (const jobs of ['2', '3', '8']) {
      const many = run(['--json', '--jobs', jobs, ...names], { input });
      // One comparison, so that a failure shows the run's status, signal and stderr too.
      expect({ jobs, ...many }).toEqual({ jobs, ...one, status: 1, signal: null });
    }
  });

  it('refuses standard input as both the list and a file', () => {
    expect(run(['--files-from', '-', '-']).status).toBe(2);
  });
});

describe('explicit input is always analysed', () => {
  // A page the gate declines (a documentation page) that still reports what someone said.
  const docs = page(
    '<nav><a href="/">Docs</a></nav><main><h1>Configuring the cache</h1>' +
      '<p>The transport minister said the old ferry timetable will be dropped next month.</p>' +
      '<pre><code>cache: true</code></pre><p>Set the option in your configuration file.</p></main>',
    '<meta property="og:type" content="website">',
  );

  it('lists claims on a declined page, with isArticle false and the signals; --gate skips them', () => {
    const file = write('docs.html', docs);
    const [report] = jsonLines(run(['--json', file]).stdout);
    expect(report?.isArticle).toBe(false);
    expect((report?.claims as unknown[]).length).toBeGreaterThan(0);
    expect(report?.signals).toEqual(
      expect.arrayContaining([expect.stringMatching(/^not-article:/)]),
    );
    const [gated] = reports(run(['--json', '--gate', file]).stdout);
    expect(gated?.claims).toEqual([]);
    const [forced] = reports(run(['--json', '--gate', '--force', file]).stdout);
    expect(forced?.claims.length).toBeGreaterThan(0);
  });
});

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[\d+m/g;
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('the terminal report', () => {
  it('speaks as the popup does: kind names, a legend for the flag mark, the score explained', () => {
    const text = write(
      'kinds.txt',
      'Port news\n\nAn official who asked not to be named said the port will close.\n\nThe mayor said repairs start soon.',
    );
    const r = run(['--no-color', text]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Unnamed official');
    expect(r.stdout).not.toContain('unnamed_official');
    expect(r.stdout).toMatch(/⚑ marks a claim resting on/);
    expect(r.stdout).toMatch(/Score = quality × breadth × balance/);
    expect(r.stdout).toMatch(/2 independent sources/);
  });

  it('quotes the hedge word the sentence uses ("dikabarkan"), not "reportedly"', () => {
    const text = write(
      'hedge.txt',
      'Harga cabai\n\nHarga cabai di pasar kota dikabarkan naik dua kali lipat pekan ini.',
    );
    const r = run(['--no-color', '--lang', 'id', text]);
    expect(r.stdout).toContain('“dikabarkan”');
    expect(r.stdout).not.toContain('“reportedly”');
  });

  it('never passes control characters or bidi overrides from page text to the terminal', () => {
    const evil = '\u001b]0;owned\u0007\u001b]52;c;ZWNobyBoaQ==\u0007\u001b[2J\u001b[3J\u009b31m';
    const body =
      `<article><h1>Harbour ${evil}news</h1><p>The transport minister said ${evil}the ` +
      'ferry will sail again on Monday, according to the \u202eeciffo tsiruot\u202c office.</p></article>';
    const file = write('evil.html', page(body));
    for (const args of [['--no-color'], ['--color'], ['--extract', '--no-color']]) {
      const r = run([...args, file]);
      expect(r.status, r.stderr).toBe(0);
      // Colour codes are SGR only ("ESC [ n m"); nothing else from the page gets through.
      const withoutSgr = r.stdout.replace(SGR, '');
      expect(withoutSgr).not.toMatch(UNSAFE);
      expect(r.stdout).toContain('The transport minister said');
    }
    const json = run(['--json', file]).stdout;
    expect(json).not.toMatch(UNSAFE);
    expect(JSON.parse(json).claims[0].sentence).toContain('\u001b]52;c;');
  });
});

describe('pages built to break the parser', () => {
  const claim = '<p>The transport minister said the ferry will sail again on Monday.</p>';

  it('200,000 nested elements: nesting is capped at 512, the text is kept', () => {
    const file = write(
      'deep.html',
      page(`${'<div>'.repeat(200_000)}${claim}${'</div>'.repeat(200_000)}`),
    );
    const r = run(['--json', file]);
    expect(r.status, r.stderr).toBe(0);
    const [report] = jsonLines(r.stdout);
    expect(report?.signals).toContain(`parse:flattened:${200_000 + 1 - 512 + 2}`);
    expect(JSON.stringify(report?.claims)).toContain('The transport minister said');
  });

  it('a 1 MB class attribute is analysed, not a stack overflow', () => {
    const file = write(
      'class.html',
      page(`<div class="${'story '.repeat(180_000)}">${claim}</div>`),
    );
    const r = run(['--json', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.stringify(jsonLines(r.stdout)[0]?.claims)).toContain('The transport minister said');
  });

  it('<meta charset="utf-16"> on a UTF-8 page is read as UTF-8, as browsers do', () => {
    const body = `<article><h1>Kafé baru</h1>${claim}</article>`;
    const file = write('u16.html', page(body, '<meta charset="utf-16">'));
    const [report] = reports(run(['--json', file]).stdout);
    expect(report?.title).toBe('Kafé baru');
    expect(report?.claims.length).toBeGreaterThan(0);
  });
});
