/**
 * A stock ticker in parentheses right after a name, as wire copy writes a listed company
 * ("Acme Holdings (ACME.N)", "Kaito Corp (6758.T)"): the name before it is a company's. A
 * form of symbols, not of words, so the same in every language.
 */
import type { Token } from '../text';

/** Letters or digits, a dot, and the exchange's letters: "GS.N", "6758.T", "005930.KS". */
const TICKER = /^[\p{Lu}\d]{2,8}\.\p{Lu}{1,2}$/u;

/** Does a parenthesised ticker open at token `at` ("(", "GS.N", ")")? */
export function tickerAt(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at]?.text === '(' &&
    TICKER.test(tokens[at + 1]?.text ?? '') &&
    tokens[at + 2]?.text === ')'
  );
}
