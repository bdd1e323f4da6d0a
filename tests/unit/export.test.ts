import { describe, expect, it } from 'vitest';
import { csvCell, CSV_COLUMNS, exportFilename, toCsv, toJson, toMarkdown } from '@/utils/export';
import { createT } from '@/utils/i18n';
import { Report } from '@/core/report';
import { REPORT_EN, REPORT_ID, REPORT_STATE } from '../component/fixtures';

/** A minimal RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('toCsv', () => {
  it('has a header and one row per claim, CRLF-terminated', () => {
    const csv = toCsv(REPORT_ID);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(REPORT_ID.claims.length + 1);
    const c2 = rows.find((r) => r[0] === 'c2')!;
    const col = (name: (typeof CSV_COLUMNS)[number]) => c2[CSV_COLUMNS.indexOf(name)];
    expect(col('sentence')).toBe(REPORT_ID.claims[1]!.sentence);
    expect(col('source_kind')).toBe('state_media');
    expect(col('flags')).toBe('state_media');
    expect(col('strength')).toBe('weak');
    expect(col('reasons')).toBe('state_media_only');
  });

  it('names the stage that decided each source kind, last so older columns keep their place', () => {
    const decided = {
      ...REPORT_EN,
      claims: [
        {
          ...REPORT_EN.claims[0]!,
          source: { ...REPORT_EN.claims[0]!.source, basis: 'titled-person' },
        },
      ],
    };
    const rows = parseCsv(toCsv(decided));
    expect(CSV_COLUMNS.at(-1)).toBe('source_basis');
    expect(rows[1]?.at(-1)).toBe('titled-person');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    const rows = parseCsv(toCsv(REPORT_EN));
    expect(rows[2]?.[1]).toBe(REPORT_EN.claims[1]!.sentence);
  });

  it('defuses spreadsheet formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    const evil = {
      ...REPORT_EN,
      claims: [{ ...REPORT_EN.claims[0]!, sentence: '=HYPERLINK("http://x","y")', cue: '@cmd' }],
    };
    const row = parseCsv(toCsv(evil))[1]!;
    expect(row[1]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(row[3]).toBe("'@cmd");
  });
});

describe('toJson', () => {
  it('is the report itself, valid against the schema', () => {
    const parsed = Report.safeParse(JSON.parse(toJson(REPORT_ID)));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(REPORT_ID);
  });
});

describe('toMarkdown', () => {
  it('has the title, the score, every claim with kind, strength and reasons, in the UI language', () => {
    const md = toMarkdown(REPORT_ID, createT('en'));
    expect(md).toContain('# Sumber report: Kerja sama militer diperluas');
    expect(md).toContain('52/100');
    // Sentences stand as written, so a reader can search for them.
    for (const c of REPORT_ID.claims) expect(md).toContain(c.sentence);
    expect(md).toContain('**State media** · Weak · State media');
    expect(md).toContain('The only source is state-controlled media.');
    expect(md).toContain('Photos credited to state media: Foto: KCNA');
    const idMd = toMarkdown(REPORT_ID, createT('id'));
    expect(idMd).toContain('Satu-satunya sumber adalah media yang dikendalikan negara.');
    expect(idMd).toContain('# Laporan Sumber:');
  });

  it('says when the publisher is state media', () => {
    expect(toMarkdown(REPORT_STATE, createT('en'))).toContain(
      'State Example Agency is listed as state-controlled',
    );
  });

  it('escapes Markdown and HTML in article text', () => {
    const evil = {
      ...REPORT_EN,
      title: '[click](http://x) <script>',
      claims: [{ ...REPORT_EN.claims[0]!, sentence: '<img src=x> *bold* said' }],
    };
    const md = toMarkdown(evil, createT('en'));
    expect(md).not.toMatch(/(^|[^\\])<(img|script)/);
    expect(md).toContain('\\<img src=x\\> *bold* said');
    expect(md).toContain('\\[click\\](http://x)');
  });

  it('counts the independent sources, in the UI language', () => {
    const counted = { ...REPORT_ID, summary: { ...REPORT_ID.summary, sources: 3 } };
    expect(toMarkdown(counted, createT('en'))).toContain('- 3 independent sources');
    expect(toMarkdown(counted, createT('id'))).toContain('- 3 sumber independen');
    // An older report without the count says nothing rather than a wrong number.
    expect(
      toMarkdown(
        { ...REPORT_ID, summary: { ...REPORT_ID.summary, sources: undefined } },
        createT('en'),
      ),
    ).not.toContain('independent');
  });

  it('shows the source, its name, relay and cue', () => {
    const md = toMarkdown(REPORT_EN, createT('en'));
    expect(md).toContain('Source: "she" (Jane Doe, via Reuters)');
    expect(md).toContain('Cue: "told"');
  });
});

describe('exportFilename', () => {
  it('names the file after the domain and the date', () => {
    expect(exportFilename(REPORT_ID, 'csv', new Date('2026-11-25T10:00:00Z'))).toBe(
      'sumber-berita.example-2026-11-25.csv',
    );
    const text = { ...REPORT_ID, publisher: { ...REPORT_ID.publisher, domain: null } };
    expect(exportFilename(text, 'md', new Date('2026-01-02T00:00:00Z'))).toBe(
      'sumber-text-2026-01-02.md',
    );
  });
});
