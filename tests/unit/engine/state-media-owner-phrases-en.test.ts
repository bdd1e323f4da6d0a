/**
 * A state outlet described by its owner or backer rather than named: a word for the state
 * before a media phrase of more than one word ("the government news agency"), a government
 * backer ("government-backed media"), and outlets in the plural ("state-run outlets"). A
 * body's other agencies stay the body's.
 * Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const en = (text: string) => onlyClaim(text, 'en');

describe('a state outlet described by its owner', () => {
  it.each([
    ['The harbour will reopen, the government news agency said.'],
    ['The military news agency said the harbour would reopen.'],
    ['Government-backed media said the harbour would reopen.'],
    ['The harbour will reopen, government-backed television reported.'],
    ['The harbour will reopen, state-run outlets said.'],
    ['State-owned papers said the harbour would reopen.'],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it.each([
    ['The government statistics agency said exports fell.'],
    ['The government planning agency said exports fell.'],
  ])('a body of the state is no outlet: %s', (text) => {
    expect(en(text)?.source.kind).toBe('official_body');
  });
});

it('outlets of shops are no state media', () => {
  expect(en('Retail outlets said sales fell.')?.flags).not.toContain('state_media');
});
