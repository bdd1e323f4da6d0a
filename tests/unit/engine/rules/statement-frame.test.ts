import { describe, expect, it } from 'vitest';
import { statementFrame } from '@/core/rules/statement-frame';
import { analyze } from '@/core/analyze';
import { ctx, run, testRegistry } from '../helpers';

describe('statement-frame', () => {
  it.each([
    [
      'Dalam keterangan resmi yang dikirimkan, penutupan itu akibat banjir di gudang.',
      'id',
      'Dalam keterangan resmi',
      'keterangan resmi yang dikirimkan',
    ],
    ['In a statement, the talks were declared over.', 'en', 'In a statement', 'a statement'],
  ] as const)('%s', (text, lang, cue, source) => {
    expect(run(statementFrame, text, lang)).toEqual([[cue, 'document', source]]);
  });

  // The clause the statement frames has a speaker for subject: that speaker, through it.
  it.each([
    ['In a statement, the ministry said the talks had failed.', 'official_body', 'the ministry'],
    ['Tomas Brink in a statement praised the crew as "fearless."', 'named_person', 'Tomas Brink'],
    [
      'In a statement on its website, the Velden Rowing Club criticized the ban as unfair.',
      'organization',
      'the Velden Rowing Club',
    ],
  ] as const)('the author speaks: %s', (text, kind, source) => {
    const [found] = statementFrame.find(ctx(text, 'en'));
    expect([found?.source.kind, found?.source.text, found?.via]).toEqual([
      kind,
      source,
      'a statement',
    ]);
  });

  it.each([
    ['The statement was short.', 'en'],
    ['Dalam keterangan itu tidak ada angka.', 'id'],
  ] as const)('no frame: %s', (text, lang) => {
    expect(run(statementFrame, text, lang)).toEqual([]);
  });

  it.each([
    [
      'In a statement posted on its website, the ferry line apologised to its passengers.',
      'en',
      'a statement posted on its website',
      'the ferry line apologised to its passengers',
    ],
    [
      'Dalam keterangan resmi yang dikirimkan, jadwal pasar diubah mulai pekan depan.',
      'id',
      'keterangan resmi yang dikirimkan',
      'jadwal pasar diubah mulai pekan depan',
    ],
  ] as const)(
    'what the frame says of the statement is no part of the claim: %s',
    (text, lang, source, claim) => {
      const report = analyze({ blocks: [{ type: 'p', text }] }, { lang, registry: testRegistry });
      const found = report.claims.find((c) => c.rule === 'statement-frame');
      expect([found?.source.text, found?.claim]).toEqual([source, claim]);
    },
  );
  it.each([
    [
      'Dora Pell, the chair of the Idaho party, has backed Lund and in a statement praised his campaign.',
      'en',
      'named_person',
    ],
    [
      'Dora Pell, the chairwoman of the Idaho Farmers Union Party, is backing Lund as a delegate and in a statement praised his campaign.',
      'en',
      'named_person',
    ],
    [
      'Serikat Buruh Tekstil telah mendukung rencana itu dan dalam keterangan tertulis memuji langkah pemerintah.',
      'id',
      'organization',
    ],
  ] as const)('a frame after a coordinator speaks for the subject: %s', (text, lang, kind) => {
    const report = analyze({ blocks: [{ type: 'p', text }] }, { lang, registry: testRegistry });
    const found = report.claims.find((c) => c.rule === 'statement-frame');
    expect(found?.source.kind).toBe(kind);
    expect(found?.source.basis).toBe('rule:statement-frame/author');
  });
});
