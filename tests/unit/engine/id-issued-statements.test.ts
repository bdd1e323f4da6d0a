/**
 * Indonesian "issued a statement saying": "X merilis pernyataan yang menyebutkan ...". The
 * verb of saying belongs to the statement's relative clause; whoever issued or carried the
 * statement speaks. A statement that names its author is that author's, carried by the outlet.
 * Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('the issuer of a statement speaks through its relative clause', () => {
  it.each([
    ['Statenews menyiarkan pernyataan yang menyebutkan pabrik itu telah diresmikan.'],
    ['Statenews merilis pernyataan yang mengatakan bahwa pabrik itu telah diresmikan.'],
    ['Statenews memuat komentar yang menyatakan pabrik itu telah diresmikan.'],
  ])('a state outlet: %s', (text) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
    expect(c?.claim).toBe('pabrik itu telah diresmikan');
    expect(c?.flags).toContain('state_media');
  });

  it('a ministry that issued the statement is its source', () => {
    const c = id(
      'Kementerian Perdagangan mengeluarkan pernyataan yang menyebutkan harga beras stabil.',
    );
    expect(c?.source.kind).toBe('official_body');
    expect(c?.claim).toBe('harga beras stabil');
  });

  it("a statement naming its author stays that author's, with the outlet as via", () => {
    const c = id(
      'Statenews menyiarkan pernyataan Menteri Arman Wiryo yang menyebutkan pabrik itu telah diresmikan.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
  });

  it.each([
    ['Statenews merilis laporan yang menyebutkan panen tahun ini melimpah.'],
    ['Statenews menerbitkan artikel yang menyebutkan sanksi itu telah gagal.'],
  ])("an outlet's own report or article is the outlet's: %s", (text) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it("a ministry's report stays a document", () => {
    const c = id(
      'Kementerian Pertanian merilis laporan yang menyebutkan panen tahun ini melimpah.',
    );
    expect(c?.source.kind).toBe('document');
  });
});
