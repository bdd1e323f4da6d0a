/**
 * A language's words live only in its pack (core/lang/<code>/): adding a language is one
 * folder, and no English or Indonesian word of the analysis hides in code. This scans every
 * file of core/ outside core/lang for a string that is a word or phrase of a pack (a list of
 * them, a token compared with one, a regular expression of them) and fails on each one that
 * is not a name of the code (a table, a kind) or an entry of a registry (see ALLOWED).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/core/lang';
import { FLAGS, REASONS, SOURCE_KINDS } from '@/core/report';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join('core', 'lang') ? [] : tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Lists of names, not of words of a class: a place or a nation named in the registry is
 * data about an outlet ("Ethiopia's ENA"), as the outlet's own name is. */
const NAME_FIELDS = new Set(['places', 'demonyms', 'nationalityAdjectives']);

/** Every word and phrase of every pack's lists of words. */
const PACK_WORDS = new Set(
  LANGUAGES.flatMap((pack) =>
    Object.entries(pack)
      .filter(([field, value]) => Array.isArray(value) && !NAME_FIELDS.has(field))
      .flatMap(([, value]) => value as string[]),
  ),
);

/** Names of the code that are also words ("media", "document", "roles"): a table or a kind
 * named, never a word read in text. */
const CODE_NAMES = new Set<string>([
  ...Object.keys(LANGUAGES[0]!),
  ...SOURCE_KINDS,
  ...FLAGS,
  ...REASONS,
]);

/**
 * The registries are data about named things, reviewed entry by entry: the lists inside one
 * outlet's or institution's entry (its names, its country's names, what else its name means:
 * "Sputnik V", "Ketua RT") are that entry's. A list shared by several entries is no entry's
 * and must come from the packs (core/outlets/data/context.ts reads them).
 */
const REGISTRY_DATA = [join('core', 'outlets', 'data'), join('core', 'institutions', 'data')];

/** The exported list of entries of a registry file: `export const WIRE: Outlet[] = [...]`. */
function insideEntries(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (
      ts.isVariableDeclaration(n) &&
      n.type &&
      ts.isArrayTypeNode(n.type) &&
      /^(?:Outlet|Institution)$/.test(n.type.elementType.getText())
    )
      return true;
  }
  return false;
}

const WORD_SHAPE = /^\p{Ll}[\p{Ll}\d'.\- ]*$/u;

/** A pack's word written in code: a string (or each word of a regular expression's
 * alternation) that a pack lists and the code does not use as a name of its own. */
function packWord(text: string): boolean {
  return WORD_SHAPE.test(text) && PACK_WORDS.has(text) && !CODE_NAMES.has(text);
}

function regexWords(source: string): string[] {
  const body = source.slice(1, source.lastIndexOf('/'));
  // Escapes (\p{L}, \s, \b) and classes ([a-z]) are no words.
  const plain = body.replace(/\\[pPu]\{[^}]*\}|\\./g, ' ').replace(/\[(?:[^\]\\]|\\.)*\]/g, ' ');
  return plain.match(/\p{Ll}{2,}/gu) ?? [];
}

/** What a token's word is compared with or looked up by ("t.lower === 'of'"). */
const TOKEN_WORD = /(?:\.lower|\.base|\.text|word|lower)$/i;
const LOOKUPS = new Set(['has', 'includes', 'indexOf', 'startsWith', 'endsWith']);

/**
 * A string read as a word of the text: an item of a list, compared with a token's word, or
 * looked up in a set or a string. A string naming a stage, a kind or a table of the code
 * ("id: 'initials'", "kind === 'person'") is the code's own.
 */
function readAsWord(node: ts.StringLiteralLike): boolean {
  const parent = node.parent;
  if (ts.isArrayLiteralExpression(parent)) return true;
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    const other = parent.left === node ? parent.right : parent.left;
    const equality =
      op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsEqualsToken;
    return equality && TOKEN_WORD.test(other.getText().replace(/\?/g, ''));
  }
  if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression))
    return LOOKUPS.has(parent.expression.name.text);
  return false;
}

interface Finding {
  at: string;
  words: string[];
}

function findPackWords(file: string, code: string): Finding[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const registry = REGISTRY_DATA.some((dir) => file.startsWith(dir));
  const findings: Finding[] = [];
  const report = (node: ts.Node, words: string[]) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    findings.push({ at: `${file}:${line}`, words });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isLiteralTypeNode(node) || ts.isImportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (packWord(node.text) && readAsWord(node) && !(registry && insideEntries(node)))
        report(node, [node.text]);
    } else if (ts.isRegularExpressionLiteral(node)) {
      const words = regexWords(node.text).filter(packWord);
      if (words.length > 0) report(node, words);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** Strings of code outside core/lang that are also a pack's words, and why they are no word
 * read in text. */
const ALLOWED: { file: string; word: string; why: string }[] = [
  {
    file: join('core', 'institutions', 'schema.ts'),
    word: 'international',
    why: "the registry's country code of a body of states",
  },
  {
    file: join('core', 'rules', 'speaker-subject.ts'),
    word: 'evidence',
    why: "the end of the ids of the stages that decide on evidence ('lone-name/person-evidence')",
  },
];
const allowed = (f: Finding) =>
  ALLOWED.some((a) => f.at.startsWith(`${a.file}:`) && f.words.every((w) => w === a.word));

describe("a language's words live only in its pack", () => {
  const files = tsFiles('core');

  it('has files and pack words to check', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(PACK_WORDS.has('according to') && PACK_WORDS.has('menurut')).toBe(true);
  });

  it('finds them where they hide: a list, a comparison, a regular expression', () => {
    const code = [
      "const CITING = ['according to', 'menurut'];",
      "if (t.lower === 'of') stop();",
      'const SAID = /\\b(?:said|told)\\b/u;',
      "const kinds = new Set(['media', 'document']);",
      "type Via = Pick<Candidate, 'via'>;",
    ].join('\n');
    const found = findPackWords('core/example.ts', code);
    expect(found.map((f) => f.words)).toEqual([
      ['according to'],
      ['menurut'],
      ['of'],
      ['said', 'told'],
    ]);
  });

  it("a registry entry's own lists are its data, a list shared by entries is not", () => {
    const code = [
      "const SHARED = ['according to'];",
      "export const WIRE: Outlet[] = [{ aliasRules: { X: { needsBefore: ['menurut'] } } }];",
    ].join('\n');
    const found = findPackWords(join('core', 'outlets', 'data', 'wire.ts'), code);
    expect(found.map((f) => f.words)).toEqual([['according to']]);
  });

  it('no file of core/ outside core/lang holds words of a pack', () => {
    const found = files.flatMap((file) =>
      findPackWords(file, readFileSync(file, 'utf8')).filter((f) => !allowed(f)),
    );
    expect(found).toEqual([]);
  });
});
