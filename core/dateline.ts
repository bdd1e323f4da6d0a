/**
 * A news dateline opening a story's first paragraph: "WASHINGTON", "SEOUL/WASHINGTON",
 * "NEW YORK", "FARNBOROUGH, England", "JAKARTA, KOMPAS.com -", "LONDON (Reuters) -". It is
 * no part of the first sentence: a source read back from "Analysts said" must not take in
 * "SEOUL" (and make them a name), nor a claim begin with it.
 *
 * A place in capitals (words of two capitals or more, with single inner apostrophes or
 * hyphens, joined by a space or a slash: "A" and "U.S." are no place); after a comma an
 * outlet's domain ("KOMPAS.com"), an abbreviated region ("Pa.") or a region of one or two
 * words ("Saudi Arabia") or a date, a capitalised month and a day ("SEOUL, March 28 (Wirely)
 * --", the agencies' form); an outlet in brackets; a dash; then the story's first word,
 * capitalised (capitals before a number are a name: "PMK 8 Tahun 2019").
 */
/**
 * Both patterns, made on first use as literals inside the function: V8 parses a pattern when
 * it is made and again when it first runs, and with their 26 \p{..} classes these two cost
 * about 15M instructions of a one-file run (callgrind) where most stories open with no
 * dateline, which the checks below tell without them. As literals (not `new RegExp` of a
 * string, as before) the builds write their classes out as ranges (cli/unicode-classes.mjs),
 * so a story that does open with a dateline (most Indonesian ones) no longer has every class
 * built from ICU's tables, twice, on a fresh page.
 */
let patterns: { dateline: RegExp; dashed: RegExp } | undefined;
function datelinePatterns(): { dateline: RegExp; dashed: RegExp } {
  patterns ??= {
    // The form the module's comment describes.
    dateline:
      /^\p{Lu}(?:['’-]?\p{Lu})+(?:[ /]\p{Lu}(?:['’-]?\p{Lu})+)*(?:, ?(?:\p{Lu}\p{L}{2,8}\.? \d{1,2}|\p{Lu}[\p{L}\d]*(?:\.\p{L}{2,})+|\p{Lu}\p{L}*\.|\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?))?(?: ?\([^()]{1,40}\))?(?: ?(?:-{1,3}|[–—]))?[ \u00a0]+(?=[\p{Lu}"“‘])/u,
    // "Jakarta, CNN Indonesia --", "Jakarta, Kompas.com -": a place written in lower case too
    // is a dateline only with an outlet (capitals or a domain) and a dash; a date may come before
    // the outlet ("Tehran, Jan 23, IRNA --") or before it in brackets ("Tokyo, Aug. 16 (Wirely)--"),
    // where the bracket may close it with no dash ("New Delhi, June 3 (Wirely) The minister").
    dashed:
      /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?, ?(?:\p{Lu}\p{L}{2,8}\.? \d{1,2}(?: ?\([^()]{1,40}\)|, ?(?=\p{Lu}{2}))|(?=\p{Lu}{2}|\p{Lu}[\p{L}\d]*\.\p{L}{2}))(?:(?:\p{Lu}{2}[\p{L}\d.]*|\p{Lu}[\p{L}\d]*\.\p{L}{2,})(?: \p{Lu}[\p{L}\d.]*){0,2})?(?:(?<=\)) ?(?:-{1,3}|[–—])[ \u00a0]*|(?<=\))[ \u00a0]+| ?(?:-{1,3}|[–—])[ \u00a0]+)(?=[\p{Lu}"“‘])/u,
  };
  return patterns;
}

/** An ASCII code unit that is not one of `allowed`: where a pattern needs a capital, a letter
 * or those marks, such a character rules it out. Anything else (a letter outside ASCII, a
 * surrogate, no character at all) is left to the pattern. */
const asciiOtherThan = (code: number, allowed: RegExp): boolean =>
  code < 128 && !allowed.test(String.fromCharCode(code));
const CAPITAL = /[A-Z]/;
const LETTER = /[a-z]/i;
const CAPITAL_OR_JOINER = /[A-Z'-]/;

/** False only where the dateline pattern cannot match: it opens with two capitals, or a capital, an
 * apostrophe or hyphen, then a capital. */
function mayOpenDateline(head: string): boolean {
  return (
    !asciiOtherThan(head.charCodeAt(0), CAPITAL) &&
    !asciiOtherThan(head.charCodeAt(1), CAPITAL_OR_JOINER)
  );
}

/** False only where the dashed pattern cannot match: it opens with a capital and a letter, and has a
 * comma and then a dash or a closing bracket and a space. */
function mayOpenDashed(head: string): boolean {
  if (asciiOtherThan(head.charCodeAt(0), CAPITAL) || asciiOtherThan(head.charCodeAt(1), LETTER))
    return false;
  const comma = head.indexOf(',');
  return comma >= 0 && /[-–—]|\)[ \u00a0]/.test(head.slice(comma));
}

/** Letters of the shortest place: "LA" and "UN" are more often an acronym than a dateline. */
const MIN_PLACE_LETTERS = 3;

/**
 * Length of the dateline opening `text` (with the spaces after it), or 0. `isSourceWord`
 * says a lower-cased word is a body or organization of the language ("NATO Secretary
 * General ..." opens with no dateline).
 */
export function datelineLength(text: string, isSourceWord: (word: string) => boolean): number {
  const head = text.slice(0, 120);
  // "(CNN) -- The ministry said", "(CNN)The ministry said": the outlet alone in brackets,
  // with no place, opens the story too; it may run straight into the first word. The pattern
  // is made here, where only a story opening with a bracket gets to it.
  if (head.charCodeAt(0) === 40)
    return (
      /^\(\p{Lu}\p{L}{1,20}\)(?: ?(?:-{1,3}|[–—]))?[ \u00a0]*(?=[\p{Lu}"“‘])/u.exec(head)?.[0]
        .length ?? 0
    );
  const dashed = mayOpenDashed(head) ? datelinePatterns().dashed.exec(head) : null;
  if (dashed) return dashed[0].length;
  const m = mayOpenDateline(head) ? datelinePatterns().dateline.exec(head) : null;
  if (!m) return 0;
  const first = /^[\p{Lu}'’-]+/u.exec(m[0])?.[0] ?? '';
  if (first.replace(/['’-]/g, '').length < MIN_PLACE_LETTERS) return 0;
  return isSourceWord(first.toLowerCase()) ? 0 : m[0].length;
}
