/**
 * "ujarnya", "katanya", "menurutnya", "imbuhnya": Indonesian cues with the source fused in
 * as the clitic -nya, which points back to the last person named, or to the person the
 * sentence itself opens with before its quote.
 */
import type { SentenceContext } from '../context';
import { classify, cliticSource, collectSubject, sourceAfter, type FoundSource } from '../source';
import { resolvedSource, unnamedIfWithheld } from '../source/stages/pronoun';
import type { Candidate, Rule } from './types';
import { inException } from './speaker-verb';
import { matchesOutsideQuotes, tokensText } from './util';

/**
 * 'Kepala Seksi Humas X, Ipda Rina, hanya menjawab singkat, "Saya cek dulu," ujarnya.': a
 * person named at the opening of the sentence, before the quote that precedes the cue at
 * `at`, is who "-nya" is; the last person of earlier sentences is not.
 */
function openingSpeaker(ctx: SentenceContext, at: number): FoundSource | null {
  const quote = ctx.tokens.findIndex((t, k) => k < at && t.type === 'quote');
  if (quote < 0) return null;
  const subject = collectSubject(ctx);
  if (!subject || subject.start >= quote) return null;
  const span = sourceAfter(ctx, subject.start);
  if (!span || span.end > quote) return null;
  const found = classify(ctx, span);
  if (found?.kind !== 'named_person' || !found.name) return null;
  const referent = { text: found.text, kind: found.kind, name: found.name, role: found.role };
  return resolvedSource(
    { ...referent, outlet: null },
    '-nya',
    'named_person',
    'clitic',
    'sentence-subject',
  );
}

export const cliticCue: Rule = {
  id: 'clitic-cue',
  find(ctx: SentenceContext): Candidate[] {
    const matches = matchesOutsideQuotes(ctx, ctx.pack.cliticCues);
    // '"...," ceritanya': a noun elsewhere, so a cue only right after the quotation mark.
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.cliticCuesAfterQuoteMark, {
      lowerOnly: true,
    })) {
      if (ctx.tokens[at - 1]?.type === 'quote') matches.push([at, len]);
    }
    // "Konon katanya, ...": the clitic inside a phrase of hearsay is no one's cue.
    return matches
      .filter(([at]) => !inException(ctx, at))
      .map(([at, len]) => ({
        rule: this.id,
        cue: tokensText(ctx, at, at + len),
        cueSpan: { start: at, end: at + len },
        // '"...," ujarnya, yang enggan disebut namanya': someone unnamed, not the last named.
        source: unnamedIfWithheld(
          ctx,
          at + len,
          '-nya',
          openingSpeaker(ctx, at) ?? cliticSource(ctx, '-nya'),
        ),
        sourceSpan: null,
        rank: 2,
      }));
  },
};
