/** Small reports for the runtime tests, written by hand (no engine needed). */
import type { Claim, Flag, Report, SourceKind } from '@/core/report';

export function claim(
  id: string,
  kind: SourceKind,
  flags: Flag[],
  sentence = `Sentence ${id}.`,
  block = 0,
): Claim {
  return {
    id,
    sentence,
    claim: sentence,
    cue: 'said',
    source: { text: kind, kind, name: null, role: null, outlet: null },
    flags,
    strength: flags.length > 0 ? 'weak' : 'moderate',
    reasons: flags.length > 0 ? ['unnamed_official'] : ['institution'],
    block,
    offset: 0,
  };
}

export function report(claims: Claim[], extra: Partial<Report> = {}): Report {
  const flagged = claims.filter((c) => c.flags.length > 0).length;
  return {
    file: null,
    url: 'https://news.example/a',
    title: 'A story',
    lang: 'en',
    isArticle: true,
    publisher: { domain: 'news.example', stateMedia: false },
    claims,
    summary: { claims: claims.length, flagged, score: 50, byKind: {} },
    ...extra,
  };
}
