/** A bare verb of saying ("argue", "insist") before a finite clause with no "that". */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('a group before a bare verb and a finite clause', () => {
  it.each([
    ['Growers insist the new levy is hurting them.', 'insist', 'anonymous'],
    ['Opponents argue the tunnel will flood.', 'argue', 'anonymous'],
    ['Prosecutors contend the payment was a bribe that is still hidden.', 'contend', null],
  ])('%s', (text, cue, kind) => {
    const c = lastClaim(text, 'en');
    expect(c?.cue).toBe(cue);
    if (kind) expect(c?.source.kind).toBe(kind);
  });

  it.each([
    'Growers argue the case before the board.',
    'Terminal state handling retries tasks until they are done.',
    'Hollin state Senator Will Brand, who owns a farm, spoke.',
  ])('no clause, a noun, or a name with an auxiliary in it: %s', (text) => {
    expect(lastClaim(text, 'en')).toBeUndefined();
  });
});

describe('a count of people opening the subject after an opening phrase', () => {
  it.each([
    'Last spring, hundreds of employees marched to the port, saying their wages were cut.',
    'On Friday, dozens of residents gathered at the hall, saying the rent was too high.',
  ])('%s', (text) => {
    const c = lastClaim(text, 'en');
    expect(c?.cue).toBe('saying');
    expect(c?.source.kind).toBe('anonymous');
  });
});
