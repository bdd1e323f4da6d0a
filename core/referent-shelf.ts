/** The shelves Referents keeps its referents on: each in the order added, read newest first
 * within the window of the most recent ones. */
import type { Referent } from './referent-types';

/** A referent with its place in the article's order (entries kept in that order). */
export interface Entry {
  seq: number;
  r: Referent;
}

/** Entries in the order added, some already dropped off the window; `head` skips those. */
export interface Shelf {
  entries: Entry[];
  head: number;
}

export function shelve(shelf: Shelf, entry: Entry, minSeq: number): void {
  while (shelf.head < shelf.entries.length && (shelf.entries[shelf.head] as Entry).seq < minSeq)
    shelf.head++;
  // Dropped entries are freed in bulk, so a long article's shelves stay as short as the window.
  if (shelf.head > 32 && shelf.head * 2 > shelf.entries.length) {
    shelf.entries = shelf.entries.slice(shelf.head);
    shelf.head = 0;
  }
  shelf.entries.push(entry);
}

/** The most recent entry of the shelf still in the window that passes the test. */
export function lastOn(
  shelf: Shelf | undefined,
  minSeq: number,
  test: (r: Referent) => boolean,
): Entry | null {
  if (!shelf) return null;
  for (let i = shelf.entries.length - 1; i >= shelf.head; i--) {
    const e = shelf.entries[i] as Entry;
    if (e.seq < minSeq) break;
    if (test(e.r)) return e;
  }
  return null;
}

export function shelfOf<K>(shelves: Map<K, Shelf>, key: K): Shelf {
  let shelf = shelves.get(key);
  if (!shelf) {
    shelf = { entries: [], head: 0 };
    shelves.set(key, shelf);
  }
  return shelf;
}

/** A referent's words as searched by byWords, lowered once: every add and mention searches
 * every referent of the window, which dominated long articles when rebuilt each time. */
const hays = new WeakMap<Referent, string>();
/** A short name in parentheses closing a person's mention: "... Purnama (Ahok)". */
const NICKNAME = /\((\p{Lu}\p{Ll}+)\)$/u;
export function hayOf(r: Referent): string {
  let hay = hays.get(r);
  if (hay === undefined) {
    // "DAPA" after "Badan Pengadaan (DAPA) Korsel": a parenthesised acronym is a word too.
    // "Ahok" after "Basuki Tjahaja Purnama (Ahok)": so is the short name a person goes by.
    const nickname = r.name !== null && r.kind === 'named_person' ? NICKNAME.exec(r.text) : null;
    const words = nickname ? `${r.name} ${nickname[1]}` : (r.name ?? r.text);
    const lower = words.toLowerCase().replace(/[()]/g, ' ');
    // "Abadi" after "Haider al-Abadi": the parts of a hyphenated name are searchable too.
    hay = lower.includes('-') ? ` ${lower} ${lower.replace(/-/g, ' ')} ` : ` ${lower} `;
    hays.set(r, hay);
  }
  return hay;
}
