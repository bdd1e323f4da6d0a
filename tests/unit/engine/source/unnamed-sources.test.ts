/** Unnamed sources: a name after an indefinite role and "for" / "to" / "of" is whom the role
 * serves (the speaker is the unnamed role), adjectives before such a role, and the lexicon's
 * words for unnamed people. */
import { describe, expect, it } from 'vitest';
import { lastSource, sourceIn } from './helpers';

describe('principal after an unnamed role', () => {
  it('a spokeswoman for a titled person is an unnamed official', () => {
    expect(
      lastSource('en', 'A spokeswoman for Governor Ruth Hale said the bridge would reopen in May.'),
    ).toMatchObject({ kind: 'unnamed_official', text: 'A spokeswoman for Governor Ruth Hale' });
  });

  it('an adviser to a head of government, with adjectives and a nationality', () => {
    expect(
      lastSource(
        'en',
        'A key economic adviser to Danish Prime Minister Tom Vale said rates should stay low.',
      ),
    ).toMatchObject({
      kind: 'unnamed_official',
      text: 'A key economic adviser to Danish Prime Minister Tom Vale',
    });
  });

  it.each([
    ['A spokesman for Sen. Ruth Hale said the bill would fail.', 'A spokesman for Sen. Ruth Hale'],
    ['An aide to Gov. Tom Vale said the state would sue.', 'An aide to Gov. Tom Vale'],
  ])('a principal with an abbreviated title: %s', (text, source) => {
    expect(lastSource('en', text)).toMatchObject({ kind: 'unnamed_official', text: source });
  });

  it('an aide to a bare name', () => {
    expect(
      lastSource('en', 'An aide to Lena Marsh said the vote would be held on Friday.'),
    ).toMatchObject({ kind: 'unnamed_official' });
  });

  it('the pronoun after it points back to the unnamed official', () => {
    const sentences = [
      'A senior adviser to President Ilse Brandt said the talks would resume soon.',
      '"We are not in a hurry," he told reporters.',
    ];
    expect(sourceIn('en', sentences, 1)).toMatchObject({ kind: 'unnamed_official' });
  });

  it('a name set apart by a comma is the spokesman himself', () => {
    expect(
      lastSource('en', 'A spokesman for the ministry, Piet Vos, said the bridge would reopen.'),
    ).toMatchObject({ kind: 'named_person', name: 'Piet Vos' });
  });

  it('a named spokeswoman stays named', () => {
    expect(
      lastSource('en', 'Spokeswoman Ruth Hale said the bridge would reopen in May.'),
    ).toMatchObject({ kind: 'named_person' });
  });

  it('a friend of a named person stays an unnamed source', () => {
    expect(
      lastSource('en', 'A friend of Lena Marsh said she had left the city in March.'),
    ).toMatchObject({ kind: 'anonymous' });
  });
});

describe('adjectives before an unnamed role', () => {
  it.each([
    ['A key adviser said the port would stay shut.', 'A key adviser'],
    ['A key economic adviser said the port would stay shut.', 'A key economic adviser'],
    ['One senior naval officer said the port would stay shut.', 'One senior naval officer'],
  ])('%s', (sentence, text) => {
    expect(lastSource('en', sentence)).toMatchObject({ kind: 'unnamed_official', text });
  });

  it('a cue phrase is no adjective: the key findings are a document', () => {
    expect(
      lastSource('en', 'The key findings of the audit said the port had lost money.'),
    ).toMatchObject({ kind: 'document' });
  });
});

describe('unnamed words of the lexicon', () => {
  it.each([
    ['"The queue never moves," said one Weibo user.', 'anonymous'],
    ['One forum user wrote that the shop had closed.', 'anonymous'],
    ['Pilots said the runway lights had failed.', 'anonymous'],
    ['Justices warned that the law would be struck down.', 'unnamed_official'],
  ])('%s', (sentence, kind) => {
    expect(lastSource('en', sentence)).toMatchObject({ kind });
  });
});

describe('whoever uses a thing', () => {
  it.each([
    'When the user confirms the order, the app says the payment is pending.',
    'Each user claims a slot by sending a request.',
  ])('is no source when any user is meant: %s', (sentence) => {
    expect(lastSource('en', sentence)).toBeUndefined();
  });

  it('a plural stays a group of unnamed people', () => {
    expect(lastSource('en', 'Users said the update had wiped their files.')).toMatchObject({
      kind: 'anonymous',
    });
  });
});

describe('Indonesian unnamed sources', () => {
  it.each([
    ['Seorang kerabat korban mengatakan korban sempat mengeluh sakit.', 'Seorang kerabat korban'],
    ['Teman korban mengatakan ia pulang sendirian.', 'Teman korban'],
  ])('a relative or friend is an unnamed source: %s', (sentence, text) => {
    expect(lastSource('id', sentence)).toMatchObject({ kind: 'anonymous', text });
  });

  it('"pihak kepolisian" is the police speaking as an institution', () => {
    expect(lastSource('id', 'Pihak kepolisian menyatakan pelaku sudah ditangkap.')).toMatchObject({
      kind: 'official_body',
    });
  });

  it.each([
    ['Seorang kusir mengatakan jalan itu rusak parah.', 'common-noun/counted'],
    ['Salah seorang kusir mengatakan jalan itu rusak parah.', 'common-noun/counted'],
    ['Seorang narasumber mengatakan gaji belum dibayar.', 'lexicon-head'],
    ['Seorang tukang parkir mengatakan jalan itu rusak parah.', 'lexicon-head'],
  ])('a counted person is an unnamed source: %s', (sentence, basis) => {
    expect(lastSource('id', sentence)).toMatchObject({ kind: 'anonymous', basis });
  });

  it('a counting word opening the sentence is no name seen before', () => {
    expect(
      lastSource(
        'id',
        'Seorang pejabat mengatakan proyek itu mangkrak.',
        'Seorang kusir mengatakan jalan itu rusak parah.',
      ),
    ).toMatchObject({ kind: 'anonymous' });
  });

  it('a name withheld as an identity', () => {
    expect(
      lastSource('id', 'Seorang kusir yang enggan disebutkan identitasnya mengatakan jalan rusak.'),
    ).toMatchObject({ kind: 'anonymous' });
  });
});
