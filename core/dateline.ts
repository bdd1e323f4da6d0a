/**
 * A news dateline opening a story's first paragraph: "WASHINGTON", "SEOUL/WASHINGTON",
 * "NEW YORK", "FARNBOROUGH, England", "JAKARTA, KOMPAS.com -", "LONDON (Reuters) -". It is
 * no part of the first sentence: a source read back from "Analysts said" must not take in
 * "SEOUL" (and make them a name), nor a claim begin with it.
 *
 * A place in capitals (words of two capitals or more, with single inner apostrophes or
 * hyphens, joined by a space or a slash: "A" and "U.S." are no place); after a comma an
 * outlet's domain ("KOMPAS.com"), an abbreviated region ("Pa.") or a region of one or two
 * words ("Saudi Arabia"); an outlet in brackets; a dash; then the story's first word,
 * capitalised (capitals before a number are a name: "PMK 8 Tahun 2019").
 */
const DATELINE =
  /^\p{Lu}(?:['’-]?\p{Lu})+(?:[ /]\p{Lu}(?:['’-]?\p{Lu})+)*(?:, ?(?:\p{Lu}[\p{L}\d]*(?:\.\p{L}{2,})+|\p{Lu}\p{L}*\.|\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?))?(?: ?\([^()]{1,40}\))?(?: ?(?:-{1,3}|[–—]))?[ \u00a0]+(?=[\p{Lu}"“‘])/u;

/** "Jakarta, CNN Indonesia --", "Jakarta, Kompas.com -": a place written in lower case too
 * is a dateline only with an outlet (capitals or a domain) and a dash. */
const DASHED =
  /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?, ?(?:\p{Lu}{2}[\p{L}\d.]*|\p{Lu}[\p{L}\d]*\.\p{L}{2,})(?: \p{Lu}[\p{L}\d.]*){0,2} ?(?:-{1,3}|[–—])[ \u00a0]+(?=[\p{Lu}"“‘])/u;

/** Letters of the shortest place: "LA" and "UN" are more often an acronym than a dateline. */
const MIN_PLACE_LETTERS = 3;

/**
 * Length of the dateline opening `text` (with the spaces after it), or 0. `isSourceWord`
 * says a lower-cased word is a body or organization of the language ("NATO Secretary
 * General ..." opens with no dateline).
 */
export function datelineLength(text: string, isSourceWord: (word: string) => boolean): number {
  const head = text.slice(0, 120);
  const dashed = DASHED.exec(head);
  if (dashed) return dashed[0].length;
  const m = DATELINE.exec(head);
  if (!m) return 0;
  const first = /^[\p{Lu}'’-]+/u.exec(m[0])?.[0] ?? '';
  if (first.replace(/['’-]/g, '').length < MIN_PLACE_LETTERS) return 0;
  return isSourceWord(first.toLowerCase()) ? 0 : m[0].length;
}
