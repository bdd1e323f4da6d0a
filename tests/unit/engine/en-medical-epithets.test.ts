/**
 * Doctors named by their specialty or plain title ("the retired neurosurgeon", "a physician")
 * are people who speak, as "the surgeon" is. Every sentence is the team's own (invented
 * places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('medical epithets as speakers', () => {
  it('"the retired neurosurgeon acknowledged that ..."', () => {
    const [c] = storyClaims(
      'Asked about his memoir, the retired neurosurgeon acknowledged that he expected scrutiny.',
      'en',
    );
    expect(c).toMatchObject({ cue: 'acknowledged', claim: 'he expected scrutiny' });
    expect(c?.source.text).toBe('the retired neurosurgeon');
  });

  it('"a physician at the clinic said ..."', () => {
    const [c] = storyClaims('A physician at the Dunmore clinic said the ward was full.', 'en');
    expect(c?.claim).toBe('the ward was full');
    expect(c?.source.kind).toBe('anonymous');
  });
});
