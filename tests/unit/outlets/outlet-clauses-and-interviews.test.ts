/**
 * Names that count as an outlet only next to a citing phrase: a relative clause
 * between the name and its reporting verb keeps it an outlet ("Tasnim, which is close to the
 * Guards, said"); "interviewed by" / "diwawancarai" before a name cites it. A person who
 * shares the name stays no outlet. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry as registry } from '@/core/outlets';

const found = (text: string) => registry.findInText(text).map((m) => m.outlet.id);

describe('a relative clause between an outlet and its verb', () => {
  it.each([
    [
      'Tasnim, which is close to the Revolutionary Guards, said the tanker had docked.',
      'tasnim-news-agency',
    ],
    [
      'Fars, which is close to the Guards, reported that the tanker had docked.',
      'fars-news-agency',
    ],
    [
      'Tasnim, yang dekat dengan Garda Revolusi, melaporkan tanker itu telah bersandar.',
      'tasnim-news-agency',
    ],
  ])('%s', (text, id) => {
    expect(found(text)).toContain(id);
  });

  it.each([
    'Tasnim, who is 24, said she had left the country in May.',
    'Tasnim, which her parents chose, means a spring in paradise.',
    'Tasnim, which is close to the Guards. It said the tanker had docked.',
  ])('no outlet: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('an outlet that interviewed the speaker', () => {
  it.each([
    'Economists interviewed by CCTV said growth would slow.',
    'Para ekonom yang diwawancarai CCTV menyebut pertumbuhan akan melambat.',
  ])('%s', (text) => {
    expect(found(text)).toContain('cctv');
  });
});
