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
    for (const phrase of phrases) {
      const parts = phrase.split(' ');
      const first = parts[0] as string;
      this.add(first, parts);
      if (parts.length === 1) this.words.add(first);
      this.longest = Math.max(this.longest, parts.length);
      const short = contraction && contracted(parts, contraction);
      // Filed under the same first word: a contracted one's `base` is the bare pronoun.
      if (short) this.add(first, short);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /**
   * The tables as one, as if built from their phrases one list after another: each word's
   * phrases in the tables' order, then longest first (a stable sort, as the constructor's),
   * so equal lengths keep that order. The phrases' word lists are shared, never changed.
   */
  static merged(tables: readonly PhraseTable[]): PhraseTable {
    const merged = new PhraseTable([]);
    for (const table of tables) {
      for (const [first, list] of table.byFirst) {
        const into = merged.byFirst.get(first);
        if (into) into.push(...list);
        else merged.byFirst.set(first, [...list]);
      }
      for (const word of table.words) merged.words.add(word);
      merged.longest = Math.max(merged.longest, table.longest);
    }
    for (const list of merged.byFirst.values()) list.sort((a, b) => b.length - a.length);
    return merged;
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
