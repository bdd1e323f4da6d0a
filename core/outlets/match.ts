/**
 * Finding outlet names in a sentence, in one left-to-right pass over its words.
 *
 * Every alias is compiled once into its words and the separators between them, and filed
 * under its first word (lower case). At each word of the text only the aliases starting
 * with that word are tried, longest first; the first that fits is taken and the scan goes
 * on after it, so mentions never overlap and a longer name wins ("Korean Central News
 * Agency" over "Central News Agency", "CNN Indonesia" over "CNN").
 *
 * Words are runs of letters, marks and digits; Chinese and Japanese characters are one word
 * each, so names written in those scripts match without spaces. Because matching works on
 * whole words, "AP" never matches inside "CAP" or "APBN", and "Xinhua's", "KCNA’s",
 * "TASS-nya" and "(Antara)" match their outlet: the possessive or suffix is a word of its own.
 */
import { APPOSITION_OPENERS, APPOSITION_OUTLET_NOUNS, OUTLET_CLAUSE_OPENERS } from './data/context';
import type { AliasRule, Outlet } from './schema';
import { outletNounBeforeCountry } from './noun-country';
import { firstWordKey, words, type Words } from './words';

export { firstWordKey, words };

const DIGITS = /^\p{N}+$/u;

export interface OutletMention {
  outlet: Outlet;
  /** Offsets into the text that was searched (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The mention as written in the text. */
  text: string;
  /** The alias (or name) it matched, as written in the registry. */
  alias: string;
}

/** What must lie between two words of an alias. */
type Sep = { kind: 'gap' } | { kind: 'none' } | { kind: 'literal'; value: string };

const APOSTROPHES = /[’‘ʼ`´]/g;
const HYPHENS = /[‐‑]/g;
const SPACES = /\s+/g;
const GAP = /^(?:\s+|[-‐‑])$/;

function normalizeSep(sep: string): string {
  return sep.replace(APOSTROPHES, "'").replace(HYPHENS, '-').replace(SPACES, ' ');
}

function aliasSep(sep: string): Sep {
  if (sep === '') return { kind: 'none' };
  const value = normalizeSep(sep);
  // "Al Jazeera" = "Al-Jazeera", "Radio-Canada" = "Radio Canada".
  if (value === ' ' || value === '-') return { kind: 'gap' };
  return { kind: 'literal', value };
}

function sepFits(sep: Sep, text: string): boolean {
  switch (sep.kind) {
    case 'gap':
      return GAP.test(text);
    case 'none':
      return text === '';
    case 'literal':
      return normalizeSep(text) === sep.value;
  }
}

/** A context phrase as lower-case words; "#" is any number. */
type Phrase = readonly string[];

interface CompiledRule {
  exactCase: boolean;
  needsBefore: Phrase[];
  needsAfter: Phrase[];
  inParens: boolean;
  notBefore: Phrase[];
  notAfter: Phrase[];
}

export interface CompiledAlias {
  outlet: Outlet;
  alias: string;
  /** The alias's words as written, for the case rule. */
  words: string[];
  lower: string[];
  seps: Sep[];
  rule: CompiledRule | null;
}

/** Context lists are shared by many aliases: each phrase is split into words once. */
const phraseCache = new Map<string, Phrase>();

function phrase(p: string): Phrase {
  let cached = phraseCache.get(p);
  if (!cached) {
    cached = p === '#' ? ['#'] : words(p).lower;
    phraseCache.set(p, cached);
  }
  return cached;
}

function phrases(list: readonly string[] | undefined): Phrase[] {
  // User entries arrive from storage: anything that is not a list of strings is ignored.
  if (!Array.isArray(list)) return [];
  return list
    .filter((p): p is string => typeof p === 'string')
    .map(phrase)
    .filter((p) => p.length > 0);
}

function compileRule(rule: AliasRule | undefined): CompiledRule | null {
  if (!rule || typeof rule !== 'object') return null;
  return {
    exactCase: rule.exactCase === true,
    needsBefore: phrases(rule.needsBefore),
    needsAfter: phrases(rule.needsAfter),
    inParens: rule.inParens === true,
    notBefore: phrases(rule.notBefore),
    notAfter: phrases(rule.notAfter),
  };
}

/** Compiles one alias; null when it cannot match anything (no words, or ambiguous). */
export function compileAlias(
  outlet: Outlet,
  alias: string,
  rule: AliasRule | undefined,
): CompiledAlias | null {
  if (typeof alias !== 'string' || rule?.ambiguous) return null;
  const w = words(alias);
  if (w.lower.length === 0) return null;
  const written = w.start.map((s, k) => alias.slice(s, w.end[k]));
  const seps: Sep[] = [];
  for (let k = 1; k < w.start.length; k++)
    seps.push(aliasSep(alias.slice(w.end[k - 1], w.start[k])));
  return { outlet, alias, words: written, lower: w.lower, seps, rule: compileRule(rule) };
}

/** The case rule: an upper-case letter in the alias must be upper case in the text. */
function caseFits(aliasWord: string, textWord: string): boolean {
  if (aliasWord === textWord) return true;
  if (aliasWord.length !== textWord.length) return aliasWord.toLowerCase() === aliasWord;
  for (let k = 0; k < aliasWord.length; k++) {
    const a = aliasWord[k] as string;
    if (a !== a.toLowerCase() && textWord[k] !== a) return false;
  }
  return true;
}

function phraseAt(p: Phrase, ws: Words, from: number): boolean {
  if (from < 0 || from + p.length > ws.lower.length) return false;
  for (let k = 0; k < p.length; k++) {
    const want = p[k] as string;
    const got = ws.lower[from + k] as string;
    if (want === '#' ? !DIGITS.test(got) : want !== got) return false;
  }
  return true;
}

/** A phrase ending right before word `at`. */
function endsBefore(list: Phrase[], ws: Words, at: number): boolean {
  return list.some((p) => phraseAt(p, ws, at - p.length));
}

/** A phrase starting at word `at`. */
function startsAt(list: Phrase[], ws: Words, at: number): boolean {
  return list.some((p) => phraseAt(p, ws, at));
}

const appositionNouns = APPOSITION_OUTLET_NOUNS.map(phrase);
const appositionOpeners = new Set(APPOSITION_OPENERS);
/** Words an apposition may put before its outlet noun ("a semi-official", "the state"). */
const MAX_APPOSITION_MODIFIERS = 3;

/** "Mehr, a semi-official news agency, ...": right after the name a comma, then (after an
 * article and a few modifiers) a noun for an outlet. Only a comma and spaces between. */
function outletApposition(text: string, ws: Words, last: number): boolean {
  const next = last + 1;
  if (next >= ws.start.length) return false;
  if (text.slice(ws.end[last], ws.start[next]).trim() !== ',') return false;
  let k = appositionOpeners.has(ws.lower[next] as string) ? next + 1 : next;
  // "Fars, Iran's state-linked agency": an owner's possessive opens it as an article would.
  const owned =
    /^['’]$/.test(text.slice(ws.end[k], ws.start[k + 1])) &&
    ws.end[k + 1]! - ws.start[k + 1]! === 1;
  const opened = owned ? (k += 2) : next;
  for (const limit = k + MAX_APPOSITION_MODIFIERS; k <= limit && k < ws.start.length; k++) {
    // The apposition ends at its first punctuation: the noun must come before.
    if (k > opened && /[^\s-]/.test(text.slice(ws.end[k - 1], ws.start[k]))) return false;
    if (startsAt(appositionNouns, ws, k)) return true;
  }
  return false;
}

const clauseOpeners = new Set(OUTLET_CLAUSE_OPENERS);
/** Longest relative clause, in words, read between a name and its verb. */
const MAX_CLAUSE_WORDS = 14;

/** "Tasnim, which is close to the Revolutionary Guards, said": right after the name a comma
 * and a relative pronoun, the clause closed by a comma, then a phrase the rule needs after the
 * name. The clause only describes the outlet; its reporting verb still follows it. */
function afterRelativeClause(text: string, ws: Words, last: number, needs: Phrase[]): boolean {
  const next = last + 1;
  if (needs.length === 0 || next >= ws.start.length) return false;
  if (text.slice(ws.end[last], ws.start[next]).trim() !== ',') return false;
  if (!clauseOpeners.has(ws.lower[next] as string)) return false;
  for (let k = next + 1; k <= next + MAX_CLAUSE_WORDS && k < ws.start.length; k++) {
    const gap = text.slice(ws.end[k - 1], ws.start[k]);
    if (/[.;:!?"“”()]/.test(gap)) return false;
    if (gap.trim() === ',') return startsAt(needs, ws, k);
  }
  return false;
}

function ruleFits(
  rule: CompiledRule,
  text: string,
  ws: Words,
  first: number,
  last: number,
): boolean {
  if (endsBefore(rule.notBefore, ws, first) || startsAt(rule.notAfter, ws, last + 1)) return false;
  const needs = rule.needsBefore.length > 0 || rule.needsAfter.length > 0 || rule.inParens;
  if (!needs) return true;
  if (endsBefore(rule.needsBefore, ws, first) || startsAt(rule.needsAfter, ws, last + 1))
    return true;
  if (outletApposition(text, ws, last)) return true;
  if (outletNounBeforeCountry(text, ws, first, (at) => endsBefore(appositionNouns, ws, at)))
    return true;
  if (afterRelativeClause(text, ws, last, rule.needsAfter)) return true;
  if (rule.inParens) {
    const before = text
      .slice(first > 0 ? (ws.end[first - 1] as number) : 0, ws.start[first])
      .trimEnd();
    const after = text
      .slice(ws.end[last], last + 1 < ws.start.length ? ws.start[last + 1] : text.length)
      .trimStart();
    return before.endsWith('(') && after.startsWith(')');
  }
  return false;
}

/** "news agency Sana", "Irna news agency": some papers write an agency's acronym as a word
 * ("SANA" as "Sana"). So written, it names the agency only beside a word for one: alone it
 * is also a name or a place (Yemen's capital). */
function titledAcronym(aliasWord: string, written: string): boolean {
  return (
    aliasWord.length >= 3 &&
    aliasWord === aliasWord.toUpperCase() &&
    written === aliasWord[0] + aliasWord.slice(1).toLowerCase()
  );
}

function besideOutletNoun(text: string, ws: Words, i: number): boolean {
  const nouns = appositionNouns;
  return endsBefore(nouns, ws, i) || startsAt(nouns, ws, i + 1) || outletApposition(text, ws, i);
}

/** Number of words the alias covers when it matches at word `i`, else 0. */
function matchAt(a: CompiledAlias, text: string, ws: Words, i: number): number {
  const n = a.lower.length;
  if (i + n > ws.lower.length) return 0;
  // The words first: dozens of aliases share a first word ("The ..."), and nearly all of them
  // fail on the next word, before the case and separator checks need the text sliced.
  for (let k = 0; k < n; k++) if (ws.lower[i + k] !== a.lower[k]) return 0;
  let titled = false;
  for (let k = 0; k < n; k++) {
    const at = i + k;
    const written = text.slice(ws.start[at], ws.end[at]);
    if (a.rule?.exactCase ? written !== a.words[k] : !caseFits(a.words[k] as string, written)) {
      if (n > 1 || a.rule?.exactCase || !titledAcronym(a.words[0] as string, written)) return 0;
      titled = true;
    }
    if (k > 0 && !sepFits(a.seps[k - 1] as Sep, text.slice(ws.end[at - 1], ws.start[at]))) return 0;
  }
  if (a.rule && !ruleFits(a.rule, text, ws, i, i + n - 1)) return 0;
  if (titled && !besideOutletNoun(text, ws, i)) return 0;
  return n;
}

export interface Matcher {
  find(text: string): OutletMention[];
  /** Number of compiled aliases (for the CLI summary and tests). */
  size: number;
}

/** All names to match for an outlet: its name, its aliases and its domains ("Kompas.com"). */
export function namesOf(outlet: Outlet): string[] {
  return [...new Set([outlet.name, ...outlet.aliases, ...outlet.domains])];
}

/**
 * The aliases under one first word, longest first, and the same list cut down to those that
 * can match before a given next word (its aliases of two words or more with that second word,
 * and the one-word aliases), in the same order. Dozens of names start with "The", and at each
 * "the" of a text only the few whose second word follows are tried.
 */
interface FiledAliases {
  all: CompiledAlias[];
  oneWord: CompiledAlias[];
  bySecond: Map<string, CompiledAlias[]>;
}

function fileBySecondWord(all: CompiledAlias[]): FiledAliases {
  const oneWord = all.filter((a) => a.lower.length === 1);
  const bySecond = new Map<string, CompiledAlias[]>();
  for (const a of all) {
    const second = a.lower[1];
    if (second !== undefined && !bySecond.has(second))
      bySecond.set(
        second,
        all.filter((b) => b.lower.length === 1 || b.lower[1] === second),
      );
  }
  return { all, oneWord, bySecond };
}

interface PendingAlias {
  outlet: Outlet;
  name: string;
  rule: AliasRule | undefined;
}

/**
 * Compiles the outlets' names. Earlier outlets win a tie between two aliases of the same
 * length starting with the same word: the registry puts the user's entries first.
 *
 * Names are only filed under their first word here; the aliases under a word are compiled
 * the first time a text has that word. Compiling all 1,250 bundled names took 10-12 ms of
 * every process's (and worker thread's) start, and a run over a few pages meets few of them.
 */
export function compileMatcher(outlets: readonly Outlet[]): Matcher {
  const pending = new Map<string, PendingAlias[]>();
  for (const outlet of outlets) {
    for (const name of namesOf(outlet)) {
      if (typeof name !== 'string') continue;
      const rules =
        outlet.aliasRules && typeof outlet.aliasRules === 'object' ? outlet.aliasRules : undefined;
      const rule = rules && Object.hasOwn(rules, name) ? rules[name] : undefined;
      if (rule?.ambiguous) continue;
      const fast = firstWordKey(name);
      const key = fast === null ? words(name).lower[0] : fast;
      if (key === undefined) continue;
      const list = pending.get(key);
      if (list) list.push({ outlet, name, rule });
      else pending.set(key, [{ outlet, name, rule }]);
    }
  }
  const index = new Map<string, FiledAliases>();
  /** The aliases starting with this word, longest first (ties keep outlet order). */
  const aliasesFor = (key: string): FiledAliases | undefined => {
    // Most words of a text start no name: one lookup tells.
    const raw = pending.get(key);
    if (!raw) return undefined;
    let filed = index.get(key);
    if (filed) return filed;
    const list: CompiledAlias[] = [];
    for (const p of raw) {
      const compiled = compileAlias(p.outlet, p.name, p.rule);
      if (compiled) list.push(compiled);
    }
    // Array.prototype.sort is stable, so ties keep outlet order.
    list.sort((a, b) => b.lower.length - a.lower.length);
    filed = fileBySecondWord(list);
    index.set(key, filed);
    return filed;
  };

  return {
    get size(): number {
      let n = 0;
      for (const key of pending.keys()) n += aliasesFor(key)?.all.length ?? 0;
      return n;
    },
    find(text: string): OutletMention[] {
      if (typeof text !== 'string' || text.length === 0) return [];
      const ws = words(text);
      const out: OutletMention[] = [];
      let i = 0;
      while (i < ws.lower.length) {
        let used = 0;
        const filed = aliasesFor(ws.lower[i] as string);
        if (filed) {
          const next = ws.lower[i + 1];
          const candidates =
            (next === undefined ? undefined : filed.bySecond.get(next)) ?? filed.oneWord;
          for (const a of candidates) {
            used = matchAt(a, text, ws, i);
            if (used > 0) {
              const start = ws.start[i] as number;
              const end = ws.end[i + used - 1] as number;
              out.push({
                outlet: a.outlet,
                start,
                end,
                text: text.slice(start, end),
                alias: a.alias,
              });
              break;
            }
          }
        }
        i += used > 0 ? used : 1;
      }
      return out;
    },
  };
}
