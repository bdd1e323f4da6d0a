/**
 * English: a body that regulates or runs the media ("the state media regulator", "the official
 * media office") is a government body, not an outlet; the media words only say what it
 * oversees. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a state or official media body is the government', () => {
  it.each([
    [
      'The state media regulator said the channel had broken the balance rules.',
      'The state media regulator',
    ],
    ['The state media office said the two reporters had been freed.', 'The state media office'],
    [
      'The official media office said the weekly would close for a month.',
      'The official media office',
    ],
  ])('%s', (sentence, text) => {
    const c = en(sentence);
    expect(c?.source).toMatchObject({ kind: 'official_body', text });
    expect(c?.flags).not.toContain('state_media');
  });

  it('a media watchdog is not an outlet either', () => {
    const c = en("Norland's state media watchdog said the broadcaster would be fined.");
    expect(c?.source.kind).not.toBe('state_media');
    expect(c?.flags).not.toContain('state_media');
  });

  it('the outlets themselves stay state media', () => {
    expect(en('State media outlets said the harvest was a record.')?.source.kind).toBe(
      'state_media',
    );
    expect(en('The state news agency said the harvest was a record.')?.source.kind).toBe(
      'state_media',
    );
    expect(en('The official media said the harvest was a record.')?.source.kind).toBe(
      'state_media',
    );
  });
});
