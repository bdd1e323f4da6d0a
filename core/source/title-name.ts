/**
 * A word for unnamed people inside a group's title-case name ("Doctors Without Borders",
 * "Friends of the Earth"): the name's, an organization, not people left unnamed.
 */
import type { Analysis } from './analysis';
import { ALL_CAPS } from './tokens';

/** Capitals opening a sentence or following a dateline or a colon ("BEIRUT Residents said")
 * say nothing; a capitalised word right after a lower-case word, or one followed by another
 * capitalised word no lexicon knows, belongs to a name. */
export function inTitleName(a: Analysis, at: number, len: number): boolean {
  const { tokens, pack } = a.ctx;
  const head = tokens[at];
  // Where modifiers follow the noun, capitals after it name whose source it is ("Sumber
  // Tempo").
  if (pack.data.adjectivesAfterNoun) return false;
  if (!head?.cap || ALL_CAPS.test(head.text)) return false;
  const next = tokens[at + len];
  const titled =
    at + len < a.span.end &&
    next?.type === 'word' &&
    next.cap &&
    !pack.sourceWords.has(next.base) &&
    !ALL_CAPS.test(next.text);
  if (titled) return true;
  // "Doctors without Borders": a preposition only such names take, then a capital.
  const after = tokens[at + len + 1];
  if (
    next?.type === 'word' &&
    pack.titleNameLinks.has(next.lower) &&
    at + len + 1 < a.span.end &&
    after?.type === 'word' &&
    after.cap
  )
    return true;
  // "the charity Doctors ...": right after a lower-case word (not after a colon or a quote).
  // A head closing the phrase after a plain adjective ("many prominent Republicans") is a
  // group of people always written with a capital; not after an institution's word or a
  // function word ("the Academy of Surgeons").
  const last = tokens[at - 1];
  const closes = at + len >= a.span.end;
  const institutionWord =
    last !== undefined &&
    (pack.organizations.matchAt(tokens, at - 1, at) === 1 ||
      pack.bodies.matchAt(tokens, at - 1, at) === 1);
  const plainAdjective = closes && !institutionWord && !pack.stopwords.has(last?.lower ?? '');
  if (last?.type === 'word' && !last.cap && !a.ctx.quoted[at] && !plainAdjective) return true;
  // "..., Friends of the Earth said", '"...," Friends of ...': a capital after the comma that
  // closes the claim is no sentence's first letter, when the words after the head go on in
  // title case ("of the Earth"; not "Residents of the camp").
  return at === a.span.start && claimClosedBefore(a, at) && titleCaseTail(a, at + len);
}

/** Words from token `from` to the span's end: a link word, articles, then a capital. */
function titleCaseTail(a: Analysis, from: number): boolean {
  const { tokens, pack } = a.ctx;
  if (!pack.claimNounLinks.has(tokens[from]?.lower ?? '')) return false;
  let k = from + 1;
  while (k < a.span.end && pack.determiners.has(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  return k < a.span.end && t?.type === 'word' && t.cap;
}

/** "Friends of the Earth, a campaign group, said", or opening a sentence after the article
 * named it as an organization: a capitalised head going on in title case is a group's name
 * when an appositive calls it an organization or the article already did. */
export function namedGroup(a: Analysis, at: number, len: number): boolean {
  const { tokens, referents } = a.ctx;
  const head = tokens[at];
  if (at !== a.span.start || !head?.cap || ALL_CAPS.test(head.text)) return false;
  if (!titleCaseTail(a, at + len)) return false;
  let end = at + len;
  while (end < a.span.end && tokens[end]?.text !== ',') end++;
  const named = a.hits().some((h) => h.at > end && h.table === 'organizations');
  if (named) return true;
  const words = tokens.slice(at, end).map((t) => t.text);
  return referents.byWords(words)?.kind === 'organization';
}

/** A comma after words closes a claim right before token `at`, or a quotation's comma and
 * closing mark do. */
function claimClosedBefore(a: Analysis, at: number): boolean {
  const { tokens, quoted } = a.ctx;
  const quote = tokens[at - 1]?.type === 'quote';
  const k = quote ? at - 2 : at - 1;
  if (tokens[k]?.text !== ',' || (!quote && quoted[k])) return false;
  const before = tokens[k - 1];
  return before !== undefined && (before.type === 'word' || before.type === 'quote');
}
