/** The CLI's parts without a process: argument parsing, text articles, input decoding. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '@/cli/args';
import { textToInput } from '@/cli/article-input';
import { InputError, MAX_INPUT_BYTES, readInput } from '@/cli/read-input';
import { COLOR, PLAIN, pickStyle } from '@/cli/render';

describe('parseArgs', () => {
  it('reads options anywhere, files in order, - as stdin and -- as the end of options', () => {
    const args = parseArgs(['a.html', '--json', '--lang=id', '-', '--url', 'https://x.example/', '--', '--odd-name.txt']);
    expect(args).toMatchObject({ json: true, lang: 'id', url: 'https://x.example/', files: ['a.html', '-', '--odd-name.txt'] });
  });
  it.each([[['--nope']], [['--lang', 'de']], [['--url']], [['--json=1']], [['-x']]])('rejects %j', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });
});

describe('textToInput', () => {
  it('splits paragraphs on blank lines and takes a short unpunctuated first line as the title', () => {
    const { input } = textToInput('Headline here\r\n\r\nFirst  para\ncontinues.\n \nSecond para.', 'a.txt', null);
    expect(input.title).toBe('Headline here');
    expect(input.blocks).toEqual([{ text: 'First para continues.', type: 'p' }, { text: 'Second para.', type: 'p' }]);
    expect(input.isArticle).toBe(true);
  });
  it('keeps a first paragraph that is a sentence', () => {
    const { input } = textToInput('The minister said so.\n\nMore.', 'a.txt', 'https://u.example/');
    expect(input.title).toBeNull();
    expect(input.blocks).toHaveLength(2);
    expect(input.url).toBe('https://u.example/');
    for (const first of ['"We will not yield," the minister said.', 'The minister said: "We will not yield."', 'Is it over? (Not yet.)']) {
      expect(textToInput(`${first}\n\nMore.`, 'a.txt', null).input.title).toBeNull();
    }
  });
  it('takes a headline that ends in a quoted phrase as the title', () => {
    const { input } = textToInput("North Korea says it tested new 'underwater strategic weapon'\n\nBody.", 'a.txt', null);
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
  it('says what is wrong', () => {
    expect(() => readInput(join(dir, 'missing'))).toThrow(new InputError('no such file'));
    expect(() => readInput(dir)).toThrow(new InputError('is a directory'));
    expect(() => readInput(file('nul.txt', Buffer.from([0x41, 0x00])))).toThrow(/NUL bytes/);
    expect(() => readInput(file('latin.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9])))).toThrow(/not valid UTF-8/);
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
