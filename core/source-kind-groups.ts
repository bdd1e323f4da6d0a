/**
 * Groups of source kinds the engine asks about again and again, named once so every rule
 * and stage means the same thing by "unnamed" or "a person".
 */
import type { SourceKind } from './report';

/** The unnamed kinds: a claim resting on them carries the `unnamed_source` flag. */
export const UNNAMED_KINDS: ReadonlySet<SourceKind> = new Set(['anonymous', 'unnamed_official']);

/** Kinds that stand for people (one or several), named or not. */
export const PERSON_KINDS: ReadonlySet<SourceKind> = new Set([
  'named_person',
  'unnamed_official',
  'anonymous',
]);
