/**
 * A page's HTML into the CLI's DOM (nodes.ts) in one htmlparser2 pass: the parser linkedom
 * uses, with linkedom's options, so the tree has the same shape (implied closes, void
 * elements, `<svg>` contents), but each node is a small object and elements are indexed by
 * tag as they open, so `getElementsByTagName` is a lookup instead of a walk of the page.
 * Comments are not kept (extraction never reads them); adjacent text is one node.
 * The input is expected to have been through prepare-html (nesting capped): the parser's
 * open-element stack costs time quadratic in depth.
 */
import { Parser } from 'htmlparser2';
import { LiteDocument, LiteElement, LiteText, TEXT_NODE } from './nodes';

export function parseDocument(html: string): LiteDocument {
  const doc = new LiteDocument();
  let parent: LiteElement | LiteDocument = doc;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const el = new LiteElement(doc, name, hasKeys(attributes) ? attributes : null);
        parent.appendChild(el);
        doc.register(el);
        parent = el;
      },
      ontext(text) {
        const last = parent.lastChild;
        if (last !== null && last.nodeType === TEXT_NODE) last.nodeValue += text;
        else parent.appendChild(new LiteText(text));
      },
      onclosetag() {
        if (parent instanceof LiteElement) {
          parent.end = doc.elements.length - 1;
          parent = parent.parentNode ?? doc;
        }
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  );
  parser.write(html);
  parser.end();
  return doc;
}

function hasKeys(record: Record<string, string>): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}
