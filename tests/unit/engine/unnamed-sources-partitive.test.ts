/**
 * Unnamed speakers picked out of a group ("one of them", "a third", "salah satunya", "salah
 * seorang dari mereka"), anyone at all placed somewhere ("someone at the scene"), and a counted person
 * described with a clause ("seorang sumber yang mengetahui ... itu"), who is someone new.
 * Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const en = (text: string): Claim | undefined => lastClaim(text, 'en');
const id = (text: string): Claim | undefined => lastClaim(text, 'id');

describe('part of a group just quoted is of its kind', () => {
  it.each([
    [
      'Witnesses said the guards fired in the air. || One of them said two men were hurt.',
      'One of them',
      'anonymous',
      'Witnesses',
    ],
    [
      'Two officials said the plan was approved. || Some of them said it would cost more.',
      'Some of them',
      'unnamed_official',
      'Two officials',
    ],
    [
      'Villagers said the river rose at night. || "We lost everything," one of them said.',
      'one of them',
      'anonymous',
      'Villagers',
    ],
    [
      'Residents said the mill was shut. || The gates were locked for a week, said one of them.',
      'one of them',
      'anonymous',
      'Residents',
    ],
    [
      'Officials said the port would reopen. || A second said ferries would resume on Monday.',
      'A second',
      'unnamed_official',
      'Officials',
    ],
    [
      'Fishermen said the catch had fallen. || A third said the nets came back empty.',
      'A third',
      'anonymous',
      'Fishermen',
    ],
  ])('%s', (text, source, kind, group) => {
    const c = en(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
    expect(c?.source.resolvesTo).toBe(group);
    expect(c?.flags).toContain('unnamed_source');
  });

  it('a group spoken of long before is not the one meant: unnamed people all the same', () => {
    const c = en(
      'Officials said the port would reopen. || The ferry runs twice a day. || ' +
        'The harbour was built in 1910. || Its crane was replaced last year. || ' +
        'Police held three men on Friday. || One of them said he was innocent.',
    );
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.resolvesTo).toBeNull();
  });

  it('a fraction of a group counted by a noun is that group, not one more speaker', () => {
    expect(
      en('Officials said the port would reopen. || About a third said they would stay.'),
    ).toBeUndefined();
    expect(en('A third of voters said they would back the plan.')?.source.text).toBe('voters');
  });
});

describe('anyone at all, placed somewhere, is an unnamed person', () => {
  it.each([
    ['Someone at the scene said the driver had fled.', 'Someone at the scene'],
    ['Somebody in the crowd said the bridge had collapsed.', 'Somebody in the crowd'],
  ])('%s', (text, source) => {
    const c = en(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('anonymous');
  });

  it('"someone" alone is still people in general', () => {
    expect(en('Someone said the driver had fled.')).toBeUndefined();
  });
});

describe('Indonesian: part of a group just quoted', () => {
  it.each([
    [
      'Warga mengatakan air naik sejak subuh. || Salah seorang dari mereka mengatakan rumahnya hanyut.',
      'Salah seorang dari mereka',
    ],
    [
      'Para nelayan mengaku tidak melaut. || Sebagian dari mereka mengatakan perahunya rusak.',
      'Sebagian dari mereka',
    ],
    [
      'Sejumlah pedagang mengeluhkan sepinya pasar. || "Omzet turun separuh," kata salah satu dari mereka.',
      'salah satu dari mereka',
    ],
    // Counts and links of more than one word, and a number, compose like English ones.
    [
      'Warga mengatakan air naik. || Beberapa di antara mereka mengatakan rumahnya hanyut.',
      'Beberapa di antara mereka',
    ],
    [
      'Para petani mengeluh gagal panen. || Sebagian besar dari mereka mengaku rugi.',
      'Sebagian besar dari mereka',
    ],
    [
      'Warga mengatakan air naik. || "Rumah kami hanyut," kata salah seorang di antara mereka.',
      'salah seorang di antara mereka',
    ],
    [
      'Para nelayan mengaku tidak melaut. || Dua dari mereka mengatakan perahunya rusak.',
      'Dua dari mereka',
    ],
    // The people's "-nya" fused onto the count or onto its link.
    [
      'Para nelayan mengaku tidak melaut. || Salah satunya mengatakan perahunya rusak.',
      'Salah satunya',
    ],
    [
      'Warga mengatakan air naik. || "Rumah kami hanyut," kata salah seorang di antaranya.',
      'salah seorang di antaranya',
    ],
    [
      'Para nelayan mengaku tidak melaut. || Dua di antaranya mengatakan perahunya rusak.',
      'Dua di antaranya',
    ],
  ])('%s', (text, source) => {
    const c = id(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.basis).toMatch(/^pronoun\//);
    expect(c?.flags).toContain('unnamed_source');
  });

  it("one of a body's people is its unnamed official", () => {
    const c = id(
      'Polisi Sungai Lembah mengatakan jalan ditutup. || ' +
        'Salah satu dari mereka mengatakan banjir belum surut.',
    );
    expect(c?.source.text).toBe('Salah satu dari mereka');
    expect(c?.source.kind).toBe('unnamed_official');
  });
});

describe('Indonesian: a counted person described by a clause is someone new', () => {
  it('the pointing word closes the noun inside the clause, not the speaker', () => {
    const c = id(
      'Seorang diplomat Eropa mengatakan perundingan buntu. || ' +
        'Seorang sumber yang mengetahui pembicaraan itu mengatakan kesepakatan hampir tercapai.',
    );
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.resolvesTo).toBeNull();
  });

  it('without a counting word the description still points back', () => {
    const c = id(
      'Seorang warga mengatakan jembatan itu retak. || ' +
        '"Sudah lama begini," ujar warga yang tinggal di tepi sungai itu.',
    );
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.basis).toMatch(/^pointing-person/);
  });
});
