/**
 * A build plugin (esbuild: the `sumber` command's bundle, cli/build.mjs; Vite: the extension's
 * background): each character class of a regular expression literal that holds a Unicode
 * property (`[\p{L}\p{N}_]`, `\p{Lu}`) is written out as the code point ranges it stands for,
 * sorted and merged, computed here from this Node's own `\p{...}` (so the same characters
 * match; tests/unit/cli/unicode-classes).
 *
 * Why: V8 builds a property class from ICU tables each time it parses a pattern that names
 * one, and it parses each pattern twice (when the regex is made, and again when it is first
 * run), then sorts the class's ranges; a class of several properties (`[\p{L}\p{N}]`) is
 * merged range by range. Plain ranges skip ICU, and sorted ones skip the merge. Callgrind,
 * `sumber --json` on one small page (two Indonesian, two English corpus pages), Node 20,
 * instructions over all threads: 867M, 892M, 908M, 924M before; 823M, 845M, 856M, 869M after
 * (bare `node -e 0`: 507M). A class named in a string (`new RegExp(...)`) is left as it is.
 *
 * The extension's build rewrites core/ so (viteUnicodeClasses, wxt.config.ts): a background
 * worker that starts cold builds every engine regex at its first analysis, without a code
 * cache. Callgrind, Node 20, a bundle of core/analyze run from source as a fresh context runs
 * it (no code cache, no saved packs), on the same four pages: loading it 800M instructions to
 * 731M, its first analyze() 419M, 441M, 410M, 415M to 375M, 390M, 354M, 378M.
 *
 * Each class becomes a string module of its own (`sumber-unicode-class:<hash>`, bundled once
 * however many files use it), each rewritten literal a `new RegExp` of a string built once at
 * the top of its module: a literal still gives a new object at each evaluation, and V8's
 * compilation cache finds a pattern string it has seen. Only `u` patterns are rewritten (a
 * property needs the flag), never `v` ones (their classes nest) nor those with `\P{...}`.
 * The tests run the source as written. The ranges are those of the building Node's Unicode
 * version: a letter a later version adds is no letter to a build made before it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import ts from 'typescript';

/** Every code point but the surrogates, as two strings, in order: one regex run over them
 * finds a property's ranges. */
let allCodePoints = null;
function codePointStrings() {
  if (!allCodePoints) {
    allCodePoints = [
      [0, 0xd7ff],
      [0xe000, 0x10ffff],
    ].map(([from, to]) => {
      const chunks = [];
      for (let start = from; start <= to; start += 0x2000) {
        const points = [];
        for (let c = start; c <= Math.min(to, start + 0x1fff); c++) points.push(c);
        chunks.push(String.fromCodePoint(...points));
      }
      return chunks.join('');
    });
  }
  return allCodePoints;
}

const rangesOfClass = new Map();
/** The sorted ranges [first, last] of the code points a class body (`\p{L}\d-`) matches. */
export function classRanges(body) {
  let ranges = rangesOfClass.get(body);
  if (!ranges) {
    ranges = [];
    const run = new RegExp(`[${body}]+`, 'gu');
    for (const text of codePointStrings())
      for (const [found] of text.matchAll(run)) {
        const last = found.codePointAt(
          found.length - (found.length > 1 && found.codePointAt(found.length - 2) > 0xffff ? 2 : 1),
        );
        ranges.push([found.codePointAt(0), last]);
      }
    rangesOfClass.set(body, ranges);
  }
  return ranges;
}

/** A code point as a class member: ASCII letters and digits as they are, other ASCII
 * escaped, the rest as the character itself (the bundle escapes it in its string). */
function member(c) {
  if (/^[a-z0-9]$/i.test(String.fromCodePoint(c))) return String.fromCodePoint(c);
  return c < 0x80 ? `\\x${c.toString(16).padStart(2, '0')}` : String.fromCodePoint(c);
}

/** A class body of ranges, as short as they allow ("a-c", "ab", "a"). */
export function writtenRanges(ranges) {
  return ranges
    .map(([a, b]) =>
      a === b ? member(a) : b === a + 1 ? member(a) + member(b) : `${member(a)}-${member(b)}`,
    )
    .join('');
}

/** The end of the class opened at `open` (the index of its `]`), or -1. */
function classEnd(pattern, open) {
  let i = open + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') i++; // "[]" and "[^]" hold no property: never rewritten
  for (; i < pattern.length; i += pattern[i] === '\\' ? 2 : 1) if (pattern[i] === ']') return i;
  return -1;
}

/** Members a class may hold to be rewritten: properties, `\d`, single characters (escaped or
 * not) and ranges of them. Anything else (`\s`, `\w`, a nested class) keeps the class as
 * written. */
const PLAIN_MEMBER =
  /^(?:\\p\{[A-Za-z_=]+\}|\\d|\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\u\{[0-9a-fA-F]+\}|\\[nrt]|\\[$^\\.*+?()[\]{}|/-]|[^\\\]])/u;
function plainClass(inner) {
  for (let rest = inner; rest;) {
    const found = PLAIN_MEMBER.exec(rest);
    if (!found) return false;
    rest = rest.slice(found[0].length);
  }
  return true;
}

/**
 * A `u` pattern cut into literal text and class bodies written out: [text, body, text, ...]
 * (the bodies at odd places, each in the brackets of the text around it); null when the
 * pattern has a property this cannot write out (`\P{...}`, a class with other members).
 */
export function splitPattern(pattern) {
  const parts = [];
  let text = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const property = /^\\p\{[a-z_=]+\}/i.exec(pattern.slice(i));
      if (property) {
        if (property[0][1] === 'P') return null;
        parts.push(`${text}[`, writtenRanges(classRanges(property[0])));
        text = ']';
        i += property[0].length - 1;
      } else {
        text += pattern.slice(i, i + 2);
        i++;
      }
    } else if (c === '[') {
      const end = classEnd(pattern, i);
      if (end < 0) return null;
      const from = pattern[i + 1] === '^' ? i + 2 : i + 1;
      const inner = pattern.slice(from, end);
      if (!inner.includes('\\p{') && !inner.includes('\\P{')) text += pattern.slice(i, end + 1);
      else if (!inner.includes('\\P{') && plainClass(inner)) {
        parts.push(text + pattern.slice(i, from), writtenRanges(classRanges(inner)));
        text = ']';
      } else return null;
      i = end;
    } else text += c;
  }
  parts.push(text);
  return parts.length > 1 ? parts : null;
}

const CLASS_MODULE = 'sumber-unicode-class:';

/**
 * A module's text with its regex literals rewritten (see above), or null when it has none to
 * rewrite. `classes` collects each class body by the name of its module.
 */
export function rewriteModule(source, fileName, classes) {
  if (!source.includes('\\p{')) return null;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits = [];
  const imports = new Map();
  const patterns = [];
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const slash = literal.lastIndexOf('/');
      const pattern = literal.slice(1, slash);
      const flags = literal.slice(slash + 1);
      const parts = flags.includes('u') && !flags.includes('v') ? splitPattern(pattern) : null;
      if (parts) {
        const pieces = parts.map((part, k) => {
          if (k % 2 === 0) return JSON.stringify(part);
          const name = `__unicodeClass_${createHash('sha256').update(part).digest('hex').slice(0, 10)}`;
          classes.set(name, part);
          imports.set(name, `import ${name} from '${CLASS_MODULE}${name}';`);
          return name;
        });
        const constant = `__unicodePattern${patterns.length}`;
        patterns.push(`const ${constant} = ${pieces.filter((p) => p !== '""').join(' + ')};`);
        edits.push([
          node.getStart(file),
          node.end,
          `new RegExp(${constant}, ${JSON.stringify(flags)})`,
        ]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return null;
  let out = source;
  for (const [from, to, text] of edits.reverse()) out = out.slice(0, from) + text + out.slice(to);
  // After the imports: a module's own statements may use a pattern at once.
  const lastImport = file.statements.filter(ts.isImportDeclaration).pop();
  const at = lastImport ? lastImport.end : 0;
  const head = `\n${[...imports.values()].join('\n')}\n${patterns.join('\n')}\n`;
  return at === 0 ? head + out : out.slice(0, at) + head + out.slice(at);
}

/** A module of the project to rewrite: TypeScript under `root` (under one of `dirs` if given),
 * never a dependency's. */
function rewritten(path, root, dirs) {
  if (!path.endsWith('.ts') || path.includes('node_modules')) return false;
  const prefixes = (dirs ?? ['']).map((d) => join(root, d, sep));
  return prefixes.some((prefix) => path.startsWith(prefix));
}

/** The esbuild plugin (the `sumber` command's bundle, the bench's in-page bundle). */
export function unicodeClassesPlugin(root, dirs) {
  const classes = new Map();
  return {
    name: 'unicode-classes',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (!rewritten(args.path, root, dirs)) return undefined;
        const source = await readFile(args.path, 'utf8');
        const contents = rewriteModule(source, args.path, classes);
        return contents === null
          ? undefined
          : { contents, loader: 'ts', resolveDir: dirname(args.path) };
      });
      b.onResolve({ filter: new RegExp(`^${CLASS_MODULE}`) }, (args) => ({
        path: args.path.slice(CLASS_MODULE.length),
        namespace: 'unicode-class',
      }));
      b.onLoad({ filter: /.*/, namespace: 'unicode-class' }, (args) => ({
        contents: `export default ${JSON.stringify(classes.get(args.path))};`,
        loader: 'js',
      }));
    },
  };
}

/** The same as a Vite plugin (the extension's build, wxt.config.ts), run before TypeScript is
 * compiled. */
export function viteUnicodeClasses(root, dirs) {
  const classes = new Map();
  const virtual = `\0${CLASS_MODULE}`;
  return {
    name: 'unicode-classes',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith(CLASS_MODULE) ? `\0${id}` : null),
    load: (id) =>
      id.startsWith(virtual)
        ? `export default ${JSON.stringify(classes.get(id.slice(virtual.length)))};`
        : null,
    transform(code, id) {
      const path = id.split('?')[0];
      if (!rewritten(path, root, dirs)) return null;
      const contents = rewriteModule(code, path, classes);
      return contents === null ? null : { code: contents, map: null };
    },
  };
}
