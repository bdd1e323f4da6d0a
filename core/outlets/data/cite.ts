/**
 * Citation helpers for the data files, so that every entry's source reads as what it is.
 * They only build `{title, url}`: the judgement is in the entry.
 */
import type { Citation } from '../schema';

/** The outlet's English Wikipedia article, which states its ownership and control. */
export function wikipedia(article: string): Citation {
  const path = encodeURI(article.replace(/ /g, '_')).replace(/\?/g, '%3F');
  return { title: `Wikipedia: ${article}`, url: `https://en.wikipedia.org/wiki/${path}` };
}

/** The EU's 2022 suspension of RT and Sputnik as outlets "under the permanent direct or
 * indirect control of the leadership of the Russian Federation". */
export const EU_REGULATION_2022_350: Citation = {
  title:
    'Council Regulation (EU) 2022/350 of 1 March 2022 (suspension of RT and Sputnik broadcasts)',
  url: 'https://eur-lex.europa.eu/eli/reg/2022/350/oj',
};

/** The date the bundled entries were last checked against their citations. */
export const REVIEWED = '2026-11-25';

/** The outlet's own site, whose imprint ("redaksi", "about", "legal") names its owner. */
export function ownSite(outlet: string, url: string): Citation {
  return { title: `${outlet}: publisher's own site (imprint names the owning company)`, url };
}
