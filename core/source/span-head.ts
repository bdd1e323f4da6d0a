/**
 * The lexicon phrase heading a span with no name ("the company", "the minister", "sumber di
 * Kementerian"), by table priority then position. Split from analysis.ts, which keeps it
 * worked out once.
 */
import type { Token } from '../text';
import type { Analysis } from './analysis';
import { peopleAfterOpeningDocument } from './document-head';
import {
  documentAgentAt,
  HEAD_PRIORITY,
  KIND_OF,
  officialBeforeOffice,
  servedClauseAt,
  type Hit,
} from './lexicon';

/** Tables naming an institution that speaks as one. */
const INSTITUTION_TABLES: ReadonlySet<string> = new Set([
  'bodies',
  'organizations',
  'media',
  'stateMedia',
]);

export function spanHead(an: Analysis): Hit | null {
  // "the mayor's office": a role in the possessive qualifies the noun after it; so does a
  // document ("the study's lead author" is a person, not the study) and a people word
  // ("the farmers' union" is a union).
  const { tokens } = an.ctx;
  // "the attorney general's office": the possessive may fall on the word after the role.
  const possessiveAt = (k: number) =>
    tokens[k] !== undefined && (tokens[k] as Token).base !== tokens[k]?.lower;
  const possessiveRole = (h: Hit) => {
    if (h.table !== 'roles' && h.table !== 'documents' && h.table !== 'anonymous') return false;
    const last = h.at + h.len - 1;
    const owner = possessiveAt(last) ? last : possessiveAt(last + 1) ? last + 1 : -1;
    return (
      owner >= 0 &&
      owner < an.span.end &&
      an.hits().some((o) => o.at > owner && (o.table === 'roles' || KIND_OF[o.table] !== null))
    );
  };
  // "The government, which lost ground to rebels, said": the clause's words are no head,
  // unless the clause opens with them ("a man, who asked not to be named, said").
  // With none outside, the clause's words are all there is to go by.
  const clause = an.clauseComma();
  const outside = (h: Hit) => clause < 0 || h.at < clause || h.at === clause + 2;
  const heads = (hits: Hit[]) =>
    hits
      .filter((h) => h.table === 'roles' || KIND_OF[h.table] !== null)
      .sort(
        (a, b) => HEAD_PRIORITY.indexOf(a.table) - HEAD_PRIORITY.indexOf(b.table) || a.at - b.at,
      );
  // "a survey of likely voters", "a report by researchers": the document is the head,
  // the people after its link word are what it is about or who made it.
  const links = an.ctx.pack.claimNounLinks;
  // "a panel of experts", "a committee of lawmakers": so does a body before its members;
  // and kin before whose kin they are ("relatives of the soldiers" are no soldiers).
  const { relationNouns, employerLinks } = an.ctx.pack;
  const after = (h: Hit) => tokens[h.at + h.len]?.lower ?? '';
  const kin = (h: Hit) =>
    h.table === 'anonymous' &&
    relationNouns.matchAt(tokens, h.at, h.at + h.len) === h.len &&
    employerLinks.has(after(h));
  // "two Department of Defense officials": a body's word, its link and the portfolio it
  // holds are the body's own name; the people after that name are its officials, not
  // members the link introduces.
  const portfolioName = (h: Hit) =>
    h.table === 'bodies' &&
    an.hits().some((o) => o.table === 'portfolios' && o.at === h.at + h.len + 1);
  const doc = an
    .hits()
    .find(
      (h) =>
        ((h.table === 'documents' || h.table === 'bodies') &&
          links.has(after(h)) &&
          !portfolioName(h)) ||
        kin(h),
    );
  // "The letter, signed by 30 scientists, warns": people after its agent made it.
  const agent = documentAgentAt(an.ctx, an.span, an.hits());
  const served = servedClauseAt(an.ctx, an.hits());
  const ofDoc = (h: Hit) =>
    (doc !== undefined && h.at > doc.at) ||
    (agent >= 0 && h.at > agent) ||
    (served >= 0 && h.at > served);
  // "the user guide", "a witness statement": a people word right before a document word
  // says whose or what kind of document it is; the document is the head.
  // "Data korban banjir" (modifiers after the noun): the people are whom it counts.
  const beforeDoc = (h: Hit) =>
    peopleAfterOpeningDocument(an.ctx, an.span, an.hits(), h) ||
    (h.table === 'anonymous' &&
      an.hits().some((o) => o.table === 'documents' && o.at === h.at + h.len));
  // "the party newspaper", "an opposition paper": a body's word right before an outlet's
  // word says whose outlet it is; the outlet is the head.
  // "the Business Monitor newspaper": so does a firm's word opening the outlet's capitalised name.
  const beforeOutlet = (h: Hit) => {
    const { outletNouns } = an.ctx.pack;
    if (an.ctx.pack.data.adjectivesAfterNoun) return false;
    if (h.table === 'bodies') return outletNouns.matchAt(tokens, h.at + h.len, an.span.end) > 0;
    if (h.table !== 'organizations' || !tokens[h.at]?.cap) return false;
    let k = h.at + h.len;
    while (k < an.span.end && tokens[k]?.type === 'word' && tokens[k]?.cap) k++;
    return k < an.span.end && outletNouns.matchAt(tokens, k, an.span.end) === an.span.end - k;
  };
  const own = (h: Hit) =>
    !possessiveRole(h) &&
    !ofDoc(h) &&
    !beforeDoc(h) &&
    !beforeOutlet(h) &&
    !officialBeforeOffice(an.ctx, an.span, an.hits(), h);
  const all = heads(an.hits().filter(own));
  // "Harbor Chemicals, the largest water user in the area": an institution before the first
  // comma is described by what follows it, not replaced by the people words there.
  const comma = tokens.findIndex((t, k) => k > an.span.start && k < an.span.end && t.text === ',');
  // Only where the words before it are the institution alone ("the ministry's spokesman,
  // who ..." is the spokesman).
  const before = all.filter((h) => h.at < comma);
  const institution = (h: Hit) => INSTITUTION_TABLES.has(h.table);
  if (comma > 0 && before.length > 0 && before.every(institution)) return before[0] ?? null;
  return all.filter(outside)[0] ?? all[0] ?? null;
}
