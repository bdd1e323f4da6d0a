/**
 * Reading one input (file or stdin) into text, with every way it can be bad named:
 * missing, a directory, too large, empty, binary, not valid text.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync, statSync } from 'node:fs';

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {}

export interface InputText {
  /**
   * The text in order, in pieces of at most PIECE_BYTES of input (never inside a character).
   * A page's HTML is parsed piece by piece and never made into one string: a string that big
   * goes to V8's large-object space, fresh memory for every page, whose page faults cost more
   * than decoding it (several times more on a virtual machine).
   */
  pieces: readonly string[];
  /** The whole text (joined on each read). */
  readonly text: string;
  /** HTML page (by extension, or sniffed for stdin and other names). */
  html: boolean;
}

/** Well under V8's largest ordinary heap object (128 KB) even as two-byte text. */
export const PIECE_BYTES = 32 * 1024;

const MB = 1024 * 1024;

export function readInput(file: string): InputText {
  const bytes = file === '-' ? readStdin() : readFileBytes(file);
  return decode(bytes, file);
}

/**
 * One buffer for every file this thread reads, grown when a file is larger: decoding copies the
 * text out, and a fresh buffer per file is fresh memory whose page faults cost more than the
 * read itself (several times more on a virtual machine).
 */
let scratch = Buffer.allocUnsafeSlow(1024 * 1024);

function readFileBytes(file: string): Buffer {
  let size: number;
  try {
    // Checked before opening: opening a FIFO would wait for a writer.
    const stat = statSync(file);
    if (stat.isDirectory())
      throw new InputError('is a directory (with no .html, .htm or .txt file)');
    if (!stat.isFile()) throw new InputError('not a regular file');
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error));
  }
  if (size > MAX_INPUT_BYTES) throw new InputError(tooLarge(size));
  if (size > scratch.length) scratch = Buffer.allocUnsafeSlow(size);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    let read = 0;
    // A file that changes while it is read is cut at the size it had (the limit holds).
    while (read < size) {
      const n = readSync(fd, scratch, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return scratch.subarray(0, read);
  } catch (error) {
    throw new InputError(describeFsError(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** All of standard input; a pipe that is not ready yet (EAGAIN) is waited for, not an error. */
export function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  const chunk = Buffer.alloc(1024 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw new InputError(describeFsError(error));
    }
    if (n === 0) break;
    size += n;
    if (size > MAX_INPUT_BYTES) throw new InputError(tooLarge(size, true));
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function tooLarge(size: number, atLeast = false): string {
  return `too large (${atLeast ? 'over ' : ''}${(size / MB).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / MB} MB)`;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read (${code ?? (error as Error).message})`;
  }
}

const HTML_NAME = /\.(?:html?|xhtml)$/i;
const TEXT_NAME = /\.(?:txt|text|md)$/i;
const LOOKS_HTML = /^\s*<(?:!doctype|html|head|body|meta|title|article|div|p|!--)/i;
const META_CHARSET = /<meta[^>]{0,300}?charset\s*=\s*["']?([\w.:-]{1,40})/i;

function decode(input: Buffer, file: string): InputText {
  let bytes = input;
  if (bytes.length === 0) throw new InputError('empty file');
  // UTF-16 text (Windows editors) is full of NUL bytes but is text: its BOM says so.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) bytes = Buffer.from(new TextDecoder(utf16).decode(bytes), 'utf8');
  if (bytes.includes(0)) throw new InputError('binary data (NUL bytes), not text or HTML');
  const head = bytes.subarray(0, 2048).toString('latin1');
  const html = HTML_NAME.test(file) || (!TEXT_NAME.test(file) && LOOKS_HTML.test(head));
  let pieces: string[];
  const declared = html ? META_CHARSET.exec(head)?.[1]?.toLowerCase() : undefined;
  // A page can only say it is UTF-16 with a byte order mark: a <meta> that says so was read in
  // an ASCII-compatible encoding, so browsers take it as UTF-8 (HTML spec, "prescan").
  if (declared && !UTF8_LABELS.has(declared) && !hasUtf8Bom(bytes) && isSupported(declared)) {
    // A page that declares another charset (windows-1252, gbk...) is read in it.
    pieces = decodeIn(bytes, new TextDecoder(declared));
  } else {
    // What TextDecoder('utf-8', { fatal: true }) gives, without its start-up (ICU) and at
    // several times its speed: a check, then Node's own decoder, minus the byte order mark.
    if (!isUtf8(bytes)) throw new InputError('not valid UTF-8 text');
    pieces = utf8Pieces(bytes, hasUtf8Bom(bytes) ? 3 : 0);
  }
  // Whitespace is one UTF-16 unit, so no piece boundary can hide text.
  if (pieces.every((piece) => piece.trim() === ''))
    throw new InputError('empty file (only whitespace)');
  return {
    pieces,
    html,
    get text() {
      return pieces.join('');
    },
  };
}

/** Valid UTF-8 in pieces, each cut before a character's first byte. */
function utf8Pieces(bytes: Buffer, from: number): string[] {
  const pieces: string[] = [];
  for (let start = from; start < bytes.length;) {
    let end = Math.min(bytes.length, start + PIECE_BYTES);
    // 10xxxxxx continues a character: the cut moves back to where it starts.
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
    pieces.push(bytes.toString('utf8', start, end));
    start = end;
  }
  return pieces;
}

/** Another charset in pieces: the decoder carries a character cut at a boundary over. */
function decodeIn(bytes: Buffer, decoder: TextDecoder): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += PIECE_BYTES) {
    const piece = decoder.decode(bytes.subarray(start, start + PIECE_BYTES), { stream: true });
    if (piece !== '') pieces.push(piece);
  }
  const rest = decoder.decode();
  if (rest !== '') pieces.push(rest);
  return pieces;
}

const UTF8_LABELS = new Set([
  'utf-8',
  'utf8',
  'unicode-1-1-utf-8',
  'utf-16',
  'utf-16le',
  'utf-16be',
])
  .add('unicode')
  .add('ucs-2')
  .add('iso-10646-ucs-2')
  .add('csunicode')
  .add('unicodefffe');

function hasUtf8Bom(bytes: Buffer): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function isSupported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
