/** Every registered rule and refiner has its own test file, named after it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_RULES, REFINERS, RULES } from '@/core/rules';

describe('rules have tests', () => {
  const ids = [...new Set([...RULES, ...FALLBACK_RULES, ...REFINERS].map((r) => r.id))];
  it('has rules', () => expect(RULES.length).toBeGreaterThan(5));
  it.each(ids)('%s has tests/unit/engine/rules/<id>.test.ts and core/rules/<id>.ts', (id) => {
    expect(existsSync(join(__dirname, 'rules', `${id}.test.ts`))).toBe(true);
    expect(existsSync(join(__dirname, '../../../core/rules', `${id}.ts`))).toBe(true);
  });
  it('rule ids are unique among rules', () => {
    const rules = [...RULES, ...FALLBACK_RULES];
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
});
