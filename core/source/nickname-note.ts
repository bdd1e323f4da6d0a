/** The short name a person goes by, in parentheses right after the full name and closing the
 * phrase: "Gubernur DKI Jakarta Basuki Tjahaja Purnama (Ahok)". */
import type { SentenceContext } from '../context';
import type { Span } from './types';

/** One word written as a name: a capital, then lower case ("Ahok"); an acronym ("(BPS)")
 * stands for an institution. */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The span without a closing "(Nickname)" after a capitalised word: a single word written
 * as a name that is no lexicon word and no place, not after a firm's name ("(Persero)"). */
export function beforeClosingNickname(ctx: SentenceContext, span: Span): Span {
  const { tokens, pack } = ctx;
  const open = span.end - 3;
  const word = tokens[span.end - 2];
  if (open <= span.start || tokens[open]?.text !== '(' || tokens[span.end - 1]?.text !== ')')
    return span;
  if (word?.type !== 'word' || !NAME_WORD.test(word.text) || !tokens[open - 1]?.cap) return span;
  if (pack.sourceWords.has(word.base) || pack.places.has(word.lower)) return span;
  if (pack.abbreviations.has(word.lower) || pack.stopwords.has(word.lower)) return span;
  // "PT Hutama Karya (Persero)": capitals after a word that opens a firm's name are the
  // firm's, and the note its legal form.
  for (let k = open - 1; k >= span.start && tokens[k]?.cap; k--)
    if (pack.namePrefixes.has(tokens[k]?.lower ?? '')) return span;
  return { start: span.start, end: open };
}
