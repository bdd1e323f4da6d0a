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

/** The runs of names listed from `from` to the span's end, each maybe with "of" and its
 * place ("Jane Hollis of Dover"), joined by commas and the pack's list words; null when
 * anything else stands between. */
function listedNames(a: Analysis, from: number): Span[] | null {
  const { tokens, pack } = a.ctx;
  const runs = a.runs();
  const names: Span[] = [];
  let k = from;
  while (k < a.span.end) {
    const run = runs.find((r) => r.start === k);
    if (!run || !nameLike(a, run)) return null;
    names.push(run);
    k = run.end;
    // "of Dover": where the person is from or works, closed by the next joiner or the end.
    if (pack.employerLinks.has(tokens[k]?.lower ?? '')) {
      const tail = runs.find((r) => r.start === k + 1 || r.start === k + 2);
      if (!tail) return null;
      k = tail.end;
    }
    if (k >= a.span.end) break;
    if (tokens[k]?.text === ',') k++;
    if (pack.nameListJoiners.has(tokens[k]?.lower ?? '')) k++;
    if (k === run.end) return null;
  }
  return names;
}

export const peopleList: Stage = {
  id: 'people-list',
  decide(a: Analysis) {
    const { tokens } = a.ctx;
    const people = a.hits().filter((h) => PEOPLE.has(h.table));
    const hit = people[0];
    if (!hit || people.length > 1 || !plural(a, hit)) return null;
    if (a.hits().some((h) => h.at > hit.at && h.table !== 'modifiers')) return null;
    let from = hit.at + hit.len;
    if (tokens[from]?.text === ',') from++;
    const names = listedNames(a, from);
    if (!names || names.length < 2) return null;
    // "Senators Lee and Dunn": a title takes surnames alone; other people words need a
    // full name in the list ("residents Ann and Tom Vale").
    const titled = hit.table !== 'anonymous';
    if (!titled && !names.some((r) => r.end - r.start >= 2)) return null;
    const first = names[0] as Span;
    const listed = { start: first.start, end: a.span.end };
    return a.found('named_person', 'people-list', {
      name: spanText(a.ctx, listed),
      role: spanText(a.ctx, { start: a.span.start, end: hit.at + hit.len }),
    });
  },
};
