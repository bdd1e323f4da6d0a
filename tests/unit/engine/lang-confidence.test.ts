/** The report says when its language is a guess from little text, so the reader can switch. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { Report } from '@/core/report';

const input = (text: string, langHint: string | null = null) => ({
  blocks: [{ type: 'p' as const, text }],
  langHint,
});

describe('langConfidence', () => {
  it('is low for a few words with hardly a function word', () => {
    const report = analyze(input('Rudi Hartono said: prices up.'));
    expect(report.langConfidence).toBe('low');
    expect(Report.safeParse(report).success).toBe(true);
  });

  it('is high for a paragraph full of one language', () => {
    const text =
      'The minister said on Monday that the port would reopen in the spring, and that the ' +
      'ferries would run again as soon as the repairs to the quay were finished by the contractors.';
    expect(analyze(input(text)).langConfidence).toBe('high');
    const id =
      'Menteri mengatakan pada hari Senin bahwa pelabuhan itu akan dibuka kembali dan kapal ' +
      'akan berlayar lagi setelah perbaikan dermaga yang rusak itu selesai dikerjakan oleh kontraktor di sana.';
    expect(analyze(input(id)).langConfidence).toBe('high');
  });

  it('is high when the page or the reader names the language', () => {
    expect(analyze(input('Harga naik.', 'id')).langConfidence).toBe('high');
    expect(analyze(input('Harga naik.'), { lang: 'id' }).langConfidence).toBe('high');
  });
});
