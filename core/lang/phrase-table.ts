/**
 * A table of phrases indexed by their first word, so matching at a token costs one Map lookup
 * plus a compare of the (few) phrases starting with that word, longest first.
 */
import type { Token } from '../text';

/** A PhraseTable as plain data (PhraseTable.save()): its index, in its order. */
export interface SavedPhraseTable {
  byFirst: [string, string[][]][];
  words: string[];
  longest: number;
  slot: number;
}

/** A pack's contracted verb after a pronoun ("it's" for "it is" and "it has"): its words. */
export interface Contraction {
  hosts: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  clitic: string;
}

/**
 * The phrase with one pronoun and verb written as its contraction ("it has been reported" ->
 * "it's been reported"), or null. The contracted word is never a possessive, so it is
 * compared as written (a token's `lower`), its `base` being the bare pronoun.
 */
function contracted(parts: string[], c: Contraction): string[] | null {
  for (let k = 0; k + 1 < parts.length; k++) {
    if (c.hosts.has(parts[k] as string) && c.verbs.has(parts[k + 1] as string))
      return [...parts.slice(0, k), `${parts[k]}${c.clitic}`, ...parts.slice(k + 2)];
  }
  return null;
}

const longerFirst = (a: string[], b: string[]): number => b.length - a.length;

/** Each list longest phrase first (a stable sort: among equals, the order they were added). */
function sortLongestFirst(byFirst: Map<string, string[][]>): void {
  for (const list of byFirst.values()) if (list.length > 1) list.sort(longerFirst);
}

export class PhraseTable {
  private readonly byFirst: Map<string, string[][]>;
  /** The one-word phrases (multi-word ones are matched as wholes). */
  readonly words: Set<string>;
  /** Words in the longest phrase. */
  longest = 0;
  /** Its place among the pack's tables indexed by first word (rules/table-matches.ts), or
   * -1 for a table the rules do not scan. */
  slot = -1;

  /** Indexes the phrases, or takes a table as save() gave it (built ahead, saved-pack.ts). */
  constructor(phrases: readonly string[] | SavedPhraseTable, contraction?: Contraction) {
    if ('byFirst' in phrases) {
      this.byFirst = new Map(phrases.byFirst);
      this.words = new Set(phrases.words);
      this.longest = phrases.longest;
      this.slot = phrases.slot;
      return;
    }
    this.byFirst = new Map();
    this.words = new Set();
    for (let n = 0; n < phrases.length; n++) {
      const phrase = phrases[n] as string;
      // Most phrases are one word: no split (a fresh bundle compiles thousands of phrases
      // before its first analysis, in code not yet optimised).
      const parts = phrase.includes(' ') ? phrase.split(' ') : [phrase];
      const first = parts[0] as string;
      this.add(first, parts);
      if (parts.length === 1) this.words.add(first);
      if (parts.length > this.longest) this.longest = parts.length;
      const short = contraction && contracted(parts, contraction);
      // Filed under the same first word: a contracted one's `base` is the bare pronoun.
      if (short) this.add(first, short);
    }
    sortLongestFirst(this.byFirst);
  }

  /**
   * One table holding every phrase of `tables`, in their order: the table that building one
   * from all their phrases would give (same lists, same orders), from their indexes instead
   * of splitting every phrase again.
   */
  static union(tables: readonly PhraseTable[]): PhraseTable {
    const byFirst = new Map<string, string[][]>();
    const words = new Set<string>();
    let longest = 0;
    const merged = new Set<string[][]>();
    for (const table of tables) {
      for (const [first, list] of table.byFirst) {
        const have = byFirst.get(first);
        if (!have) byFirst.set(first, [...list]);
        else {
          have.push(...list);
          merged.add(have);
        }
      }
      for (const word of table.words) words.add(word);
      longest = Math.max(longest, table.longest);
    }
    // Each table's lists are sorted already; a stable sort of their concatenation keeps, among
    // phrases of one length, the order of the tables and then each table's own order.
    for (const list of merged) list.sort(longerFirst);
    return new PhraseTable({ byFirst: [...byFirst], words: [...words], longest, slot: -1 });
  }

  private add(first: string, parts: string[]): void {
    const list = this.byFirst.get(first);
    if (list) list.push(parts);
    else this.byFirst.set(first, [parts]);
  }

  /** The table as plain data, in its own order (for JSON): the constructor takes it back. */
  save(): SavedPhraseTable {
    return {
      byFirst: [...this.byFirst],
      words: [...this.words],
      longest: this.longest,
      slot: this.slot,
    };
  }

  /** The words phrases start with. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** Does a phrase of the table start with this token? (One lookup.) */
  opens(token: Token): boolean {
    return this.byFirst.has(token.base);
  }

  /** Is this single word a phrase of the table? (The one-word phrases' set: one lookup,
   * no closure; asked for most tokens of every sentence.) */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Length in tokens of the longest phrase starting at tokens[i] (0: none). Matching
   * uses each token's `base` (lower case, possessive "'s" removed); a contracted pronoun
   * ("it's") its `lower`. */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): number {
    const first = tokens[i];
    if (!first) return 0;
    const list = this.byFirst.get(first.base);
    if (!list) return 0;
    // An index loop: an iterator's results are allocations in unoptimized code (core/text.ts).
    outer: for (let p = 0; p < list.length; p++) {
      const parts = list[p] as string[];
      if (i + parts.length > limit) continue;
      for (let k = 1; k < parts.length; k++) {
        const t = tokens[i + k] as Token;
        if (t.base !== parts[k] && t.lower !== parts[k]) continue outer;
      }
      // The first word is the key, but a contracted one must be written so.
      if (parts[0] !== first.base && parts[0] !== first.lower) continue;
      return parts.length;
    }
    return 0;
  }

  /**
   * The longest phrase starting at tokens[i] read through words `skippable` says may stand
   * inside it ("it has been widely reported"): the index after its last word, or -1. A word
   * the phrase has next is read as the phrase's, so a skippable auxiliary ("has") still
   * matches where the phrase needs it.
   */
  matchThrough(tokens: readonly Token[], i: number, skippable: (t: Token) => boolean): number {
    const first = tokens[i];
    const list = first ? this.byFirst.get(first.base) : undefined;
    if (!first || !list) return -1;
    outer: for (let p = 0; p < list.length; p++) {
      const parts = list[p] as string[];
      if (parts[0] !== first.base && parts[0] !== first.lower) continue;
      let at = i + 1;
      for (let k = 1; k < parts.length; k++) {
        for (;;) {
          const t = tokens[at];
          if (!t) continue outer;
          if (t.base === parts[k] || t.lower === parts[k]) break;
          if (!skippable(t)) continue outer;
          at++;
        }
        at++;
      }
      return at;
    }
    return -1;
  }

  /** First match in tokens[from, to): its start and length. A word no phrase starts with
   * (most words) is passed over with one lookup, not a call of matchAt. */
  find(tokens: readonly Token[], from = 0, to = tokens.length): { at: number; len: number } | null {
    for (let i = from; i < to; i++) {
      if (!this.byFirst.has(tokens[i]?.base ?? '')) continue;
      const len = this.matchAt(tokens, i, to);
      if (len) return { at: i, len };
    }
    return null;
  }
}
