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

/** The handle is the person's name, the words before it (if any) their role. */
function expectHandle(sentence: string, name: string, role: string | null) {
  expect(lastSource('en', sentence)).toMatchObject({
    name,
    role,
    kind: 'named_person',
    basis: 'user-handle',
  });
}

describe('stage user-handle: bare and named handles (session 13)', () => {
  it.each([
    ['“The stall was empty,” fennick42 wrote in a forum post.', 'fennick42', null],
    ['“The stall was empty,” said user KestrelFan on the Dunmore forum.', 'KestrelFan', 'user'],
    ['One Reddit user, dunlin77, said the stall was empty.', 'dunlin77', 'One Reddit user'],
  ])('%s', expectHandle);

  it('a capitalised handle alone is a person, not a lone name taken for a firm', () => {
    const found = lastSource('en', '“The stall was empty,” Fennick42 wrote in a forum post.');
    expect(found?.kind).toBe('named_person');
  });

  it('passes on a body word after a handle noun', () => {
    expect(decide(userHandle, 'EU member States said so.', 'EU member States', 'en')).toBeNull();
  });

  it('passes on a capitalised word with no handle noun before it', () => {
    expect(decide(userHandle, 'Dunmore said so.', 'Dunmore', 'en')).toBeNull();
  });
});

describe('stage user-handle: "username" is a handle noun', () => {
  it.each([
    ['“The stall was empty,” said username KestrelFan on the Dunmore forum.', 'KestrelFan'],
    ['“The stall was empty,” said username KestrelFan, discussing the market.', 'KestrelFan'],
    ['A username, fennick42, said the stall was empty.', 'fennick42'],
  ])('%s', (sentence, name) => {
    expect(lastSource('en', sentence)).toMatchObject({ name, kind: 'named_person' });
  });
});

describe('stage user-handle: a handle set off after a description of a person', () => {
  it.each([
    ['One seller, dunlin77, said the stall was empty.', 'dunlin77', 'One seller'],
    [
      'As one buyer at the bazaar, fennick42, wrote to me, “The stall was empty.”',
      'fennick42',
      'one buyer at the bazaar',
    ],
  ])('%s', expectHandle);

  it('a firm with digits in its name stays a firm', () => {
    expect(lastSource('en', 'The company, Dunmore2000, said the stall was empty.')?.kind).toBe(
      'organization',
    );
  });
});
