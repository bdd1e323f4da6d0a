/**
 * The engine's entry point (stub until issue #3 lands): article blocks in, report out.
 * Pure: no browser or DOM globals.
 */
import type { ArticleInput, Report } from './report';
import { defaultRegistry, type OutletRegistry } from './outlets';

export interface AnalyzeOptions {
  /** Overrides language detection. */
  lang?: 'en' | 'id';
  /** Registry to consult (the default one plus the user's own outlets). */
  registry?: OutletRegistry;
}

export function analyze(input: ArticleInput, options: AnalyzeOptions = {}): Report {
  const registry = options.registry ?? defaultRegistry;
  const publisher = input.url ? registry.byDomain(input.url) : null;
  return {
    file: input.file ?? null,
    url: input.url ?? null,
    title: input.title ?? null,
    lang: options.lang ?? 'en',
    isArticle: input.isArticle ?? true,
    publisher: { domain: null, stateMedia: publisher?.category === 'state_controlled' },
    claims: [],
    summary: { claims: 0, flagged: 0, score: 100, byKind: {} },
  };
}
