/**
 * Shared by the generalisation tables (generalisation*.test.ts): the whole pipeline on the
 * team's own sentences; a paragraph break is written " || ".
 */
import { expect } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim, storyClaims } from './helpers';

export type Lang = 'en' | 'id';

export const claims = storyClaims;
export const last = lastClaim;

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
