/** Stage outlet-document: an outlet's survey is a named document; an outlet's own report is the
 * outlet speaking (media, or state media for a state outlet). */
import { describe, expect, it } from 'vitest';
import { outletDocument } from '@/core/source/stages/outlet-document';
import { decide, lastSource } from './helpers';

describe('stage outlet-document', () => {
  it('a report an outlet saw, in a clause after it, is no report of that outlet', () => {
    expect(
      lastSource('en', 'The report, a copy of which was seen by Wirely, says the port will close.'),
    ).toMatchObject({ kind: 'document', outlet: 'wirely', basis: 'outlet-document' });
    expect(
      lastSource(
        'en',
        'The report, parts of which were read to lawmakers, says the port will close.',
      ),
    ).toMatchObject({ kind: 'document' });
  });

  it("a private outlet's survey is a document published by it", () => {
    expect(
      decide(
        outletDocument,
        'Survei Daily Planet menyebutkan panen tahun ini memecahkan rekor.',
        'Survei Daily Planet',
        'id',
      ),
    ).toMatchObject({ kind: 'document', outlet: 'daily-planet', basis: 'outlet-document' });
    expect(
      decide(
        outletDocument,
        'A poll by the Daily Planet suggests most farmers expect a record harvest.',
        'A poll by the Daily Planet',
        'en',
      ),
    ).toMatchObject({ kind: 'document', outlet: 'daily-planet', basis: 'outlet-document' });
  });

  it("a private outlet's own report is that outlet as the source (media)", () => {
    expect(
      lastSource('id', 'Menurut laporan Daily Planet, panen tahun ini memecahkan rekor.'),
    ).toMatchObject({
      kind: 'media',
      outlet: 'daily-planet',
      basis: 'outlet-document/news-report',
    });
    expect(
      lastSource('en', 'A report by the Daily Planet said the harvest had broken records.'),
    ).toMatchObject({
      kind: 'media',
      outlet: 'daily-planet',
      basis: 'outlet-document/news-report',
    });
  });

  it("a state outlet's report is state media", () => {
    expect(
      decide(
        outletDocument,
        'Laporan Statenews menyebutkan panen memecahkan rekor.',
        'Laporan Statenews',
        'id',
      ),
    ).toMatchObject({
      kind: 'state_media',
      outlet: 'statenews',
      basis: 'outlet-document/state-media',
    });
  });

  it('passes when the outlet comes first', () => {
    expect(
      decide(
        outletDocument,
        'Statenews correspondent Tom Hale said so.',
        'Statenews correspondent Tom Hale',
        'en',
      ),
    ).toBeNull();
  });

  it.each([
    [
      'The dam leaked, according to a report from the Harlow Gazette.',
      'a report from the Harlow Gazette',
    ],
    ['A report in the Tidewell Courier said the dam leaked.', 'A report in the Tidewell Courier'],
  ])("an unregistered newspaper's own report is the paper: %s", (sentence, text) => {
    expect(lastSource('en', sentence)).toMatchObject({
      text,
      kind: 'media',
      basis: 'outlet-document/masthead',
    });
  });

  it("a newspaper's poll stays a document", () => {
    expect(lastSource('en', 'A poll by the Harlow Gazette found the dam leaked.')?.kind).toBe(
      'document',
    );
  });
});

describe("outlet-document: an outlet's poll named before it", () => {
  it("a private outlet's poll or survey is a document published by it", () => {
    for (const sentence of [
      'Most farmers expect a record harvest, according to the latest Daily Planet poll.',
      'According to a Daily Planet survey, most farmers expect a record harvest.',
    ]) {
      expect(lastSource('en', sentence)).toMatchObject({
        kind: 'document',
        outlet: 'daily-planet',
        basis: 'outlet-document/outlet-data',
      });
    }
  });

  it("the outlet's own report, and anything from a state outlet, stay the outlet's", () => {
    const report = 'According to a Daily Planet report, most farmers expect a record harvest.';
    expect(lastSource('en', report)).toMatchObject({ kind: 'media', outlet: 'daily-planet' });
    const state = 'According to a Statenews poll, most farmers expect a record harvest.';
    expect(lastSource('en', state)).toMatchObject({ kind: 'state_media', outlet: 'statenews' });
  });
});

describe('outlet-document: generic state media as the publisher', () => {
  // Its own piece: the outlet speaks. (Footage it only carried is the source, the outlet
  // its via: state-media-carried-documents-en tests.)
  it('a commentary broadcast by state TV is state media', () => {
    const s = lastSource('en', 'A commentary broadcast by state TV showed empty shelves.');
    expect(s).toMatchObject({ kind: 'state_media', basis: 'outlet-document/generic-state-media' });
  });
});
