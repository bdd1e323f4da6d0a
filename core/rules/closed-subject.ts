/**
 * Clauses with no auxiliary after a verb of suspecting or regarding, in a language whose
 * modifiers follow the noun: a pointing word closes the subject and a plain word after it
 * opens the predicate ("berpandangan kebijakan tersebut keliru"), or an existential opens
 * the clause by itself ("menduga ada aliran dana"). Without such a mark the words after the
 * verb are read as its object, as before.
 */
import type { SentenceContext } from '../context';

/** Words of a subject before its pointing word: "kebijakan pajak daerah itu". */
const MAX_SUBJECT_WORDS = 5;

/** A plain word at `k` that may open a predicate: lower case, outside quotes, no function
 * word, preposition or time word ("itu sebagai", "itu di", "itu kemarin" are no clause). */
function predicateAt(ctx: SentenceContext, k: number): boolean {
  const { tokens, pack } = ctx;
  const t = tokens[k];
  if (!t || t.type !== 'word' || t.cap || ctx.quoted[k]) return false;
  if (pack.finiteAuxiliaries.has(t.lower)) return true;
  return !(
    functionWord(ctx, t.lower) ||
    pack.timePrepositions.has(t.lower) ||
    pack.complementizers.has(t.lower)
  );
}

/** A word that opens no predicate wherever it stands: a function, linking or time word. */
function functionWord(ctx: SentenceContext, lower: string): boolean {
  const { pack } = ctx;
  return (
    pack.stopwords.has(lower) ||
    pack.connectors.has(lower) ||
    pack.nonClauseOpeners.has(lower) ||
    pack.timeWords.has(lower)
  );
}

/** Letters a prefixed verb has after its prefix at least: "terpeleset", not "diri", "media". */
const MIN_STEM = 4;

/** Words of a subject before a prefixed verb: "korban", "rumah warga". */
const MAX_PREFIXED_SUBJECT = 3;

/** A lower-case word at `k` carrying one of the pack's verb prefixes, no function, time or
 * source word ("direktur", "berbagai" are none). */
function prefixedVerbAt(ctx: SentenceContext, k: number): boolean {
  const { tokens, pack } = ctx;
  const t = tokens[k];
  if (!t || t.type !== 'word' || t.cap || ctx.quoted[k]) return false;
  if (
    !pack.data.predicatePrefixes.some(
      (p) => t.lower.startsWith(p) && t.lower.length >= p.length + MIN_STEM,
    )
  )
    return false;
  return !(
    functionWord(ctx, t.lower) ||
    pack.determiners.has(t.lower) ||
    pack.anaphoricMarkers.has(t.lower) ||
    pack.sourceWords.has(t.base) ||
    // "pejabat berinisial AB", "warga bernama Sri": who someone is, no predicate.
    pack.initialsMarkers.has(t.lower) ||
    pack.givenNameMarkers.has(t.lower)
  );
}

/** A subject of a few plain words at `i`, then a prefixed verb: "pelaku terpeleset". */
function prefixedPredicateAfter(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  if (prefixedVerbAt(ctx, i)) return false;
  for (let k = i + 1; k <= i + MAX_PREFIXED_SUBJECT && k < tokens.length; k++) {
    if (prefixedVerbAt(ctx, k)) return true;
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return false;
    if (pack.stopwords.has(t.lower) || pack.connectors.has(t.lower)) return false;
  }
  return false;
}

/** A clause with no auxiliary starts at token `i` (see the file's comment). */
export function closedSubjectClause(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  const first = tokens[i];
  if (!first || first.type !== 'word' || ctx.quoted[i]) return false;
  // "menduga ada yang ...": anything but a quotation may follow the existential.
  if (pack.data.existentialOpeners.includes(first.lower))
    return tokens[i + 1]?.type === 'word' && !ctx.quoted[i + 1];
  if (!pack.data.adjectivesAfterNoun || pack.stopwords.has(first.lower)) return false;
  if (prefixedPredicateAfter(ctx, i)) return true;
  for (let k = i + 1; k <= i + MAX_SUBJECT_WORDS && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return false;
    if (pack.anaphoricMarkers.has(t.lower)) return predicateAt(ctx, k + 1);
    if (pack.stopwords.has(t.lower) || pack.connectors.has(t.lower)) return false;
  }
  return false;
}
