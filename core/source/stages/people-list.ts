/**
 * "Lawmakers Ann Lee and Mark Dunn said", "two analysts, Mary Stone and Eric Blum, said": a
 * plural word for people, then the names of those people joined as a list closing the span.
 * The people are named, so the source is named people with the plural word as their role,
 * not a group or an institution (a capital after the word is no title-case name here).
 */
import type { Analysis } from '../analysis';
import type { Hit } from '../lexicon';
import { spanText } from '../tokens';
import type { Span } from '../types';
import type { Stage } from './types';

/** Tables whose words are people ("senators", "analysts", "doctors"). */
const PEOPLE = new Set(['roles', 'unnamedOfficials', 'anonymous']);

/** The hit ends in a plural by the pack's endings ("senators", not "witness"). */
function plural(a: Analysis, hit: Hit): boolean {
  const last = a.ctx.tokens[hit.at + hit.len - 1]?.lower ?? '';
  return a.ctx.pack.data.rolePluralEndings.some(
    (e) => last.length > e.length + 2 && last.endsWith(e) && !last.endsWith(e + e),
  );
}

/** "Professors Lee and Dunn": a plural of people whose singular is also a title before a
 * name (a role), as "senators" is; "residents" is none. */
function titlePlural(a: Analysis, hit: Hit): boolean {
  const last = a.ctx.tokens[hit.at + hit.len - 1]?.lower ?? '';
  return a.ctx.pack.data.rolePluralEndings.some(
    (e) => last.endsWith(e) && a.ctx.pack.roles.has(last.slice(0, -e.length)),
  );
}

/** A name run of capitalised words only, none a place or a nation's word. */
function nameLike(a: Analysis, run: Span): boolean {
  const { tokens, pack } = a.ctx;
  return tokens
    .slice(run.start, run.end)
    .every(
      (t) =>
        t.text === '.' ||
        (t.type === 'word' &&
          t.cap &&
          !pack.places.has(t.lower) &&
          !pack.demonyms.has(t.lower) &&
          !pack.nationalityAdjectives.has(t.lower)),
    );
}

/** Names listed in [from, to) and the tokens beside them that are no name. */
interface Listing {
  names: Span[];
  /** "of Dover", "(D-Calif.)": where each person is from or works, a party tag. */
  asides: Span[];
}

/** The runs of names listed from `from` to `to`, each maybe with "of" and its place or
 * employer ("Jane Hollis of Dover", "Ann Lee of Harlow University") and a note in
 * parentheses, joined by commas and the pack's list words; null when anything else stands
 * between. */
function listedNames(a: Analysis, from: number, to: number): Listing | null {
  const { tokens, pack } = a.ctx;
  const runs = a.runs();
  const names: Span[] = [];
  const asides: Span[] = [];
  let k = from;
  while (k < to) {
    const run = runs.find((r) => r.start === k);
    if (!run || run.end > to || !nameLike(a, run)) return null;
    names.push(run);
    k = run.end;
    // "of Dover", "of the Harlow Institute": capitals (a lexicon's words too) up to the next
    // joiner, comma or the end.
    if (pack.employerLinks.has(tokens[k]?.lower ?? '')) {
      let e = k + 1;
      if (pack.definiteDeterminers.has(tokens[e]?.lower ?? '')) e++;
      const capStart = e;
      while (e < to && tokens[e]?.type === 'word' && tokens[e]?.cap) e++;
      if (e === capStart) return null;
      asides.push({ start: k, end: e });
      k = e;
    }
    // "(D-Calif.)": a note in parentheses.
    if (tokens[k]?.text === '(') {
      let e = k;
      while (e < to && tokens[e]?.text !== ')') e++;
      if (e >= to) return null;
      asides.push({ start: k, end: e + 1 });
      k = e + 1;
    }
    if (k >= to) break;
    const before = k;
    if (tokens[k]?.text === ',') k++;
    if (pack.nameListJoiners.has(tokens[k]?.lower ?? '')) k++;
    if (k === before) return null;
  }
  return { names, asides };
}

/** Is token `at` inside one of the spans? */
const inside = (spans: readonly Span[], at: number) =>
  spans.some((s) => at >= s.start && at < s.end);

/** "Ann Lee and Mark Dunn, two lawmakers, said": the names first, then a comma and a few
 * lower-case words ending in the plural word, which closes the span. */
function namesFirst(a: Analysis, hit: Hit): Listing | null {
  const { tokens } = a.ctx;
  if (hit.at + hit.len !== a.span.end) return null;
  let comma = hit.at - 1;
  while (comma > a.span.start && tokens[comma]?.type === 'word' && !tokens[comma]?.cap) comma--;
  if (tokens[comma]?.text !== ',' || hit.at - comma > 3) return null;
  return listedNames(a, a.span.start, comma);
}

export const peopleList: Stage = {
  id: 'people-list',
  decide(a: Analysis) {
    const { tokens } = a.ctx;
    const people = a.hits().filter((h) => PEOPLE.has(h.table));
    const hit = people[0];
    if (!hit || people.length > 1 || !plural(a, hit)) return null;
    let from = hit.at + hit.len;
    if (tokens[from]?.text === ',') from++;
    const listing = namesFirst(a, hit) ?? listedNames(a, from, a.span.end);
    if (!listing || listing.names.length < 2) return null;
    const { names, asides } = listing;
    // No other lexicon phrase among the names ("Officials in Dover and Velby").
    const other = (h: Hit) => h !== hit && h.table !== 'modifiers' && h.at > a.span.start;
    if (a.hits().some((h) => other(h) && !inside(asides, h.at) && h.at > names[0]!.start - 1))
      return null;
    // "Senators Lee and Dunn": a title takes surnames alone; other people words need a
    // full name in the list ("residents Ann and Tom Vale").
    const titled = hit.table !== 'anonymous' || titlePlural(a, hit);
    if (!titled && !names.some((r) => r.end - r.start >= 2)) return null;
    const first = names[0] as Span;
    const last = names[names.length - 1] as Span;
    const before = hit.at < first.start;
    const listed = { start: first.start, end: before ? a.span.end : last.end };
    const role = before
      ? { start: a.span.start, end: hit.at + hit.len }
      : { start: hit.at, end: hit.at + hit.len };
    return a.found('named_person', 'people-list', {
      name: spanText(a.ctx, listed),
      role: spanText(a.ctx, role),
    });
  },
};
