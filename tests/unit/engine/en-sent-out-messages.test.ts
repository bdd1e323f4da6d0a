/**
 * A message sent with the particle ("sent out an email saying ...") carries its sender's
 * words as "sent an email saying ..." does. Every sentence is the team's own (invented
 * places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('messages sent out', () => {
  it('"sent out an email saying:" before a quotation', () => {
    const [c] = storyClaims(
      'The Harlow campaign sent out an email saying: "The count is over."',
      'en',
    );
    expect(c).toMatchObject({ cue: 'sent out an email', rule: 'saying-clause' });
    expect(c?.source.text).toBe('The Harlow campaign');
  });

  it('"sent out a text message saying" before a clause', () => {
    const [c] = storyClaims(
      'The Dunmore council sent out a text message saying the bridge was closed.',
      'en',
    );
    expect(c?.claim).toBe('the bridge was closed');
  });
});
