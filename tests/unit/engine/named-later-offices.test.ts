/**
 * An office given with "the" or an owner in the lede ("the premier said", "Velmar's foreign
 * minister said") that the article names with the same office later is that named person,
 * not an unnamed official; an office never named, one named with another office, or one
 * given with "a" stays unnamed. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { sourceIn } from './source/helpers';
import { analyze } from '@/core/analyze';
import { testRegistry } from './helpers';

const en = (sentences: string[], which = 0) => sourceIn('en', sentences, which);
const id = (sentences: string[], which = 0) => sourceIn('id', sentences, which);

describe('an office in the lede named later (English)', () => {
  it('an owner and an office, named a paragraph on', () => {
    expect(
      en([
        "Border crossings will reopen on Monday, Velmar's foreign minister said.",
        'Foreign Minister Jana Roeby said the decision followed weeks of talks.',
      ]),
    ).toMatchObject({
      kind: 'named_person',
      name: 'Jana Roeby',
      resolvesTo: 'Jana Roeby',
      basis: 'role-head/named-later',
    });
  });

  it('"the premier", named later with the title before the name', () => {
    expect(
      en([
        'Velmar will spend more on schools this year, as the premier vowed to cut waiting lists.',
        'Premier Tomas Hale said class sizes would fall by a fifth.',
      ]),
    ).toMatchObject({ kind: 'named_person', name: 'Tomas Hale' });
  });

  it('an office with its mission after a link word', () => {
    expect(
      en([
        'The U.N. special envoy for Velmar has vowed to keep the talks going next week.',
        'U.N. envoy Ilse Marrow said both sides had agreed to return.',
      ]),
    ).toMatchObject({ kind: 'named_person', name: 'Ilse Marrow' });
  });

  it('the claim is no longer flagged as unnamed', () => {
    const { claims } = analyze(
      {
        blocks: [
          { type: 'p', text: 'Clinics will open on Sundays from May, the health minister said.' },
          {
            type: 'p',
            text: 'Health Minister Otto Lind said nurses had agreed to the extra shifts.',
          },
        ],
      },
      { lang: 'en', registry: testRegistry },
    );
    expect(claims[0]?.flags).not.toContain('unnamed_source');
    expect(claims[0]?.reasons).not.toContain('unnamed_official');
  });

  it('a "he" resolved to the office takes the name too', () => {
    expect(
      en(
        [
          "Border crossings will reopen on Monday, Velmar's foreign minister said.",
          'He said trade would resume the same day.',
          'Foreign Minister Jana Roeby said the decision followed weeks of talks.',
        ],
        1,
      ),
    ).toMatchObject({ kind: 'named_person', name: 'Jana Roeby' });
  });

  it("another country's minister named later is not the one meant", () => {
    expect(
      en([
        "Border crossings will reopen on Monday, Velmar's foreign minister said.",
        'Norland Foreign Minister Aldo Frey said his country welcomed the move.',
      ]),
    ).toMatchObject({ kind: 'unnamed_official' });
  });

  it('an office named later with more words is another office', () => {
    expect(
      en([
        'The inquiry will report in June, the spokesman said.',
        'State Department spokesman Mark Tolland said the findings would be public.',
      ]),
    ).toMatchObject({ kind: 'unnamed_official' });
  });

  it('"a senior officer" is not pointed at by a later name', () => {
    expect(
      en([
        'The jets will move to a desert base this month, a senior officer said.',
        'Officer Paula Grint said the move was a routine test.',
      ]),
    ).toMatchObject({ kind: 'unnamed_official' });
  });

  it('an office never named stays unnamed', () => {
    expect(
      en([
        'The museum will reopen next spring, the antiquities chief said.',
        'Restorers have rebuilt two of the damaged arches.',
      ]),
    ).toMatchObject({ kind: 'unnamed_official' });
  });
});

describe('offices in Indonesian copy', () => {
  it('"seorang pejabat" stays unnamed though an official is named later', () => {
    expect(
      id([
        'Jalur kereta baru akan dibuka bulan depan, kata seorang pejabat kementerian.',
        'Direktur Jenderal Perkeretaapian Rudi Santosa mengatakan uji coba sudah selesai.',
      ]),
    ).toMatchObject({ kind: 'unnamed_official' });
  });

  it('an official named first is named, and an unnamed one after stays unnamed', () => {
    expect(
      id(
        [
          'Menteri Perhubungan Rudi Santosa mengatakan jalur kereta baru dibuka bulan depan.',
          'Seorang pejabat yang enggan disebut namanya mengatakan biaya proyek membengkak.',
        ],
        1,
      ),
    ).toMatchObject({ kind: 'unnamed_official' });
  });

  it('"para pejabat" stays a group of unnamed officials', () => {
    expect(
      id([
        'Para pejabat mengatakan anggaran sekolah akan naik tahun ini.',
        'Menteri Pendidikan Sari Wulan mengatakan ruang kelas baru akan dibangun.',
      ]),
    ).toMatchObject({ kind: 'unnamed_official' });
  });
});
