/** Stage mixed-outlet-list: state media listed with a source that is no outlet speaks as that
 * source, not as state media (the words do not come only from state media). */
import { describe, expect, it } from 'vitest';
// The engine first: the stage classifies a list item through the stage list, which must be
// built before the stage's own module is asked for.
import { decide, lastSource } from './helpers';
import { mixedOutletList } from '@/core/source/stages/mixed-outlet-list';

describe('stage mixed-outlet-list', () => {
  it.each([
    ['en', 'The ferry sank near the port, residents and state television said.', 'anonymous'],
    ['en', 'Ten people were killed, witnesses and the state news agency said.', 'anonymous'],
    ['en', 'The dam had held, a rights group and state media reported.', 'organization'],
    ['en', 'Statenews and fishermen said the ferry sank near the port.', 'anonymous'],
    ['id', 'Kapal itu tenggelam dekat pelabuhan, kata warga dan televisi pemerintah.', 'anonymous'],
    ['id', 'Menurut saksi mata dan media pemerintah, gudang itu terbakar.', 'anonymous'],
  ] as const)('%s: %s', (lang, sentence, kind) => {
    const source = lastSource(lang, sentence);
    expect(source).toMatchObject({ kind, basis: 'mixed-outlet-list' });
  });

  it('keeps a registry outlet in the list as the source outlet', () => {
    expect(
      lastSource('en', 'Fishermen and Statenews said the ferry sank near the port.'),
    ).toMatchObject({ kind: 'anonymous', outlet: 'statenews' });
  });

  it('is not flagged state media', () => {
    const decision = decide(
      mixedOutletList,
      'Villagers and state radio said the bridge was gone.',
      'Villagers and state radio',
      'en',
    );
    expect(decision).toMatchObject({ kind: 'anonymous', basis: 'mixed-outlet-list' });
  });

  it.each([
    [
      'en',
      'Statenews and state television said the dam had held.',
      'Statenews and state television',
    ],
    ['en', 'Wirely and state media reported the dam had held.', 'Wirely and state media'],
    ['en', 'Wirely and fishermen said the ferry sank.', 'Wirely and fishermen'],
    ['en', 'Residents and officials said the ferry sank.', 'Residents and officials'],
  ] as const)('leaves a list of outlets only, or with no state outlet, alone: %s', (lang, s, p) => {
    expect(decide(mixedOutletList, s, p, lang)).toBeNull();
  });
});
