/** Stage pseudonym: a name the story says is made up ("bukan nama sebenarnya", "sebut saja",
 * "not her real name") names no one; the person is an unnamed source, and so is the same
 * made-up name later on. Every sentence is the team's own. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage pseudonym', () => {
  it.each([
    ['"Saya tidak berani pulang," kata Kemuning (bukan nama sebenarnya).', 'Kemuning'],
    ['Menurut Seruni (nama samaran), pemilik kios sering mengancam pedagang.', 'Seruni'],
    ['Seruni (bukan nama asli) mengatakan pemilik kios sering mengancam pedagang.', 'Seruni'],
    [
      '"Saya tidak berani pulang," ujar Kemuning, bukan nama sebenarnya, kepada wartawan.',
      'Kemuning',
    ],
  ])('a made-up name in brackets or commas: %s', (text, name) => {
    expect(lastSource('id', text)).toMatchObject({
      kind: 'anonymous',
      text: name,
      name,
      basis: 'pseudonym',
    });
  });

  it('a made-up name after "sebut saja" keeps the description', () => {
    expect(
      lastSource('id', 'Seorang pedagang, sebut saja Kemuning, mengatakan kiosnya dirusak.'),
    ).toMatchObject({ kind: 'anonymous', name: 'Kemuning', basis: 'pseudonym' });
  });

  it('an officer with a made-up name is an unnamed official', () => {
    expect(
      lastSource('id', 'Seorang polisi, sebut saja Kemuning, mengatakan kios itu dirusak.'),
    ).toMatchObject({ kind: 'unnamed_official', basis: 'pseudonym' });
  });

  it('English: not her real name', () => {
    expect(
      lastSource('en', 'Marisol (not her real name) said the landlord had threatened her.'),
    ).toMatchObject({ kind: 'anonymous', text: 'Marisol', basis: 'pseudonym' });
  });

  it('the same made-up name later is still no one named', () => {
    const source = lastSource(
      'id',
      '"Saya tidak berani pulang," kata Kemuning (bukan nama sebenarnya).',
      'Kemuning mengatakan pemilik kios sering datang malam hari.',
    );
    expect(source).toMatchObject({ kind: 'anonymous', basis: 'earlier-name/made-up' });
  });

  it('a name with the age in brackets is still a person named', () => {
    expect(lastSource('id', 'Kemuning Sari (45) mengatakan kiosnya dirusak.')).toMatchObject({
      kind: 'named_person',
    });
  });
});
