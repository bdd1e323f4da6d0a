/** Stage event-subject: an event or outcome heading the phrase names no source. */
import { describe, expect, it } from 'vitest';
import { NOT_A_SOURCE } from '@/core/source/stages';
import { eventSubject } from '@/core/source/stages/event-subject';
import { decide, lastSource } from './helpers';

describe('stage event-subject', () => {
  it('a defeat of a named pair is no source', () => {
    expect(
      decide(
        eventSubject,
        'Kekalahan Sari/Dina memastikan Indonesia tanpa wakil di final.',
        'Kekalahan Sari/Dina',
        'id',
      ),
    ).toBe(NOT_A_SOURCE);
  });
  it('no claim is left for a goal that ensured a win', () => {
    expect(lastSource('id', 'Gol Yoga Pratama memastikan kemenangan timnya.')).toBeUndefined();
  });
  it('the event word alone is left to the other stages', () => {
    expect(decide(eventSubject, 'Kemenangan memastikan semuanya.', 'Kemenangan', 'id')).toBeNull();
  });
  it('a person confirming stays a source', () => {
    expect(
      lastSource('id', 'Pelatih Persada, Yoga Pratama, memastikan timnya siap tampil.')?.kind,
    ).toBe('named_person');
  });
});
