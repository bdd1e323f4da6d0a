/**
 * Shared by the generalisation tables (generalisation*.test.ts): the whole pipeline on the
 * team's own sentences; a paragraph break is written " || ".
 */

import { expect } from 'vitest';
import { analyze } from '@/core/analyze';
import type { Claim } from '@/core/report';
import { testRegistry } from './helpers';

export type Lang = 'en' | 'id';

export function claims(text: string, lang: Lang): Claim[] {
  const blocks = text.split(' || ').map((t) => ({ type: 'p' as const, text: t }));
  return analyze({ blocks }, { lang, registry: testRegistry }).claims;
}

/** The claim of the last sentence of `text`. */
export function last(text: string, lang: Lang): Claim | undefined {
  const all = claims(text, lang);
  const sentences = text.split(' || ');
  const tail = sentences[sentences.length - 1] as string;
  return all.find((c) => tail.includes(c.sentence) || c.sentence.includes(tail));
}

export interface Row {
  text: string;
  kind: Claim['source']['kind'];
  source?: string;
  name?: string | null;
  role?: string | null;
  resolvesTo?: string;
  strength?: Claim['strength'];
  flag?: boolean;
}

export function check(lang: Lang, row: Row) {
  const c = last(row.text, lang);
  expect(c, 'no claim').toBeDefined();
  expect(c!.source.kind).toBe(row.kind);
  if (row.source !== undefined) expect(c!.source.text).toBe(row.source);
  if (row.name !== undefined) expect(c!.source.name).toBe(row.name);
  if (row.role !== undefined) expect(c!.source.role).toBe(row.role);
  if (row.resolvesTo !== undefined) expect(c!.source.resolvesTo).toBe(row.resolvesTo);
  if (row.strength !== undefined) expect(c!.strength).toBe(row.strength);
  if (row.flag !== undefined) expect(c!.flags.includes('unnamed_source')).toBe(row.flag);
}
