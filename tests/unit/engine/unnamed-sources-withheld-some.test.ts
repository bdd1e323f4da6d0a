/**
 * Classes of session 13 on unnamed speakers: a pronoun whose name the sentence withholds, a
 * person no lexicon lists described by an aside before the verb, and clauses about the
 * speaker that mention the media. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim, paragraphClaims } from './helpers';

const last = (text: string, lang: 'en' | 'id' = 'en'): Claim | undefined => lastClaim(text, lang);

describe('a pronoun whose name is withheld is no named person', () => {
  const story = 'Dora Vance, a baker, said the market was quiet. || Her neighbour was angrier. || ';
  it.each([
    '"Nobody listens to us," she said, asking not to be named.',
    '"Nobody listens to us," she said, speaking on condition of anonymity.',
    '"Nobody listens to us," she said on condition of anonymity.',
    '"Nobody listens to us," she said, declining to give her name.',
    'She said, on condition of anonymity, that the stalls would close in June.',
    'She told reporters on condition of anonymity that the stalls would close in June.',
  ])('%s', (sentence) => {
    const c = last(story + sentence);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.name).toBeNull();
    expect(c?.source.basis).toBe('pronoun/withheld');
    expect(c?.flags).toContain('unnamed_source');
  });

  it("a body's unnamed people: its officials", () => {
    const c = last(
      'The Port Authority said the quay was shut. || They said, speaking on condition of anonymity, that the cranes had failed.',
    );
    expect(c?.source.kind).toBe('unnamed_official');
  });

  it('a name withheld further on is someone else\'s: "he said the officials, who asked ..."', () => {
    const c = last(
      'Dora Vance, a baker, said the market was quiet. || She said the inspectors, who asked not to be named, had closed two stalls.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Dora Vance' });
  });

  it('Indonesian: "ujarnya, yang enggan disebut namanya"', () => {
    const c = last(
      'Kepala Desa Sukaraya Budi Harsono mengatakan air sudah surut. || Seorang warga lain punya cerita berbeda. || "Kami tidak diberi tahu sama sekali," ujarnya, yang enggan disebut namanya.',
      'id',
    );
    expect(c?.source).toMatchObject({ kind: 'anonymous', basis: 'clitic/withheld' });
  });

  it('Indonesian: "kata dia yang tak mau disebut namanya"', () => {
    const c = last(
      'Kepala Desa Sukaraya Budi Harsono mengatakan air sudah surut. || "Kami tidak diberi tahu," kata dia yang tak mau disebut namanya.',
      'id',
    );
    expect(c?.source).toMatchObject({ kind: 'anonymous', basis: 'pronoun/withheld' });
  });
});

describe('a person no lexicon lists, described by an aside before the verb', () => {
  it.each([
    [
      'One farmer, who declined to give his name, said the harvest was lost.',
      'One farmer, who declined to give his name',
    ],
    [
      'A teacher, speaking on condition of anonymity, said the school had no heating.',
      'A teacher, speaking on condition of anonymity',
    ],
    [
      'A beekeeper, who lost forty hives in the storm, said the valley had flooded overnight.',
      'A beekeeper, who lost forty hives in the storm',
    ],
  ])('%s', (sentence, text) => {
    const c = last(sentence);
    expect(c?.source).toMatchObject({ kind: 'anonymous', text });
  });

  it('a thing with an aside is no person: "The ferry, which left late, said" stays unread', () => {
    expect(last('The new timetable, which starts in May, said nothing about weekends.')).toSatisfy(
      (c: Claim | undefined) => c === undefined || c.source.kind !== 'anonymous',
    );
  });
});

describe('singular people words', () => {
  it.each([
    ['A guard said the gate had been locked all night.', 'unnamed_official'],
    ['A passer-by said the van had mounted the kerb.', 'anonymous'],
  ])('%s', (sentence, kind) => {
    expect(last(sentence)?.source.kind).toBe(kind);
  });
});

describe('Indonesian "orang-orang yang mengetahui ..."', () => {
  it('a reduplicated plural of people who know is an anonymous source', () => {
    const c = last(
      'Orang-orang yang mengetahui perundingan itu mengatakan kedua pihak hampir sepakat.',
      'id',
    );
    expect(c?.source).toMatchObject({
      kind: 'anonymous',
      text: 'Orang-orang yang mengetahui perundingan itu',
    });
  });
});

describe('Indonesian people familiar with a matter, after an official spoke', () => {
  it.each([
    'Orang-orang yang akrab dengan rencana itu mengatakan pengumuman akan ditunda.',
    'Orang-orang yang mengetahui rencana itu mengatakan pengumuman akan ditunda.',
  ])('are new anonymous sources, not the official: %s', (sentence) => {
    const claims = paragraphClaims(
      'id',
      'Seorang pejabat kementerian mengatakan rencana itu sudah disetujui.',
      sentence,
    );
    expect(claims.at(-1)?.source.kind).toBe('anonymous');
  });
});

describe('Indonesian "seseorang yang mengetahui ..."', () => {
  it.each([
    '"Rapat itu panas," ujar seseorang yang mengetahui jalannya rapat.',
    'Seseorang yang dekat dengan keluarga itu mengatakan pemakaman digelar besok.',
  ])('someone who knows is an anonymous source: %s', (sentence) => {
    expect(last(sentence, 'id')?.source.kind).toBe('anonymous');
  });
});

describe('"some in" a place or group no lexicon lists', () => {
  it.each([
    ['Many in the industry say the mill will never reopen.', 'Many in the industry'],
    ['But some in the valley fear the dam will burst.', 'some in the valley'],
    ['Many in the city believe the mayor will resign.', 'Many in the city'],
  ])('%s', (sentence, text) => {
    expect(last(sentence)?.source).toMatchObject({ kind: 'anonymous', text });
  });

  it('people of a body are its unnamed officials, not the body', () => {
    expect(last('Some within the ministry say the plan is unworkable.')?.source).toMatchObject({
      kind: 'unnamed_official',
      text: 'Some within the ministry',
    });
  });

  it('a part of a set of things is no group of people', () => {
    expect(last('Some of the ideas described here are still only plans.')?.source.kind).not.toBe(
      'anonymous',
    );
  });
});

describe('doubting and suspecting a clause with no "that"', () => {
  it.each([
    ['Others doubt the envoy will put pressure on the junta.', 'anonymous'],
    ['Officials suspect the fire was started deliberately.', 'unnamed_official'],
    ['Some economists doubt they can hit the target.', 'anonymous'],
  ])('%s', (sentence, kind) => {
    expect(last(sentence)?.source.kind).toBe(kind);
  });

  it('a noun with its own "that" clause is the object: "doubt the claim that ..."', () => {
    expect(
      last("Analysts doubt the ministry's claim that the harvest was a record.")?.cue,
    ).not.toBe('doubt');
  });

  it('"suspected" before a noun describes it', () => {
    expect(
      last('Police arrested two suspected smugglers who were hiding in a barn.'),
    ).toBeUndefined();
  });
});

describe('a bare verb of saying before a subject pronoun and its verb', () => {
  it.each([
    ['Critics argue they need more time to study the bill.', 'Critics'],
    ['The growers insist he knew nothing about the fraud.', 'The growers'],
  ])('%s', (sentence, text) => {
    expect(last(sentence)?.source.text).toBe(text);
  });
});

describe('Indonesian fearing and suspecting a clause with no "bahwa"', () => {
  it.each([
    ['Warga khawatir banjir akan datang lagi pekan depan.', 'anonymous', 'Warga'],
    ['Sejumlah pedagang khawatir harga cabai masih akan naik.', 'anonymous', 'Sejumlah pedagang'],
    ['Para pejabat menduga pelaku sudah kabur ke luar kota.', 'unnamed_official', 'Para pejabat'],
    ['Warga mengeluh jalan desa itu tidak pernah diperbaiki.', 'anonymous', 'Warga'],
  ])('%s', (sentence, kind, text) => {
    expect(last(sentence, 'id')?.source).toMatchObject({ kind, text });
  });

  it.each([
    'Warga khawatir akan banjir susulan.',
    'Warga khawatir soal harga yang akan naik.',
    'Orang yang terlalu percaya diri sering gagal.',
  ])('an object, not a clause: %s', (sentence) => {
    expect(last(sentence, 'id')).toBeUndefined();
  });
});

describe('a bare verb of saying before a subject and its finite verb, with no "that"', () => {
  it.each([
    ['Critics argue the new levy gives the port board too much power.', 'Critics'],
    ['Opponents contend the scheme favoured its backers.', 'Opponents'],
  ])('%s', (sentence, text) => {
    expect(last(sentence)?.source).toMatchObject({ kind: 'anonymous', text });
  });

  it('an object and a time word is no clause: "report the findings this week"', () => {
    expect(last('Researchers will report the findings this week in Oslo.')).toBeUndefined();
  });
});

describe('disputing a proposition voices a view of it', () => {
  it.each([
    ['Analysts disputed the notion that the slump was over.', 'disputed the notion'],
    [
      'Some economists have questioned the assumption that rates will fall.',
      'questioned the assumption',
    ],
    ['Experts challenged the view that the dam was safe.', 'challenged the view'],
  ])('%s', (sentence, cue) => {
    const c = last(sentence);
    expect(c?.cue).toBe(cue);
    expect(c?.source.kind).toBe('anonymous');
  });

  it('a question with no proposition is no claim', () => {
    expect(last('Residents questioned the mayor at a packed meeting.')).toBeUndefined();
  });
});

describe('a quotation, then its unnamed source complaining about something', () => {
  it('"...," one user complained about the seller', () => {
    const c = last('"The boots fell apart in a week," one user complained about the seller.');
    expect(c?.source).toMatchObject({ kind: 'anonymous', text: 'one user' });
  });

  it('no quotation: a complaint about a thing carries no claim', () => {
    expect(last('One user complained about the seller.')).toBeUndefined();
  });
});

describe('a person no lexicon lists, placed somewhere', () => {
  it('"As a local farmer in Tarlow noted, ..."', () => {
    const c = last('As a local farmer in Tarlow noted, the river has never been this low.');
    expect(c?.source).toMatchObject({ kind: 'anonymous', text: 'a local farmer in Tarlow' });
  });

  it('a thing of its owner is no person: "the orders of the faction"', () => {
    const c = last(
      'A clerk read out a notice on the orders of the Velk faction that accused the mayor of fraud.',
    );
    expect(c?.source.text).not.toContain('orders');
  });
});

describe('reports no one is named for', () => {
  it.each([
    ['en', 'There have been reports that the ferry was overloaded when it left Port Ruan.'],
    ['en', 'There were reports that the harbour master had fled.'],
    ['id', 'Ada laporan bahwa kapal itu kelebihan muatan saat berangkat.'],
  ] as const)('%s: %s', (lang, sentence) => {
    const c = last(sentence, lang);
    expect(c?.source.kind).toBe('unattributed');
    expect(c?.flags).toContain('unattributed');
  });
});

describe('more verbs of a group voicing a view', () => {
  it.each([
    ['Critics charge that the levy was written by lobbyists.', 'charge'],
    ['Proponents maintain the levy will pay for itself.', 'maintain'],
    ['Several lawmakers have voiced concern that the bill was rushed.', 'voiced concern'],
    ['Teachers raised concerns that the new timetable was unworkable.', 'raised concerns'],
  ])('%s', (sentence, cue) => {
    expect(last(sentence)?.cue).toBe(cue);
  });

  it.each([
    'The port authority maintains two dredgers in the bay.',
    'Prosecutors charged the driver with manslaughter.',
  ])('an object, no words: %s', (sentence) => {
    expect(last(sentence)).toBeUndefined();
  });
});

describe('"Many said ...": some of the people just spoken of', () => {
  it('after unnamed officials, they are officials too', () => {
    const c = last('Officials said the pass was closed. || Some said it would reopen on Friday.');
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', basis: 'pronoun/elided' });
  });

  it('after unnamed people who spoke, unnamed people', () => {
    const c = last(
      'Villagers at the gate said the queue had not moved. || Many said they had not eaten for days.',
    );
    expect(c?.source).toMatchObject({ kind: 'anonymous', basis: 'pronoun/elided' });
  });

  it('with no one before it to be some of, it is people in general', () => {
    expect(last('Many fear that the pass will close.')).toBeUndefined();
  });

  it('a source noun after it is its head: "Many reports suggest"', () => {
    const c = last('Many reports suggest the drivers are unhappy.');
    expect(c?.source.text).toBe('Many reports');
  });

  it('people in general still say nothing: "Many people think"', () => {
    expect(last('Many people think the pass is closed.')).toBeUndefined();
  });
});

describe('"with X predicting/blaming ...": an unnamed source in an absolute clause', () => {
  it.each([
    [
      'The strike spread to two more mills, with union officials predicting the walkouts would last.',
      'unnamed_official',
    ],
    [
      'Talks stalled again, with diplomats blaming the delay on a row over tariffs.',
      'unnamed_official',
    ],
  ])('%s', (sentence, kind) => {
    expect(last(sentence)?.source.kind).toBe(kind);
  });
});
