/**
 * An outlet that asked the question carried the answer: "Asked by state television about
 * the deal, the minister said ...", "The minister, asked by Statenews about it, said ...",
 * "Ditanya televisi pemerintah soal ..., menteri mengatakan ...". The speaker is the source
 * and the outlet the via; an aside of being asked is no part of the source phrase. Every
 * sentence is the team's own; "Statenews" is the helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const en = (text: string) => storyClaims(text, 'en')[0];
const id = (text: string) => storyClaims(text, 'id')[0];

describe('English: asked by an outlet', () => {
  it.each([
    ['Asked by state television about the deal, Minister Ilsa Corven said it was fair.'],
    ['When asked by Statenews about the deal, Minister Ilsa Corven said it was fair.'],
    ['Asked about the deal by state TV, Minister Ilsa Corven said it was fair.'],
    ['Minister Ilsa Corven, asked by state media about the deal, said it was fair.'],
    ['Minister Ilsa Corven, questioned by Statenews on Monday, said the deal was fair.'],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.text).toBe('Minister Ilsa Corven');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.flags).toContain('state_media');
  });

  it('asked by reporters: the aside leaves the source, no via', () => {
    const c = en('Minister Ilsa Corven, asked by reporters about the deal, said it was fair.');
    expect(c?.source.text).toBe('Minister Ilsa Corven');
    expect(c?.source.via).toBeNull();
  });
});

describe('Indonesian: ditanya oleh an outlet', () => {
  it.each([
    [
      'Ditanya oleh televisi pemerintah soal kesepakatan itu, Menteri Ilsa Corven mengatakan kesepakatan itu adil.',
    ],
    [
      'Ketika ditanya Statenews soal kesepakatan itu, Menteri Ilsa Corven mengatakan kesepakatan itu adil.',
    ],
    [
      'Menteri Ilsa Corven, ditanya Statenews soal kesepakatan itu, mengatakan kesepakatan itu adil.',
    ],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.text).toBe('Menteri Ilsa Corven');
    expect(c?.flags).toContain('state_media');
  });

  it('asked by reporters: no via', () => {
    const c = id(
      'Ditanya wartawan soal kesepakatan itu, Menteri Ilsa Corven mengatakan kesepakatan itu adil.',
    );
    expect(c?.source.via).toBeNull();
  });
});

describe('asked by reporters after a state-media relay', () => {
  it('is a new occasion: the relay of the sentence before does not carry over', () => {
    const claims = storyClaims(
      'Minister Ilsa Corven said the deal was fair, Statenews reported. Asked by reporters about the talks, Corven said they would resume.',
      'en',
    );
    expect(claims[0]?.flags).toContain('state_media');
    expect(claims[1]?.source.via).toBeNull();
    expect(claims[1]?.flags).not.toContain('state_media');
  });

  it('Indonesian: ditanya wartawan', () => {
    const claims = storyClaims(
      'Menteri Ilsa Corven mengatakan kesepakatan itu adil, lapor Statenews. Ditanya wartawan soal perundingan, Corven mengatakan perundingan akan dilanjutkan.',
      'id',
    );
    expect(claims[1]?.source.via).toBeNull();
  });
});

describe('answering a question an outlet asked', () => {
  it.each([
    [
      'Responding to a question from Statenews, the ministry spokesman said the border would reopen.',
      'Statenews',
    ],
    [
      'In response to a question from state media, Foreign Minister Arlo Venter said the border would reopen.',
      'state media',
    ],
    [
      'Replying to a question from state television, Foreign Minister Arlo Venter said the border would reopen.',
      'state television',
    ],
  ])('%s', (text, via) => {
    const claim = en(text);
    expect(claim?.source.kind).not.toBe('state_media');
    expect(claim?.source.via).toBe(via);
    expect(claim?.flags).toContain('state_media');
  });

  it.each([
    [
      'Menjawab pertanyaan televisi pemerintah, juru bicara itu mengatakan perbatasan akan dibuka.',
      'televisi pemerintah',
    ],
    [
      'Menanggapi pertanyaan dari Statenews, Menteri Rina Ardani mengatakan perbatasan akan dibuka.',
      'Statenews',
    ],
  ])('%s', (text, via) => {
    const claim = id(text);
    expect(claim?.source.via).toBe(via);
    expect(claim?.flags).toContain('state_media');
  });

  it('a question from someone who is no outlet relays nothing', () => {
    const claim = en(
      'Responding to a question from a lawmaker, the ministry spokesman said the border would reopen.',
    );
    expect(claim?.source.via ?? null).toBeNull();
  });
});
