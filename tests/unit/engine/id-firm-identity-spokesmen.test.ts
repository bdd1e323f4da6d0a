/**
 * one-word firms in Indonesian copy read as people. The article said what the
 * name is ("Lumina merupakan perusahaan ..."), or what it runs ("operasional Lumina"), and the
 * evidence did not read it; "kata juru bicara Lumina" then made the firm a person, and every
 * later "Lumina mengatakan" followed it. Long English titles before a name ("Chief Corporate
 * Affairs Nalaria Rina Wati") put the employer among the people. Every sentence is the team's
 * own. Paragraphs: " || ".
 */
import { describe, expect, it } from 'vitest';
import { getPack } from '@/core/lang';
import { nameEvidence } from '@/core/source/evidence';
import { lastClaim, storyClaims } from './helpers';

const id = (text: string) => lastClaim(text, 'id');
const pack = getPack('id');
const claims = (text: string) => storyClaims(text, 'id');

describe('what the article says the name is', () => {
  it.each([
    'Lumina merupakan perusahaan rintisan asal Bandung. || Lumina mengatakan layanan tetap berjalan.',
    'Nalaria adalah salah satu perusahaan logistik terbesar. || Nalaria menyebut pengiriman kembali normal.',
    'Penegasan Belanjaku sebagai perusahaan lokal disampaikan kemarin. || Belanjaku menyatakan modalnya ditanam di dalam negeri.',
    'Warga mengeluhkan operasional Lumina di kota itu. || Lumina menjelaskan jadwalnya sudah diperbaiki.',
  ])('%s', (text) => {
    expect(id(text)?.source.kind).toBe('organization');
  });

  it('a person "sebagai" a role stays a person', () => {
    const ev = nameEvidence(pack, ['Rina sebagai direktur perusahaan itu hadir dalam rapat.']);
    expect(ev.institutions.has('rina')).toBe(false);
    expect(
      id('Rina sebagai direktur perusahaan itu mengatakan rapat berjalan lancar.')?.source.kind,
    ).toBe('named_person');
  });
});

describe("a firm's spokesman", () => {
  const text =
    'Warga mengeluhkan operasional Lumina di kota itu. || "Kami terbuka pada masukan," kata juru bicara Lumina. || Lumina mengatakan jadwal baru berlaku pekan depan.';

  it('is unnamed, and the firm stays a firm', () => {
    const found = claims(text);
    expect(found.map((c) => c.source.kind)).toEqual(['unnamed_official', 'organization']);
  });

  it('without anything showing a firm, one word after a role is still a person', () => {
    expect(id('"Kami terbuka pada masukan," kata Menteri Basuki.')?.source.kind).toBe(
      'named_person',
    );
  });
});

describe('long titles before a name', () => {
  it.each([
    'Chief Corporate Affairs Nalaria Rina Wati membantah kabar itu.',
    'Vice President Corporate Communications Nalaria, Rina Wati, membantah kabar itu.',
  ])('%s puts no employer among the people', (text) => {
    const ev = nameEvidence(pack, [text]);
    expect(ev.people.has('nalaria')).toBe(false);
  });
});
