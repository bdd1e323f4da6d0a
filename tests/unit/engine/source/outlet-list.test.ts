/** Stage outlet-list: a list of outlets speaking together; state media only when every
 * item is. */
import { describe, expect, it } from 'vitest';
import { outletList } from '@/core/source/stages/outlet-list';
import { decide, lastSource } from './helpers';

describe('stage outlet-list', () => {
  it.each([
    ['en', 'The dam had held, Statenews and Wirely reported.', 'Statenews and Wirely'],
    [
      'en',
      'The dam had held, according to Statenews and the Daily Planet.',
      'Statenews and the Daily Planet',
    ],
    ['id', 'Bendungan itu aman, seperti dilaporkan Statenews dan Wirely.', 'Statenews dan Wirely'],
    ['id', 'Bendungan itu aman, menurut Statenews dan Wirely.', 'Statenews dan Wirely'],
    ['id', 'Bendungan itu aman, lapor Statenews dan Wirely.', 'Statenews dan Wirely'],
  ] as const)('%s: %s', (lang, sentence, text) => {
    expect(lastSource(lang, sentence)).toMatchObject({ kind: 'media', text, basis: 'outlet-list' });
  });

  it('a state outlet listed with state television is state media', () => {
    expect(
      decide(
        outletList,
        'Statenews and state television said the dam had held.',
        'Statenews and state television',
        'en',
      ),
    ).toMatchObject({
      kind: 'state_media',
      basis: 'outlet-list',
    });
  });

  it('a list with an item that is no outlet is left to the other stages', () => {
    expect(
      decide(
        outletList,
        'Statenews and a monitoring group said the dam had held.',
        'Statenews and a monitoring group',
        'en',
      ),
    ).toBeNull();
  });

  it('a single outlet is no list', () => {
    expect(decide(outletList, 'Statenews said the dam had held.', 'Statenews', 'en')).toBeNull();
  });
});
