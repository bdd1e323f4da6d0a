/**
 * "Goldman Sachs (GS.N) said", "General Electric (GE.N) and Rolls-Royce (RR.L) said": names
 * carrying a stock ticker in parentheses (core/source/ticker.ts) are listed companies, even
 * where a word of the name is also a role ("General") or the name looks like a person's. Only
 * capitalised names, tickers, commas and list words in the span; an organization.
 */
import type { Analysis } from '../analysis';
import { tickerAt } from '../ticker';
import type { Stage } from './types';

export const listedCompany: Stage = {
  id: 'listed-company',
  decide(a: Analysis) {
    const { tokens, pack } = a.ctx;
    let tickers = 0;
    for (let k = a.span.start; k < a.span.end; k++) {
      if (tickerAt(tokens, k) && k + 3 <= a.span.end) {
        tickers++;
        k += 2;
        continue;
      }
      const t = tokens[k];
      const listWord = t?.type === 'word' && pack.nameListJoiners.has(t.lower);
      const name = t?.type === 'word' && t.cap && !pack.definiteDeterminers.has(t.lower);
      if (!name && !listWord && t?.text !== ',' && t?.text !== '&') return null;
    }
    return tickers > 0 ? a.found('organization', 'listed-company') : null;
  },
};
