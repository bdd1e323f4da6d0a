/** Test helpers for the engine: a fixture registry (our own outlets, independent of the
 * bundled data) and a one-sentence context builder for rule tests. */
import { expect } from 'vitest';
import { analyze } from '@/core/analyze';
import { makeContext, type SentenceContext } from '@/core/context';
import { getPack } from '@/core/lang';
import { createRegistry, type Outlet } from '@/core/outlets';
import { Referents, type Referent } from '@/core/referents';
import type { Rule } from '@/core/rules';
import type { Claim } from '@/core/report';

function outlet(
  id: string,
  name: string,
  category: Outlet['category'],
  domains: string[],
  aliases: string[] = [],
): Outlet {
  return {
    id,
    name,
    aliases,
    domains,
    country: 'ZZ',
    category,
    citation: { title: 'Test fixture', url: 'https://example.org/fixture' },
    reviewed: '2026-01-01',
  };
}

/** Made-up outlets: one state-controlled agency, one wire, one paper. */
export const TEST_OUTLETS: Outlet[] = [
  outlet('statenews', 'Statenews', 'state_controlled', ['statenews.example'], ['STN']),
  outlet('wirely', 'Wirely', 'wire', ['wirely.example']),
  outlet('daily-planet', 'Daily Planet', 'private', ['dailyplanet.example']),
];

export const testRegistry = createRegistry(TEST_OUTLETS, { base: [] });

export function ctx(
  text: string,
  lang: 'en' | 'id',
  opts: { previous?: string; referents?: Referent[] } = {},
): SentenceContext {
  const referents = new Referents();
  for (const r of opts.referents ?? []) referents.add(r);
  return makeContext(text, getPack(lang), testRegistry, referents, opts.previous ?? null);
}

export const person = (name: string, role: string | null = null): Referent => ({
  text: name,
  kind: 'named_person',
  name,
  role,
  outlet: null,
});
export const org = (text: string): Referent => ({
  text,
  kind: 'organization',
  name: null,
  role: null,
  outlet: null,
});

/** The rule's candidates as [cue, kind, source text]. */
export function run(
  rule: Rule,
  text: string,
  lang: 'en' | 'id',
  opts: Parameters<typeof ctx>[2] = {},
) {
  return rule
    .find(ctx(text, lang, opts))
    .map((c) => [c.cue, c.source.kind, c.source.text] as const);
}

/** Every claim of a short story written with " || " between its paragraphs. */
export function storyClaims(text: string, lang: 'en' | 'id'): Claim[] {
  const blocks = text.split(' || ').map((t) => ({ type: 'p' as const, text: t }));
  return analyze({ blocks }, { lang, registry: testRegistry }).claims;
}

/** The claim of the story's last paragraph. */
export function lastClaim(text: string, lang: 'en' | 'id'): Claim | undefined {
  const tail = text.split(' || ').at(-1) as string;
  return storyClaims(text, lang).find(
    (c) => tail.includes(c.sentence) || c.sentence.includes(tail),
  );
}

/** Every claim of a text given as paragraphs, one block each. */
export function paragraphClaims(lang: 'en' | 'id', ...paragraphs: string[]): Claim[] {
  const blocks = paragraphs.map((text) => ({ type: 'p' as const, text }));
  return analyze({ blocks }, { lang, registry: testRegistry }).claims;
}

/** The one claim of a paragraph: the test fails when it has none or more than one. */
export function onlyClaim(text: string, lang: 'en' | 'id'): Claim | undefined {
  const claims = paragraphClaims(lang, text);
  expect(claims.length, 'one claim').toBe(1);
  return claims[0];
}
