/**
 * A page's HTML into the CLI's DOM (nodes.ts) in ONE pass of htmlparser2's tokenizer: the tree
 * rules of htmlparser2's Parser (implied closes, void elements, `/>` only inside svg/math,
 * stray </p> and </br>), which linkedom's tree also follows, plus the limits that keep a
 * hostile page bounded, applied as the tree is built:
 * - elements nested deeper than MAX_DEPTH are not made (their text stays at that depth), as
 *   browsers cap nesting; the open-element stack is an array used at its end, linear in depth;
 * - attribute values are cut at MAX_ATTRIBUTE_CHARS characters of source;
 * - the text of `<style>` and of `<script>` (other than JSON-LD, which the gate reads) is not
 *   kept: extraction never reads it.
 * Comments are not kept; adjacent text is one node.
 */
import { Tokenizer } from 'htmlparser2';
import { LiteDocument, LiteElement, LiteText, TEXT_NODE } from './nodes';

export const MAX_DEPTH = 512;
export const MAX_ATTRIBUTE_CHARS = 4096;

export interface ParsedPage {
  document: LiteDocument;
  /** Start tags not made because they were nested deeper than MAX_DEPTH. */
  flattened: number;
  /** Attribute values cut to MAX_ATTRIBUTE_CHARS. */
  cutAttributes: number;
}

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
const SECTIONS = new Set(['thead', 'tbody']);
const CLOSES_P = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote']
  .concat(['details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form'])
  .concat(['header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul', 'p']);
/** Which open elements a start tag closes (htmlparser2's Parser, openImpliesClose). */
const IMPLIED_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ['rt', RT_RP],
  ['rp', RT_RP],
  ['tbody', SECTIONS],
  ['tfoot', SECTIONS],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map(
    (tag): [string, Set<string>] => [tag, FORM],
  ),
  ...CLOSES_P.map((tag): [string, Set<string>] => [tag, P]),
]);
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr'])
  .add('img')
  .add('input')
  .add('isindex')
  .add('keygen')
  .add('link')
  .add('meta')
  .add('param')
  .add('source')
  .add('track')
  .add('wbr');
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
]);

/**
 * Parses a page given whole or in pieces (read-input.ts: a big page is never one string); the
 * tree is the same either way, as htmlparser2's tokenizer streams.
 */
export function parsePage(html: string | readonly string[]): ParsedPage {
  const pieces = typeof html === 'string' ? [html] : html.filter((piece) => piece !== '');
  const source = new PieceSlicer(pieces);
  const doc = new LiteDocument();
  let parent: LiteElement | LiteDocument = doc;
  /** Open element names, innermost last (the Parser's stack, reversed). */
  const stack: string[] = [];
  /** Whether `/>` closes an element here: inside svg/math, not in their HTML islands. */
  const foreign: boolean[] = [false];
  let flattened = 0;
  let cutAttributes = 0;
  let tag = '';
  let dropTag = false;
  let attributes: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';
  /**
   * The value's source from its first plain run to its last (entities around them aside), as
   * the cut measures it: past MAX_ATTRIBUTE_CHARS of it nothing is kept but entities at the end.
   */
  let rawStart = -1;
  let rawEnd = -1;
  /** Entities read past the cut: kept only if no plain text follows them. */
  let pending = '';
  /** Text in the current element is not kept (style, script other than JSON-LD). */
  let dropText = false;

  const closeElement = (): void => {
    stack.pop();
    if (parent instanceof LiteElement) {
      parent.end = doc.elements.length - 1;
      parent = parent.parentNode ?? doc;
    }
    dropText = false;
  };
  const makeElement = (name: string, attrs: Record<string, string> | null): LiteElement => {
    const el = new LiteElement(doc, name, attrs);
    parent.appendChild(el);
    doc.register(el);
    return el;
  };
  /** The Parser's emitOpenTag: implied closes, then the name goes on the stack. */
  const openTag = (name: string): void => {
    const closes = IMPLIED_CLOSE.get(name);
    if (closes)
      while (stack.length > 0 && closes.has(stack[stack.length - 1] ?? '')) closeElement();
    tag = name;
    attributes = {};
  };
  /** The Parser's endOpenTag: the element is made; a void element is closed at once. */
  const endOpenTag = (): void => {
    const el = makeElement(tag, hasKeys(attributes) ? attributes : null);
    if (VOID.has(tag)) {
      el.end = el.order;
      return;
    }
    stack.push(tag);
    if (FOREIGN.has(tag)) foreign.push(true);
    else if (INTEGRATION.has(tag)) foreign.push(false);
    parent = el;
    const type = tag === 'script' ? (attributes.type ?? '').trim().toLowerCase() : '';
    dropText = tag === 'style' || (tag === 'script' && type !== 'application/ld+json');
  };
  const addText = (text: string): void => {
    if (dropText) return;
    const last = parent.lastChild;
    if (last !== null && last.nodeType === TEXT_NODE) last.nodeValue += text;
    else parent.appendChild(new LiteText(text));
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, end) {
        const name = source.slice(start, end).toLowerCase();
        dropTag = stack.length >= MAX_DEPTH;
        if (dropTag) flattened++;
        else openTag(name);
      },
      onattribname(start, end) {
        attrName = source.slice(start, end);
        attrValue = '';
        rawStart = -1;
        pending = '';
      },
      onattribdata(start, end) {
        if (dropTag) return;
        if (rawStart < 0) rawStart = start;
        const cut = rawStart + MAX_ATTRIBUTE_CHARS;
        pending = '';
        if (start < cut) attrValue += source.slice(start, Math.min(end, cut));
        rawEnd = end;
      },
      onattribentity(codepoint) {
        if (dropTag) return;
        const char = String.fromCodePoint(codepoint);
        if (rawStart < 0 || rawEnd < rawStart + MAX_ATTRIBUTE_CHARS) attrValue += char;
        else pending += char;
      },
      onattribend() {
        if (dropTag) return;
        if (rawStart >= 0 && rawEnd - rawStart > MAX_ATTRIBUTE_CHARS) cutAttributes++;
        if (!Object.hasOwn(attributes, attrName)) attributes[attrName] = attrValue + pending;
        attrValue = '';
        pending = '';
        rawStart = -1;
      },
      onopentagend() {
        if (!dropTag) endOpenTag();
      },
      onselfclosingtag() {
        if (dropTag) return;
        const name = tag;
        endOpenTag();
        // In HTML "/>" means nothing; inside svg/math it closes the element.
        if (foreign[foreign.length - 1] === true && stack[stack.length - 1] === name)
          closeElement();
      },
      onclosetag(start, end) {
        const name = source.slice(start, end).toLowerCase();
        if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
        if (!VOID.has(name)) {
          const at = stack.lastIndexOf(name);
          if (at >= 0) while (stack.length > at) closeElement();
          else if (name === 'p') {
            // A stray </p> makes an empty paragraph, as in browsers.
            openTag('p');
            endOpenTag();
            closeElement();
          }
        } else if (name === 'br') {
          // A stray </br> is a line break, as in browsers.
          makeElement('br', null).end = doc.elements.length - 1;
        }
      },
      ontext(start, end) {
        addText(source.slice(start, end));
      },
      ontextentity(codepoint) {
        addText(String.fromCodePoint(codepoint));
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  for (const piece of pieces) tokenizer.write(piece);
  tokenizer.end();
  while (stack.length > 0) closeElement();
  return { document: doc, flattened, cutAttributes };
}

function hasKeys(record: Record<string, string>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/**
 * Text between two positions of the whole page, given in pieces: the tokenizer counts positions
 * across everything written, and a name or a script's text can span two pieces. Positions come
 * in (nearly) rising order, so the piece last used is where the search starts.
 */
class PieceSlicer {
  private readonly starts: number[] = [];
  private at = 0;
  constructor(private readonly pieces: readonly string[]) {
    let offset = 0;
    for (const piece of pieces) {
      this.starts.push(offset);
      offset += piece.length;
    }
  }

  slice(start: number, end: number): string {
    const { pieces, starts } = this;
    let i = this.at;
    while (i > 0 && (starts[i] ?? 0) > start) i--;
    while (i + 1 < pieces.length && (starts[i + 1] ?? 0) <= start) i++;
    this.at = i;
    const first = pieces[i] ?? '';
    const offset = starts[i] ?? 0;
    if (end - offset <= first.length) return first.slice(start - offset, end - offset);
    let text = first.slice(start - offset);
    for (let j = i + 1; j < pieces.length && (starts[j] ?? 0) < end; j++)
      text += (pieces[j] ?? '').slice(0, end - (starts[j] ?? 0));
    return text;
  }
}
