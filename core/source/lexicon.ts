/** The lexicon phrases inside a source span, and the kind each table stands for. */
import type { SentenceContext } from '../context';
import { tablesOpenedBy } from '../lang/compile';
import type { SourceKind } from '../report';
import { roleAsLastName } from './last-name-role';
import type { Span } from './types';

export type Table =
  | 'roles'
  | 'bodies'
  | 'portfolios'
  | 'places'
  | 'organizations'
  | 'unnamedOfficials'
  | 'anonymous'
  | 'stateMedia'
  | 'media'
  | 'documents'
  | 'modifiers';
const TABLES: readonly Table[] = [
  'stateMedia',
  'unnamedOfficials',
  'anonymous',
  'roles',
  'documents',
  'bodies',
  'places',
  'organizations',
  'media',
  'portfolios',
  'modifiers',
];
/** Which table's phrase heads a span with no name: "A senior U.S. official" is an official,
 * "para pejabat AS" officials, not the U.S. */
export const HEAD_PRIORITY: readonly Table[] = [
  'stateMedia',
  'unnamedOfficials',
  'anonymous',
  'documents',
  'roles',
  'bodies',
  'organizations',
  'media',
  'places',
  'portfolios',
  'modifiers',
];
export const KIND_OF: Record<Table, SourceKind | null> = {
  stateMedia: 'state_media',
  unnamedOfficials: 'unnamed_official',
  anonymous: 'anonymous',
  roles: null,
  documents: 'document',
  bodies: 'official_body',
  places: 'official_body',
  organizations: 'organization',
  media: 'media',
  portfolios: 'official_body',
  modifiers: null,
};

export interface Hit {
  table: Table;
  at: number;
  len: number;
}

/** A word that is both a noun for a person and an honorific ("ibu", "nenek") is the honorific
 * before a capitalised name ("Ibu Sri Wahyuni"): the person named, not an unnamed one. Else
 * the noun ("ibu dua anak itu"). */
function honorificBeforeName(ctx: SentenceContext, hit: Hit): boolean {
  const next = ctx.tokens[hit.at + 1];
  return (
    hit.len === 1 &&
    ctx.pack.honorifics.has(ctx.tokens[hit.at]?.lower ?? '') &&
    next?.type === 'word' &&
    next.cap
  );
}

/** A role that is also an adjective, before another word of the span ("the general public",
 * "the army general command") or in an institution's name ("the General Grain Board"): the
 * adjective, no role. Before a person's name it is the title ("General Tom Harl"). */
function roleBeforeNoun(ctx: SentenceContext, hit: Hit, end: number): boolean {
  const { tokens, pack } = ctx;
  const at = hit.at + 1;
  const next = tokens[at];
  if (hit.table !== 'roles' || hit.len !== 1 || at >= end || next?.type !== 'word') return false;
  if (!pack.headOnlyRoles.has(tokens[hit.at]?.lower ?? '')) return false;
  if (!next.cap) return !pack.stopwords.has(next.lower);
  // Before a capitalised run, an adjective of a name whose run holds an institution's word.
  for (let k = at; k < end && tokens[k]?.cap; k++)
    if (pack.bodies.matchAt(tokens, k) > 0 || pack.organizations.matchAt(tokens, k) > 0)
      return true;
  return false;
}

/** A body's word opens at token `k` ("the state media regulator", "the official media
 * office"): the media words before it only say what the body oversees or runs, and a body
 * that regulates or runs the media is the government's, not an outlet. */
export function bodyWordAt(ctx: SentenceContext, k: number, limit: number): boolean {
  const { tokens, pack } = ctx;
  if (pack.bodies.matchAt(tokens, k, limit) > 0) return true;
  return k < limit && pack.watchdogNouns.has(tokens[k]?.lower ?? '');
}

/** Token `i` is a generic outlet word right after a word of trade ("retail outlets"). */
function shopAt(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  return (
    pack.shopOutletWords.has(tokens[i]?.lower ?? '') &&
    pack.shopModifiers.has(tokens[i - 1]?.lower ?? '')
  );
}

/** Lexicon phrases found in the span, left to right, longest first at each position. */
export function lexiconHits(ctx: SentenceContext, span: Span): Hit[] {
  const hits: Hit[] = [];
  const { tokens, pack } = ctx;
  // One lookup per token says which tables can match there (most words open none), instead
  // of asking all eleven.
  const byWord = tablesOpenedBy(pack, TABLES);
  let i = span.start;
  while (i < span.end) {
    let best: Hit | null = null;
    const tables = byWord.get(tokens[i]?.base ?? '');
    if (tables)
      for (const table of tables) {
        const len = pack[table].matchAt(tokens, i, span.end);
        if (len && (!best || len > best.len)) best = { table, at: i, len };
      }
    if (
      best &&
      (honorificBeforeName(ctx, best) ||
        roleBeforeNoun(ctx, best, span.end) ||
        roleAsLastName(ctx, best, span.end))
    )
      best = null;
    if (best?.table === 'stateMedia' && bodyWordAt(ctx, i + best.len, span.end))
      best = { ...best, table: 'modifiers' };
    // "Retail outlets": after a word of trade the generic outlet word is a shop.
    if (best?.table === 'media' && best.len === 1 && shopAt(ctx, i))
      best = { ...best, table: 'organizations' };
    if (best) {
      hits.push(best);
      i += best.len;
    } else i++;
  }
  return hits;
}

/** The agent marker after the span's first document word ("The letter, signed by 30
 * scientists"), or -1: the people after it made the document, they do not head the span. */
export function documentAgentAt(ctx: SentenceContext, span: Span, hits: readonly Hit[]): number {
  const doc = hits.find((h) => h.table === 'documents');
  if (!doc) return -1;
  for (let k = doc.at + doc.len; k < span.end; k++)
    if (ctx.pack.agentMarkers.has(ctx.tokens[k]?.lower ?? '')) return k;
  return -1;
}

/**
 * "Unions representing port workers", "a charity working with refugees", "groups backed by
 * farmers": where a participle opens a clause right after an institution's word, the people
 * after it are whom the institution serves or who back it, not the speaker. The index of that
 * participle, or -1.
 */
export function servedClauseAt(ctx: SentenceContext, hits: readonly Hit[]): number {
  const institution = hits.find((h) => h.table === 'organizations' || h.table === 'bodies');
  if (!institution) return -1;
  const at = institution.at + institution.len;
  const t = ctx.tokens[at];
  if (t?.type !== 'word' || t.cap) return -1;
  const { pack } = ctx;
  const participle =
    pack.clauseParticiples.has(t.lower) ||
    pack.data.participleEndings.some((e) => t.lower.length > e.length + 3 && t.lower.endsWith(e));
  return participle ? at : -1;
}

/** servedClauseAt over a span's own hits: "Unions representing port workers" as a whole. */
export function servedClauseIn(ctx: SentenceContext, span: Span): number {
  return servedClauseAt(ctx, lexiconHits(ctx, span));
}

/** "the spokesperson office", "the army spokesman's office": an official's word (hit `h`)
 * right before a body's word closing the span says which office it is; the office is the
 * head. Where modifiers follow the noun the order is the other way round. */
export function officialBeforeOffice(
  ctx: SentenceContext,
  span: Span,
  hits: readonly Hit[],
  h: Hit,
): boolean {
  if (h.table !== 'unnamedOfficials' || ctx.pack.data.adjectivesAfterNoun) return false;
  const { tokens, pack } = ctx;
  const plain = (k: number) => {
    const t = tokens[k];
    return t?.type === 'word' && !t.cap && !pack.stopwords.has(t.lower);
  };
  // "the official planning bureau VPB": "official" is then an adjective; up to two plain
  // words may say what the body does, and its own name may close the span.
  return hits.some((o) => {
    const gap = o.at - (h.at + h.len);
    if (o.table !== 'bodies' || gap < 0 || gap > 2) return false;
    for (let k = h.at + h.len; k < o.at; k++) if (!plain(k)) return false;
    for (let k = o.at + o.len; k < span.end; k++) if (!tokens[k]?.cap) return false;
    return true;
  });
}
