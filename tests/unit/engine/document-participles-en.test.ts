/**
 * A document described by a participle phrase: irregular participles ("taken", "done",
 * "written") describe the document as regular ones do, and a document sent to people is
 * still what speaks. Every sentence is the team's own (invented places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('irregular participles describing a document', () => {
  it('a survey taken last year is the source after "according to", its phrase no claim', () => {
    const c = en('According to a survey taken last year, most renters in Dunmore cannot pay.');
    expect(c?.source).toMatchObject({ text: 'a survey taken last year', kind: 'document' });
    expect(c?.claim).toBe('most renters in Dunmore cannot pay');
  });

  it('so is one closing the sentence', () => {
    const c = en('Most renters in Dunmore cannot pay, according to a poll taken last spring.');
    expect(c?.source).toMatchObject({ text: 'a poll taken last spring', kind: 'document' });
  });

  it('a survey done by a firm, set off by commas, speaks, not the firm', () => {
    const c = en(
      'A survey of farmers across the valley, done by consultancy Harlow Partners, showed that yields fell.',
    );
    expect(c?.source.kind).toBe('document');
    expect(c?.claim).toBe('yields fell');
  });

  it('a count with a thousands comma stays inside the document before its aside', () => {
    const c = en(
      'A poll of 2,000 tenants, carried out by Harlow Partners, showed that rents rose.',
    );
    expect(c?.source).toMatchObject({
      text: 'A poll of 2,000 tenants, carried out by Harlow Partners',
      kind: 'document',
    });
  });

  it('a survey about a list, its participle and agent closing before the verb, speaks', () => {
    const c = en(
      'A survey of travellers in Lowick, Dunmore, Harlow and Tamsin, done by online travel site Tripvale showed that most expected robots.',
    );
    expect(c?.source.kind).toBe('document');
    expect(c?.source.text.startsWith('A survey of travellers')).toBe(true);
    expect(c?.claim).toBe('most expected robots');
  });

  it('a list with no document opening the sentence is left alone', () => {
    const c = en(
      'In Lowick, Dunmore and Harlow, a review done by the harbour board showed that fares rose.',
    );
    expect(c?.source.text).toBe('a review done by the harbour board');
  });

  it('a regular participle in the same place still does', () => {
    const c = en('A survey of farmers, conducted by Harlow Partners, showed that yields fell.');
    expect(c?.source.kind).toBe('document');
  });
});

describe('a document and whom it was sent to', () => {
  it.each([
    'A statement sent to reporters said the plant was safe.',
    'A statement emailed to reporters said the plant was safe.',
  ])('%s', (text) => {
    expect(en(text)?.source).toMatchObject({
      kind: 'document',
      text: text.slice(0, text.indexOf(' said')),
    });
  });

  it('people sent somewhere still speak themselves', () => {
    expect(en('Officials sent to the region said the water was safe.')?.source.kind).toBe(
      'unnamed_official',
    );
  });
});

describe('a document published in an outlet speaks, not the outlet', () => {
  it.each([
    [
      'A study published today in the Lakeside Medical Journal estimated that one in ten adults had the illness.',
      'A study published today in the Lakeside Medical Journal',
    ],
    [
      'A report released on Monday in the Harlow Gazette warned that the dam was weak.',
      'A report released on Monday in the Harlow Gazette',
    ],
  ])('%s', (text, source) => {
    expect(en(text)?.source).toMatchObject({ text: source, kind: 'document' });
  });

  it('a person interviewed in an outlet is still the person', () => {
    const c = en('Paul Lee, interviewed yesterday in the Harlow Gazette, said the dam was weak.');
    expect(c?.source.kind).toBe('named_person');
  });
});
