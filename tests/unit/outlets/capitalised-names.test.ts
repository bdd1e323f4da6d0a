/** Outlet names that are also common words ("The Paper"): found only as the capitalised name. */
import { describe, expect, it } from 'vitest';
import { defaultRegistry as registry, isStateControlled } from '@/core/outlets';

const ids = (text: string) => registry.findInText(text).map((m) => m.outlet.id);

describe('The Paper (Shanghai)', () => {
  it('is found as the capitalised name, and is state-controlled', () => {
    expect(ids('The hack was first reported by The Paper on Tuesday.')).toEqual(['the-paper']);
    expect(ids('Shanghai-based The Paper said the plant had closed.')).toEqual(['the-paper']);
    expect(isStateControlled(registry.get('the-paper'))).toBe(true);
  });

  it('is not any paper', () => {
    expect(ids('The paper said the plant had closed.')).toEqual([]);
    expect(ids('A study in the paper found little change.')).toEqual([]);
    expect(ids('THE PAPER SAID THE PLANT HAD CLOSED.')).toEqual([]);
  });
});
