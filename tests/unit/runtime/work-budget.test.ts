/** The per-minute work budget and the story fingerprint, with a hand-driven clock. */
import { describe, expect, it } from 'vitest';
import { createWorkBudget, textFingerprint } from '@/utils/work-budget';

describe('createWorkBudget', () => {
  it('allows `limit` takes per window, then says how long to wait', () => {
    let t = 0;
    const budget = createWorkBudget(3, 60_000, () => t);
    expect([budget.take(), budget.take(), budget.take(), budget.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    t = 10_000;
    expect(budget.waitMs()).toBe(50_000);
    t = 60_000;
    expect(budget.waitMs()).toBe(0);
    expect(budget.take()).toBe(true);
    expect(budget.take()).toBe(true);
    expect(budget.take()).toBe(true);
    expect(budget.take()).toBe(false);
  });
});

describe('textFingerprint', () => {
  it('changes with any character and with where the blocks split', () => {
    const base = textFingerprint(['Officials said so.', 'A second paragraph.']);
    expect(textFingerprint(['Officials said so.', 'A second paragraph.'])).toBe(base);
    expect(textFingerprint(['Officials said so!', 'A second paragraph.'])).not.toBe(base);
    expect(textFingerprint(['Officials said so.A', ' second paragraph.'])).not.toBe(base);
    expect(
      textFingerprint(['Officials said so.', 'A second paragraph.', 'Update: more.']),
    ).not.toBe(base);
  });
});
