/** Helpers for the classification stage tests: the source of an article's last claim, and
 * one stage asked directly about a phrase of a sentence. */
import { analyze } from '@/core/analyze';
import { Analysis } from '@/core/source/analysis';
import type { Decision, Stage } from '@/core/source/stages';
import type { Source } from '@/core/report';
import { ctx, testRegistry } from '../helpers';

/** The source of the claim in the last sentence, each sentence a paragraph of its own. */
export function lastSource(lang: 'en' | 'id', ...sentences: string[]): Source | undefined {
  const { claims } = analyze(
    { blocks: sentences.map((text) => ({ type: 'p' as const, text })) },
    { lang, registry: testRegistry },
  );
  const last = sentences[sentences.length - 1];
  return claims.filter((c) => c.sentence === last).at(-1)?.source;
}

/** The source of the claim in sentence `which` (each sentence a paragraph of its own). */
export function sourceIn(
  lang: 'en' | 'id',
  sentences: readonly string[],
  which: number,
): Source | undefined {
  const { claims } = analyze(
    { blocks: sentences.map((text) => ({ type: 'p' as const, text })) },
    { lang, registry: testRegistry },
  );
  return claims.filter((c) => c.sentence === sentences[which]).at(-1)?.source;
}

/** What `stage` decides about `phrase` (a substring of `sentence`) with nothing said before. */
export function decide(
  stage: Stage,
  sentence: string,
  phrase: string,
  lang: 'en' | 'id',
): Decision {
  const c = ctx(sentence, lang);
  const from = sentence.indexOf(phrase);
  if (from < 0) throw new Error(`${phrase} is not in ${sentence}`);
  const start = c.tokens.findIndex((t) => t.start >= from);
  const end = c.tokens.findIndex((t) => t.start >= from + phrase.length);
  return stage.decide(new Analysis(c, { start, end: end < 0 ? c.tokens.length : end }));
}
