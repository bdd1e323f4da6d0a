/**
 * "Kementerian merilis pernyataan yang menyebutkan ...", "Media pemerintah menyiarkan
 * pernyataan yang mengatakan ...": the verb of saying belongs to a statement (its relative
 * clause) that the sentence's subject issued or carried, so the subject speaks, as in
 * English "released a statement saying" (saying-clause). An outlet's report or article is its
 * own ("KCNA merilis laporan yang menyebutkan ..."). A statement that names its author
 * ("pernyataan Menteri X yang ...") is carried-genitive's.
 */
import type { SentenceContext } from '../context';
import type { FoundSource, Span } from '../source';
import { speakerBefore } from './speaker-before';

/** Words of the statement's noun ("pernyataan", "pernyataan resmi"). */
const MAX_NOUN_WORDS = 2;

/** The issuer of the statement whose relative clause the verb at `at` opens, or null. */
export function issuedStatementSpeaker(
  ctx: SentenceContext,
  at: number,
): { span: Span; source: FoundSource } | null {
  const { pack, tokens } = ctx;
  const rel = at - 1;
  if (ctx.quoted[rel] || !pack.clauseRelatives.has(tokens[rel]?.lower ?? '')) return null;
  for (let noun = rel - 1; noun >= 0 && rel - noun <= MAX_NOUN_WORDS; noun--) {
    const words = noun + pack.carriedWords.matchAt(tokens, noun) === rel;
    const piece = noun + pack.publishedPieces.matchAt(tokens, noun) === rel;
    const record = noun + pack.documents.matchAt(tokens, noun) === rel;
    if (!words && !piece && !record) continue;
    const verb = noun - 1;
    if (ctx.quoted[verb] || !pack.statementIssuingVerbs.has(tokens[verb]?.lower ?? '')) return null;
    const issuer = speakerBefore(ctx, verb);
    if (!issuer || issuer.source.kind === 'document') return null;
    // "KCNA merilis laporan yang menyebutkan ...": an outlet's report is its own journalism;
    // a body's report stays a document of its own.
    const outlet = issuer.source.kind === 'media' || issuer.source.kind === 'state_media';
    return words || outlet ? issuer : null;
  }
  return null;
}
