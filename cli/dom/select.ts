/**
 * The few CSS selectors extraction asks the parsed-file DOM for: lists of tag names,
 * `.class`, `[attr]` and `[attr="value"]` (exact, case-sensitive, as css-select does for
 * these attributes in HTML). Anything else throws, so a new selector in utils/extract fails the
 * CLI's tests loudly instead of matching nothing.
 */
import type { LiteElement } from './nodes';

export type Matcher = (el: LiteElement) => boolean;

const TAG = /^[a-z][a-z0-9-]*$/;
const CLASS = /^\.([\w-]+)$/;
const HAS_ATTRIBUTE = /^\[([a-z_:][\w:.-]*)\]$/i;
const ATTRIBUTE_EQUALS = /^\[([a-z_:][\w:.-]*)="([^"\\]*)"\]$/i;

const compiled = new Map<string, Matcher>();

function compileOne(part: string): Matcher {
  if (TAG.test(part)) return (el) => el.localName === part;
  const cls = CLASS.exec(part);
  if (cls) {
    const name = cls[1] ?? '';
    return (el) => el.hasClass(name);
  }
  const has = HAS_ATTRIBUTE.exec(part);
  if (has) {
    const name = has[1] ?? '';
    return (el) => el.hasAttribute(name);
  }
  const equals = ATTRIBUTE_EQUALS.exec(part);
  if (equals) {
    const name = equals[1] ?? '';
    const value = equals[2] ?? '';
    return (el) => el.attributeValue(name) === value;
  }
  throw new Error(`the CLI's DOM does not support the selector "${part}"`);
}

/**
 * A list's tag names and classes are each one Set lookup per element (the standfirst's list
 * names six classes, the summary header's eleven tags, and every element of the page is
 * asked); the other parts are asked in turn.
 */
function compileList(parts: readonly string[]): Matcher {
  const tags = new Set(parts.filter((part) => TAG.test(part)));
  const classes = new Set(parts.map((part) => CLASS.exec(part)?.[1] ?? '').filter(Boolean));
  const others = parts
    .filter((part) => !TAG.test(part) && !CLASS.test(part))
    .map((part) => compileOne(part));
  return (el) =>
    (tags.size > 0 && tags.has(el.localName)) ||
    (classes.size > 0 && el.hasAnyClass(classes)) ||
    others.some((match) => match(el));
}

export function compileSelector(selector: string): Matcher {
  let matcher = compiled.get(selector);
  if (matcher) return matcher;
  const parts = selector.split(',').map((part) => part.trim());
  matcher = parts.length === 1 ? compileOne(parts[0] ?? '') : compileList(parts);
  compiled.set(selector, matcher);
  return matcher;
}
