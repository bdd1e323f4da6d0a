/** The CLI's parts without a process: argument parsing, text articles, input decoding. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '@/cli/args';
import { textToInput } from '@/cli/article-input';
import { InputError, MAX_INPUT_BYTES, PIECE_BYTES, readInput } from '@/cli/read-input';
import { COLOR, PLAIN, pickStyle, renderReport, sanitizeForTerminal } from '@/cli/render';
import { analyze } from '@/core/analyze';
import type { Report } from '@/core/report';
import { MAX_DEPTH, parsePage } from '@/cli/dom/page';
import { expandInputs } from '@/cli/inputs';
import { defaultJobs } from '@/cli/analyze';
import { availableParallelism } from 'node:os';
import { toJsonLine } from '@/cli/task';

describe('parseArgs', () => {
  it('reads options anywhere, files in order, - as stdin and -- as the end of options', () => {
    const args = parseArgs([
      'a.html',
      '--json',
      '--lang=id',
      '-',
      '--url',
      'https://x.example/',
      '--',
      '--odd-name.txt',
    ]);
    expect(args).toMatchObject({
      json: true,
      lang: 'id',
      url: 'https://x.example/',
      files: ['a.html', '-', '--odd-name.txt'],
    });
  });
  it('reads the batch options', () => {
    const args = parseArgs(['--jobs=3', '--files-from', 'list.txt', '--gate', '--force', '-V']);
    expect(args).toMatchObject({
      jobs: 3,
      filesFrom: 'list.txt',
      gate: true,
      force: true,
      version: true,
    });
    expect(parseArgs(['-j', '1']).jobs).toBe(1);
  });
  it.each([[['--jobs', '0']], [['--jobs', 'two']], [['-j']], [['--force=1']], [['--files-from']]])(
    'rejects %j',
    (argv) => {
      expect(() => parseArgs(argv)).toThrow(UsageError);
    },
  );
  it.each([[['--nope']], [['--lang', 'de']], [['--url']], [['--json=1']], [['-x']]])(
    'rejects %j',
    (argv) => {
      expect(() => parseArgs(argv)).toThrow(UsageError);
    },
  );
});

describe('textToInput', () => {
  it('splits paragraphs on blank lines and takes a short unpunctuated first line as the title', () => {
    const { input } = textToInput(
      'Headline here\r\n\r\nFirst  para\ncontinues.\n \nSecond para.',
      'a.txt',
      null,
    );
    expect(input.title).toBe('Headline here');
    expect(input.blocks).toEqual([
      { text: 'First para continues.', type: 'p' },
      { text: 'Second para.', type: 'p' },
    ]);
    expect(input.isArticle).toBe(true);
  });
  it('keeps a first paragraph that is a sentence', () => {
    const { input } = textToInput('The minister said so.\n\nMore.', 'a.txt', 'https://u.example/');
    expect(input.title).toBeNull();
    expect(input.blocks).toHaveLength(2);
    expect(input.url).toBe('https://u.example/');
    for (const first of [
      '"We will not yield," the minister said.',
      'The minister said: "We will not yield."',
      'Is it over? (Not yet.)',
    ]) {
      expect(textToInput(`${first}\n\nMore.`, 'a.txt', null).input.title).toBeNull();
    }
  });
  it('takes a headline that ends in a quoted phrase as the title', () => {
    const { input } = textToInput(
      "North Korea says it tested new 'underwater strategic weapon'\n\nBody.",
      'a.txt',
      null,
    );
    expect(input.title).toBe("North Korea says it tested new 'underwater strategic weapon'");
    expect(input.blocks).toEqual([{ text: 'Body.', type: 'p' }]);
  });
});

describe('readInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, data: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };

  it('sniffs HTML in files without an .html name, and trusts .txt', () => {
    expect(readInput(file('page', '  <!DOCTYPE html><p>x</p>')).html).toBe(true);
    expect(readInput(file('page.txt', '<p>x</p>')).html).toBe(false);
    expect(readInput(file('notes', 'Plain words.')).html).toBe(false);
  });
  it('strips a UTF-8 byte order mark', () => {
    expect(readInput(file('bom.txt', Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).text).toBe('A');
  });
  it('keeps nothing of a longer file read before (the read buffer is reused)', () => {
    const long = readInput(file('long.txt', 'Long text. '.repeat(200_000)));
    const short = readInput(file('short.txt', 'Short.'));
    expect(short.text).toBe('Short.');
    expect(long.text).toBe('Long text. '.repeat(200_000));
  });
  it('reads a big page in pieces that never split a character', () => {
    // Two-byte and four-byte characters, so some cut falls inside one unless it moves back.
    const text = `<p>${'caf\u00e9 \u{1f600} '.repeat(PIECE_BYTES / 4)}</p>`;
    const read = readInput(file('big.html', text));
    expect(read.pieces.length).toBeGreaterThan(2);
    expect(read.pieces.join('')).toBe(text);
    expect(read.text).toBe(text);
    expect(read.pieces.some((piece) => piece.includes('\ufffd'))).toBe(false);
    const latin = Buffer.from(
      `<meta charset="windows-1252"><p>${'caf\xe9 '.repeat(PIECE_BYTES / 3)}`,
      'latin1',
    );
    expect(readInput(file('latin.html', latin)).text).toBe(latin.toString('latin1'));
    expect(() => readInput(file('blank.html', ' \n'.repeat(PIECE_BYTES)))).toThrow(
      /only whitespace/,
    );
  });
  it('says what is wrong', () => {
    expect(() => readInput(join(dir, 'missing'))).toThrow(new InputError('no such file'));
    expect(() => readInput(dir)).toThrow(
      new InputError('is a directory (with no .html, .htm or .txt file)'),
    );
    expect(() => readInput(file('nul.txt', Buffer.from([0x41, 0x00])))).toThrow(/NUL bytes/);
    expect(() => readInput(file('latin.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9])))).toThrow(
      /not valid UTF-8/,
    );
    expect(MAX_INPUT_BYTES).toBe(20 * 1024 * 1024);
  });
});

describe('pickStyle', () => {
  it('colours only a terminal without NO_COLOR, unless forced', () => {
    expect(pickStyle('auto', true, {})).toBe(COLOR);
    expect(pickStyle('auto', false, {})).toBe(PLAIN);
    expect(pickStyle('auto', true, { NO_COLOR: '1' })).toBe(PLAIN);
    expect(pickStyle('auto', true, { TERM: 'dumb' })).toBe(PLAIN);
    expect(pickStyle('always', false, { NO_COLOR: '1' })).toBe(COLOR);
    expect(pickStyle('never', true, {})).toBe(PLAIN);
  });
});

describe('parsePage limits', () => {
  const depthOf = (html: string): number => {
    let depth = 0;
    for (
      let el = parsePage(html).document.getElementsByTagName('b')[0] ?? null;
      el;
      el = el.parentElement
    )
      depth++;
    return depth;
  };

  it('keeps an ordinary page whole, apart from script and style text', () => {
    const html =
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{color:red}</style>' +
      '<script>if (a < b) document.write("<p>")</script></head><body><ul><li>one<li>two</ul><p>a<p>b' +
      '<table><tr><td>x<td>y</table><svg><path/></svg><img src=x><br/>end</body></html>';
    const { document: doc, flattened, cutAttributes } = parsePage(html);
    expect([flattened, cutAttributes]).toEqual([0, 0]);
    const scripts = doc.getElementsByTagName('script');
    expect(scripts.map((s) => s.textContent)).toEqual(['{"@type":"NewsArticle"}', '']);
    expect(doc.getElementsByTagName('style')[0]?.textContent).toBe('');
    expect(doc.getElementsByTagName('li').map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(doc.getElementsByTagName('p')).toHaveLength(2);
    expect(doc.body?.textContent).toBe('onetwoabxyend');
  });

  it('caps nesting at 512 as browsers do, keeping the text', () => {
    const deep = `<html><body>${'<div>'.repeat(2000)}<b>deep text</b>${'</div>'.repeat(2000)}<p>after</p></body></html>`;
    const { document: doc, flattened } = parsePage(deep);
    expect(flattened).toBeGreaterThan(1000);
    expect(depthOf(deep)).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(doc.body?.textContent).toBe('deep textafter');
    expect(doc.getElementsByTagName('p')[0]?.parentElement).toBe(doc.body);
    // Unclosed inline runs (`<span/>` is a start tag in HTML) are capped the same way.
    const runs = parsePage(`<body>${'<span/>'.repeat(3000)}<b>x</b></body>`).document;
    expect(runs.getElementsByTagName('span').length).toBeLessThanOrEqual(MAX_DEPTH);
  });

  it('cuts attribute values over 4,096 characters, keeping the next attribute', () => {
    for (const q of ['"', "'", '']) {
      const value = q ? 'k '.repeat(4000) : 'k'.repeat(5000);
      const { document: doc, cutAttributes } = parsePage(
        `<div class=${q}${value}${q} id=x><p>kept</p></div>`,
      );
      expect(cutAttributes).toBe(1);
      const div = doc.getElementsByTagName('div')[0];
      expect(div?.getAttribute('id')).toBe('x');
      expect(div?.textContent).toBe('kept');
    }
    // Entities count as the source they are written in; past the cut they go too.
    const p = parsePage(
      `<p title="&lt;${'a'.repeat(5000)}&amp;">x</p>`,
    ).document.getElementsByTagName('p')[0];
    expect(p?.getAttribute('title')).toBe(`<${'a'.repeat(4096)}`);
  });
});

describe('parsePage in pieces', () => {
  /** The tree as text: names, attributes, text and positions, in document order. */
  const dump = (html: string | string[]): string => {
    const { document: doc, flattened, cutAttributes } = parsePage(html);
    const lines: string[] = [`${flattened} ${cutAttributes}`];
    const walk = (node: { firstChild: unknown }): void => {
      for (let c = node.firstChild as ChildNodeLike | null; c; c = c.nextSibling) {
        if (c.nodeType === 3) lines.push(`text ${JSON.stringify(c.nodeValue)}`);
        else {
          const attrs = ['id', 'class', 'title', 'href'].map((a) => c?.getAttribute?.(a));
          lines.push(`<${c.localName} ${JSON.stringify(attrs)} ${c.order}-${c.end}`);
          walk(c);
          lines.push('>');
        }
      }
    };
    walk(doc);
    return lines.join('\n');
  };
  interface ChildNodeLike {
    nodeType: number;
    nodeValue?: string;
    localName?: string;
    order?: number;
    end?: number;
    firstChild: unknown;
    nextSibling: ChildNodeLike | null;
    getAttribute?: (name: string) => string | null;
  }
  const split = (html: string, size: number): string[] => {
    const pieces: string[] = [];
    for (let i = 0; i < html.length; i += size) pieces.push(html.slice(i, i + size));
    return pieces;
  };

  it('builds the same tree whatever the pieces, tokens and entities across their edges', () => {
    const html =
      '<html><head><title>A &amp; B</title><script type="application/ld+json">{"a":1}</script>' +
      '<script>if (a < b) x("</scr" + "ipt>")</script></head><body class="x  y x">' +
      `<div id=first title="one &lt; two &#x1F600;">caf&eacute; &notreal; text</div>` +
      `<p title="${'v'.repeat(5000)}&amp;">long</p></p><svg><path d="m0"/></svg></br>` +
      '<ul><li>one<li>two</ul><a href=/x?a=1&b=2>link</a></body></html>';
    const whole = dump(html);
    for (const size of [1, 2, 3, 5, 7, 11, 64, 4096]) expect(dump(split(html, size))).toBe(whole);
  });
});

describe('defaultJobs', () => {
  it('starts no worker for a short list, one thread per core for a long one', () => {
    expect([defaultJobs(0), defaultJobs(1), defaultJobs(15)]).toEqual([1, 1, 1]);
    expect(defaultJobs(32)).toBe(Math.min(2, availableParallelism()));
    expect(defaultJobs(100_000)).toBe(availableParallelism());
  });
});

describe('terminal safety', () => {
  it('drops C0/C1 controls and bidi overrides, turns tabs and newlines into spaces', () => {
    const evil = 'a\u001b]52;c;aGk=\u0007b\u009bc\u202ed\u2066e\tf\ng\u0000';
    expect(sanitizeForTerminal(evil)).toBe('a]52;c;aGk=bcde f g');
  });
  it('escapes C1 and bidi controls in JSON lines; the data is unchanged', () => {
    const value = { s: 'x\u009b\u202ey\u001b' };
    const line = toJsonLine(value);
    expect(line).toBe('{"s":"x\\u009b\\u202ey\\u001b"}');
    expect(JSON.parse(line)).toEqual(value);
  });
});

describe('expandInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-inputs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('walks directories in name order for .html, .htm and .txt, skipping hidden folders', () => {
    for (const name of ['b.txt', 'a.HTML', 'c.json', 'sub/z.htm', '.git/x.html']) {
      const path = join(dir, name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, 'x');
    }
    mkdirSync(join(dir, 'empty'));
    expect(expandInputs(['-', dir, 'missing.txt', join(dir, 'empty')])).toEqual([
      '-',
      join(dir, 'a.HTML'),
      join(dir, 'b.txt'),
      join(dir, 'sub/z.htm'),
      'missing.txt',
      join(dir, 'empty'),
    ]);
  });
});

describe('renderReport', () => {
  const report = analyze(
    textToInput('Port news\n\nThe transport minister said the ferry will sail.', 'a.txt', null)
      .input,
  );

  it('says when the language was guessed from little text', () => {
    const high = { ...report, langConfidence: 'high' } as Report;
    expect(renderReport(high, PLAIN)).not.toContain('language guessed');
    const low = { ...report, langConfidence: 'low' } as Report;
    expect(renderReport(low, PLAIN)).toContain(
      'Note: language guessed from little text; use --lang en|id',
    );
  });

  it('names kinds and flags in words and strips controls from page text', () => {
    const claim = report.claims[0];
    expect(claim).toBeDefined();
    const evil = {
      ...report,
      title: 'Port\u001b]0;x\u0007 news',
      claims: report.claims.map((c) => ({ ...c, sentence: `\u202e${c.sentence}` })),
    };
    const text = renderReport(evil, PLAIN);
    expect(text).toContain('(Unnamed official)');
    expect(text).toContain('⚑ Unnamed source');
    expect(text.startsWith('Port]0;x news')).toBe(true);
    expect(text).not.toContain('\u202e');
  });
});
