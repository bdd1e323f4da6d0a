/** Stage user-handle: a site handle right after a noun for an unnamed person names them. */
import { describe, expect, it } from 'vitest';
import { userHandle } from '@/core/source/stages/user-handle';
import { decide, lastSource } from './helpers';

describe('stage user-handle', () => {
  it.each([
    ['“The stall was empty,” wrote user fennick42.', 'fennick42'],
    ['Reddit user dunlin77 said the stall was empty.', 'dunlin77'],
  ])('%s', (sentence, name) => {
    expect(lastSource('en', sentence)).toMatchObject({
      name,
      kind: 'named_person',
      basis: 'user-handle',
    });
  });

  it('passes on an all-capitals code', () => {
    expect(decide(userHandle, 'One user G20 said so.', 'One user G20', 'en')).toBeNull();
  });

  it('passes on a handle after a word for no unnamed person', () => {
    expect(decide(userHandle, 'The model X200 said so.', 'The model X200', 'en')).toBeNull();
  });
});
