/**
 * One linear pass over a page's HTML before the DOM is built, so that no page can make the
 * parse slow or crash it. It only cuts ranges out of the source; the rest is kept byte for byte:
 * - elements nested deeper than 512 lose their tags (their text stays at depth 512), as
 *   browsers cap nesting: the DOM parser keeps its open-element stack with `unshift`, which is
 *   quadratic in depth (200,000 nested elements took minutes);
 * - attribute values are cut at 4,096 characters (a 1 MB `class` overflowed the stack);
 * - the text inside `<script>` (other than JSON-LD, which the gate reads) and `<style>` is
 *   dropped: extraction never reads it, and it is a large share of a news page's bytes.
 * The open-element stack here mirrors the parser's (implied closes, void elements) but is
 * never deeper than the cap, so every step is bounded.
 */
import { Tokenizer } from 'htmlparser2';

export const MAX_DEPTH = 512;
export const MAX_ATTRIBUTE_CHARS = 4096;

export interface PreparedHtml {
  html: string;
  /** Start tags dropped because they were nested deeper than MAX_DEPTH. */
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
/** Which open elements a start tag closes (htmlparser2's rules, which the DOM parser follows). */
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
  .add('img').add('input').add('isindex').add('keygen').add('link').add('meta').add('param')
  .add('source').add('track').add('wbr');
const FOREIGN = new Set(['svg', 'math']);

export function prepareHtml(html: string): PreparedHtml {
  const parts: string[] = [];
  let last = 0;
  const cut = (start: number, end: number): void => {
    if (start < last) return;
    parts.push(html.slice(last, start));
    last = end;
  };
  const stack: string[] = [];
  let foreign = 0;
  let flattened = 0;
  let cutAttributes = 0;
  // The start tag being read: its name, where its "<" is, whether it is dropped.
  let tag = '';
  let tagStart = 0;
  let dropTag = false;
  let attrName = '';
  let attrValueStart = -1;
  let attrValueEnd = -1;
  let scriptType = '';
  let attributeCuts: Array<[number, number]> = [];
  /** Inside a script/style whose text is dropped. */
  let dropText = false;

  const open = (name: string): void => {
    const closes = IMPLIED_CLOSE.get(name);
    if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1] ?? '')) pop();
    if (VOID.has(name)) return;
    stack.push(name);
    if (FOREIGN.has(name)) foreign++;
  };
  const pop = (): void => {
    const name = stack.pop();
    if (name !== undefined && FOREIGN.has(name)) foreign--;
  };

  /** The start tag just read ends at `end`: drop it whole (past the nesting cap) or cut its
   * over-long attribute values and open it. False when it was dropped. */
  const keepStartTag = (end: number): boolean => {
    if (dropTag) {
      cut(tagStart, end + 1);
      return false;
    }
    for (const [from, to] of attributeCuts) cut(from, to);
    cutAttributes += attributeCuts.length;
    open(tag);
    return true;
  };

  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: false }, {
    onopentagname(start, end) {
      tag = html.slice(start, end).toLowerCase();
      tagStart = start - 1;
      attributeCuts = [];
      scriptType = '';
      dropTag = stack.length >= MAX_DEPTH;
      if (dropTag) flattened++;
    },
    onattribname(start, end) {
      // Only a script's type is ever read: other names are not worth a string.
      attrName = tag === 'script' ? html.slice(start, end).toLowerCase() : '';
      attrValueStart = -1;
    },
    onattribdata(start, end) {
      if (attrValueStart < 0) attrValueStart = start;
      attrValueEnd = end;
      if (tag === 'script' && attrName === 'type') scriptType += html.slice(start, end);
    },
    onattribentity() {},
    onattribend() {
      // The cut ends where the value does: its closing quote stays.
      if (attrValueStart >= 0 && attrValueEnd - attrValueStart > MAX_ATTRIBUTE_CHARS) {
        attributeCuts.push([attrValueStart + MAX_ATTRIBUTE_CHARS, attrValueEnd]);
      }
      attrValueStart = -1;
    },
    onopentagend(end) {
      if (!keepStartTag(end)) return;
      const type = scriptType.trim().toLowerCase();
      dropText = tag === 'style' || (tag === 'script' && type !== 'application/ld+json');
    },
    onselfclosingtag(end) {
      if (!keepStartTag(end)) return;
      // Only inside svg/math does "/>" close the element; in HTML it is a start tag.
      if (foreign > 0 && stack[stack.length - 1] === tag) pop();
      dropText = false;
    },
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase();
      dropText = false;
      const at = stack.lastIndexOf(name);
      if (at < 0) {
        // Closes nothing open here: an element that was flattened, or a stray end tag.
        if (flattened > 0 && name !== 'p' && name !== 'br') cut(start - 2, end + 1);
        return;
      }
      while (stack.length > at) pop();
    },
    ontext(start, end) {
      if (dropText) cut(start, end);
    },
    ontextentity() {},
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  });
  tokenizer.write(html);
  tokenizer.end();
  if (last === 0) return { html, flattened, cutAttributes };
  parts.push(html.slice(last));
  return { html: parts.join(''), flattened, cutAttributes };
}
