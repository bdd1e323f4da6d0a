/** Stage role-head: a role with no name, a person given that role before or an unnamed official. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage role-head', () => {
  it('"the minister" after a named minister is that minister', () => {
    const source = lastSource(
      'en',
      'Foreign Minister Ana Ruiz said talks would resume.',
      'The minister said a date was set.',
    );
    expect(source).toMatchObject({
      kind: 'named_person',
      name: 'Ana Ruiz',
      resolvesTo: 'Ana Ruiz',
      basis: 'role-head/recent-speaker',
    });
  });

  it.each([
    [
      'Talal Nouri said the port would reopen on Friday.',
      'The minister added that fees would fall.',
    ],
    [
      'Dmitry Volkov said the talks were useful.',
      "The Russian President's press secretary noted that no date was set.",
    ],
  ])('a definite role after a speaker given no office is that speaker: %s', (first, second) => {
    expect(lastSource('en', first, second)).toMatchObject({
      kind: 'named_person',
      name: expect.stringMatching(/Nouri|Volkov/),
      basis: 'role-head/roleless-speaker',
    });
  });

  it.each([
    // Someone's attorney is not that someone.
    ['Mark Hale said he would appeal.', "The defendant's attorney said the ruling was unfair."],
    // An unnamed minister spoken of since is the one meant.
    [
      'Talal Nouri said the port would reopen. A minister from the north said it would not.',
      'The minister said fees would rise.',
    ],
  ])('not the role-less speaker: %s', (first, second) => {
    expect(lastSource('en', first, second)?.kind).not.toBe('named_person');
  });

  it.each([
    ['en', 'A western diplomat said talks would resume.'],
    ['en', 'The minister said a date was set.'],
  ] as const)('%s: an unnamed official: %s', (lang, sentence) => {
    expect(lastSource(lang, sentence)).toMatchObject({
      kind: 'unnamed_official',
      name: null,
      basis: 'role-head',
    });
  });
});

describe("stage role-head: a title-case role closing a body's words", () => {
  it.each([
    "Velmar's Foreign Ministry Spokesman says the audit is unfair.",
    'The Interior Ministry Secretary General said the road was shut.',
  ])("is that body's person, not the body: %s", (sentence) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'unnamed_official',
      basis: 'role-head',
    });
  });
});

describe("stage role-head: an office title whose holder's name is missing from the copy", () => {
  it.each([
    'Menteri Perikanan dan Kelautan, , mengatakan kuota tangkap dinaikkan.',
    'Menteri Pekerjaan Umum, menegaskan , jalan nasional segera diperbaiki.',
    'Direktur Utama PT , (Persero) , menyebutkan laba naik tipis.',
  ])('a person all the same: %s', (sentence) => {
    expect(lastSource('id', sentence)).toMatchObject({
      kind: 'named_person',
      name: null,
      basis: 'role-head/name-gap',
    });
  });

  it.each([
    'Kepala Dinas Perikanan mengatakan kuota tangkap dinaikkan.',
    'Para pejabat, mengatakan kuota tangkap dinaikkan.',
    // An occasion set off by commas is no dropped name.
    'Kepala Dinas Perikanan, dalam konferensi pers, mengatakan kuota tangkap dinaikkan.',
    'Kapolres Bogor, saat dihubungi, mengatakan pelaku sudah ditangkap.',
  ])('no gap, or no single office: %s', (sentence) => {
    expect(lastSource('id', sentence)?.kind).not.toBe('named_person');
  });
});

describe('stage role-head: prosecutors are offices', () => {
  it.each([
    ['The district attorney said the charges would stand.', 'unnamed_official', 'role-head'],
    ['The attorney general said the rule was lawful.', 'unnamed_official', 'role-head'],
  ])('%s', (sentence, kind, basis) => {
    expect(lastSource('en', sentence)).toMatchObject({ kind, basis });
  });

  it('a named lawyer stays a named person', () => {
    expect(lastSource('en', 'Defense lawyer Ruth Kemp said the charges were baseless.')?.kind).toBe(
      'named_person',
    );
  });
});
