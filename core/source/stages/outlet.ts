/**
 * An outlet the registry knows is the source unless a person is named apart from it:
 * "Xinhua" is the outlet; "Reuters correspondent John Smith" is John Smith, and so is "the
 * Daily Planet's Jane Smith". Whether it is state media is the registry's fact.
 */
import type { SentenceContext } from '../../context';
import { isStateControlled, type OutletMention } from '../../outlets';
import type { SourceKind } from '../../report';
import type { Token } from '../../text';
import type { Analysis } from '../analysis';
import { namedOutletId } from '../outlet-head';
import { spanText, trimCommas } from '../tokens';
import { plainSource, type FoundSource, type Span } from '../types';
import type { Stage } from './types';

/**
 * An outlet as the source, its kind from the registry. The source as written is the part of
 * the phrase that names the outlet: "Xinhua" in "Xinhua, the Chinese state news agency",
 * "KCNA" in "Kantor berita resmi negara itu, KCNA"; the appositive only describes it.
 */
export function outletSource(
  ctx: SentenceContext,
  span: Span,
  mention: OutletMention,
  basis: string,
): FoundSource {
  const kind: SourceKind = isStateControlled(mention.outlet) ? 'state_media' : 'media';
  let start = span.start;
  let end = span.end;
  for (let i = span.start; i < span.end; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.text !== ',') continue;
    if (t.end <= mention.start) start = i + 1;
    else if (t.start >= mention.end) {
      end = i;
      break;
    }
  }
  const text = trimCommas(spanText(ctx, { start, end })) || spanText(ctx, span);
  return plainSource(text, kind, { outlet: mention.outlet.id, basis });
}

/** "Kepala Humas Perumda X, Gatra Vaganza", "Pemimpin Redaksi Tempo Setri Yasra": after a
 * role, capitals running on past an outlet's name, no lexicon word among them, end in a
 * person's name (the outlet may be the person's first name or their employer). */
function sharedFirstName(a: Analysis, run: Span, mention: OutletMention): boolean {
  const { tokens } = a.ctx;
  const role = a.roleHit();
  if (!role || role.at >= run.start) return false;
  const first = tokens[run.start];
  const last = tokens[run.end - 1];
  if (!first || first.start > mention.start || !last || last.end <= mention.end) return false;
  return a.hits().every((h) => h.at + h.len <= run.start || h.at >= run.end);
}

export const outlet: Stage = {
  id: 'outlet',
  decide(a: Analysis) {
    const mention = a.mention();
    if (!mention) return null;
    const { tokens } = a.ctx;
    // "A report by the agency, a copy of which was seen by Wirely, says": an outlet inside a
    // clause about what comes before it is no source (the stages after this read the head).
    const clause = a.clauseComma();
    if (clause > a.span.start && (tokens[clause]?.end ?? 0) <= mention.start) return null;
    // "State-run CCTV said": a capital on the state's word opening the sentence makes no name.
    const named = a.nameRun();
    const described =
      named !== null &&
      tokens
        .slice(named.start, named.end)
        .every((t) => t.type !== 'word' || a.ctx.pack.stateOutletModifiers.has(t.lower));
    const run = described ? null : named;
    // "CBS Corp said": a company's legal form (an organization word also written abbreviated:
    // Corp, Inc, Co, Ltd) after the outlet's name names the company that owns it, an
    // organization (left to the stages after this one). "the Reuters Foundation" stays.
    const next = tokens.findIndex((t, i) => i >= a.span.start && t.start >= mention.end);
    const form = a.ctx.pack.abbreviations.has(tokens[next]?.lower ?? '');
    const owner = form && a.hits().some((h) => h.table === 'organizations' && h.at === next);
    if (next < a.span.end && tokens[next]?.cap && owner) return null;
    const nameStart = run ? (tokens[run.start]?.start ?? 0) : -1;
    const nameEnd = run ? (tokens[run.end - 1]?.end ?? 0) : -1;
    // "the Global Times, a paper published by ...": an outlet opening the phrase, with an
    // appositive after it, is the source whatever names the appositive holds.
    const at = tokens.findIndex((t, i) => i >= a.span.start && t.start >= mention.start);
    const leads = tokens.slice(a.span.start, at).every((t) => a.ctx.pack.determiners.has(t.lower));
    const after = tokens.findIndex((t, i) => i >= a.span.start && t.start >= mention.end);
    const appositive = at >= 0 && leads && tokens[after]?.text === ',';
    if (run && !appositive && !(mention.start < nameEnd && mention.end > nameStart)) return null;
    if (run && sharedFirstName(a, run, mention)) return null;
    // "Harlow NBC television affiliate KHAR": the network's station (lexicon-head reads it).
    if (namedOutletId(a) === null) return null;
    // "sumber Kompas.com", "Sumber Tempo di kepolisian": the outlet's unnamed source speaks,
    // an official one when placed in a government body.
    // A determiner may be of several words ("salah satu sumber Kompas.com").
    let lead = a.span.start;
    for (let d = 1; lead < at && d > 0; lead += d)
      d = a.ctx.pack.determiners.matchAt(tokens, lead, at);
    const noun = a.ctx.pack.sourceNouns.matchAt(tokens, lead, at);
    if (noun > 0 && lead + noun === at) {
      const placed = a.hits().some((h) => h.table === 'bodies');
      return a.found(placed ? 'unnamed_official' : 'anonymous', 'outlet/source-noun', {
        outlet: mention.outlet.id,
      });
    }
    return outletSource(a.ctx, a.span, mention, 'outlet');
  },
};
