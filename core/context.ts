/**
 * Everything a rule sees about one sentence, computed once: tokens, which tokens sit inside
 * quotation marks, the outlets the registry finds, and what came before.
 */
import type { CompiledPack } from './lang/compile';
import type { OutletMention, OutletRegistry } from './outlets';
import type { Referents } from './referents';
import { tokenize, type Token } from './text';

export interface SentenceContext {
  pack: CompiledPack;
  text: string;
  tokens: Token[];
  /** Per token: inside a quotation (cues there are the quoted person's, not the article's). */
  quoted: boolean[];
  /** Registry outlets named in the sentence (offsets into `text`), in text order. */
  outlets: OutletMention[];
  registry: OutletRegistry;
  referents: Referents;
  /** The sentence before this one in the article, for anaphoric claims. */
  previous: string | null;
  /** This sentence's number in the document. */
  index: number;
}

const OPENING = new Set(['“', '«', '„', '‘']);
const CLOSING = new Set(['”', '»']);

/** Direction of a straight quote from its neighbours: `he said "yes` opens, `yes," he` closes. */
function straightOpens(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i] as Token;
  const before = t.start === 0 ? ' ' : (text[t.start - 1] as string);
  const after = t.end >= text.length ? ' ' : (text[t.end] as string);
  if (/\s/.test(before) || before === '(') return !/\s/.test(after);
  return false;
}

/**
 * Marks tokens inside quotation marks. A closing mark with no opening in the sentence means
 * the quotation began earlier: everything before it is quoted. An opening mark that never
 * closes runs to the end of the sentence.
 */
export function quotedTokens(tokens: readonly Token[], text: string): boolean[] {
  const quoted = new Array<boolean>(tokens.length).fill(false);
  let openAt = -1;
  let sawAny = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "...,'' the council said": two straight apostrophes typed for a closing double quote.
    const next = tokens[i + 1];
    if (openAt >= 0 && t.text === "'" && next?.text === "'" && next.start === t.end) {
      for (let k = openAt; k <= i + 1; k++) quoted[k] = true;
      openAt = -1;
      i++;
      continue;
    }
    // "''We will ..." : the same two apostrophes typed for an opening double quote, glued to
    // the word they open.
    const after = tokens[i + 2];
    if (
      openAt < 0 &&
      t.text === "'" &&
      next?.text === "'" &&
      next.start === t.end &&
      after?.type === 'word' &&
      after.start === next.end
    ) {
      openAt = i;
      sawAny = true;
      i++;
      continue;
    }
    // "the ‘rebalance’ towards Asia": a right single mark closes a quotation a left single
    // mark opened, unless a letter follows it (an apostrophe: "Obama’s", "don’t").
    if (openAt >= 0 && t.text === '’' && tokens[openAt]?.text === '‘') {
      if (!/[\p{L}\p{N}]/u.test(text[t.end] ?? '')) {
        for (let k = openAt; k <= i; k++) quoted[k] = true;
        openAt = -1;
      }
      continue;
    }
    if (t.type !== 'quote' || t.text === "'" || t.text === '’') continue;
    const opens = t.text === '"' ? straightOpens(tokens, i, text) : OPENING.has(t.text);
    const closes = t.text === '"' ? !opens : CLOSING.has(t.text);
    if (opens) {
      if (openAt < 0) openAt = i;
    } else if (closes) {
      const from = openAt >= 0 ? openAt : sawAny ? -1 : 0;
      if (from >= 0) for (let k = from; k <= i; k++) quoted[k] = true;
      openAt = -1;
    }
    sawAny = true;
  }
  if (openAt >= 0) for (let k = openAt; k < tokens.length; k++) quoted[k] = true;
  return quoted;
}

/** Registry outlets named in `text`, in text order; none when the registry fails. */
function outletsIn(text: string, registry: OutletRegistry): OutletMention[] {
  try {
    const outlets = registry.findInText(text);
    // In text order, as source.ts's binary search over them expects.
    if (outlets.some((m, i) => i > 0 && m.start < (outlets[i - 1] as OutletMention).start))
      return [...outlets].sort((a, b) => a.start - b.start);
    return outlets;
  } catch {
    // A faulty user registry must not cost the reader the analysis.
    return [];
  }
}

/**
 * '"Prices will rise, said Jane Roe, an economist.': a quotation opened and never closed,
 * whose words run to a comma, a verb of saying and a capitalised name, lost its closing
 * mark there; the verb and the speaker are the article's, not quoted. Only before a name:
 * '"He called, said he was fine' goes on quoting.
 */
function closeDroppedQuote(tokens: readonly Token[], quoted: boolean[], pack: CompiledPack): void {
  const n = tokens.length;
  if (n === 0 || !quoted[n - 1]) return;
  let open = n - 1;
  while (open > 0 && quoted[open - 1]) open--;
  if (tokens[open]?.type !== 'quote') return;
  for (let k = open + 1; k < n; k++) {
    const t = tokens[k] as Token;
    if (t.type === 'quote' && t.text !== "'" && t.text !== '’') return;
  }
  for (let m = open + 2; m < n - 2; m++) {
    if (tokens[m]?.text !== ',') continue;
    const len = pack.inverseVerbsAfterQuote.matchAt(tokens, m + 1);
    const name = tokens[m + 1 + len];
    if (len === 0 || name?.type !== 'word' || !name.cap) continue;
    for (let k = m + 1; k < n; k++) quoted[k] = false;
    return;
  }
}

const CAPITALS = /^\p{Lu}{2,}$/u;

/** Written in capitals in lower-case copy, a word the pack lists as an acronym ("the WHO
 * said") is read as its spelling with stops ("w.h.o"), so no rule takes it for the pronoun.
 * Not in a line of capitals (a shouted headline), where every word is written so. */
function spellOutAcronyms(tokens: Token[], pack: CompiledPack): void {
  const words = pack.acronymsLikeWords;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.cap || t.type !== 'word' || !words.has(t.lower) || !CAPITALS.test(t.text)) continue;
    const near = [tokens[k - 1], tokens[k + 1]].filter((n) => n?.type === 'word');
    if (near.length === 0 || near.every((n) => CAPITALS.test(n?.text ?? ''))) continue;
    const spelled = t.lower.split('').join('.');
    tokens[k] = { ...t, lower: spelled, base: spelled };
  }
}

/**
 * A class, not an object literal with a getter: V8 builds such a literal in its runtime (about
 * 1-3 us each, once per sentence of every article); an instance is a plain allocation.
 */
class Context implements SentenceContext {
  readonly tokens: Token[];
  readonly quoted: boolean[];
  // Looked up on first use: most sentences carry no cue and no name, and are never asked
  // (the search is a second pass over the sentence's words).
  private found: OutletMention[] | null = null;

  constructor(
    readonly text: string,
    readonly pack: CompiledPack,
    readonly registry: OutletRegistry,
    readonly referents: Referents,
    readonly previous: string | null,
    readonly index: number,
    tokens: Token[] | undefined,
  ) {
    this.tokens = tokens ?? tokenize(text);
    spellOutAcronyms(this.tokens, pack);
    this.quoted = quotedTokens(this.tokens, text);
    closeDroppedQuote(this.tokens, this.quoted, pack);
  }

  get outlets(): OutletMention[] {
    this.found ??= outletsIn(this.text, this.registry);
    return this.found;
  }
}

export function makeContext(
  text: string,
  pack: CompiledPack,
  registry: OutletRegistry,
  referents: Referents,
  previous: string | null,
  index = 0,
  tokens?: Token[],
): SentenceContext {
  return new Context(text, pack, registry, referents, previous, index, tokens);
}
