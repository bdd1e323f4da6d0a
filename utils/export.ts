/**
 * A report as Markdown (for people), CSV (for spreadsheets) and JSON (for programs).
 * Pure functions: the popup downloads or copies what they return.
 */
import type { Claim, Report } from '@/core/report';
import type { Translator } from '@/utils/i18n';

export const EXPORT_FORMATS = ['md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/**
 * Escapes what could turn article text into HTML, links or code (< > [ ] ` \). Emphasis
 * marks (* _) are left alone: the worst they do is italicise, and escaping them would
 * change the sentence a reader searches for.
 */
function md(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`[\]<>]/g, '\\$&');
}

function sourceLine(claim: Claim): string {
  const { source } = claim;
  const parts = [`"${md(source.text)}"`];
  const details = [
    source.name,
    source.role,
    source.resolvesTo && source.resolvesTo !== source.name ? `→ ${source.resolvesTo}` : null,
    source.via ? `via ${source.via}` : null,
  ]
    .filter((p): p is string => Boolean(p))
    .map(md);
  if (details.length) parts.push(`(${details.join(', ')})`);
  return parts.join(' ');
}

export function toMarkdown(report: Report, t: Translator): string {
  const lines: string[] = [];
  const title = report.title?.trim() || report.url || report.file || t('export_untitled');
  lines.push(`# ${t('export_md_heading', [md(title)])}`, '');
  if (report.url)
    lines.push(`- ${t('export_md_url')}: <${report.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  lines.push(`- ${t('export_md_language')}: ${report.lang}`);
  lines.push(`- ${t('export_md_score')}: ${report.summary.score}/100`);
  lines.push(`- ${t('export_md_claims')}: ${report.summary.claims}`);
  lines.push(`- ${t('export_md_flagged')}: ${report.summary.flagged}`);
  const sources = report.summary.sources;
  if (sources !== undefined && report.summary.claims > 0)
    lines.push(`- ${t.plural('summary_sources', sources)}`);
  const kinds = Object.entries(report.summary.byKind).filter(([, n]) => n > 0);
  if (kinds.length)
    lines.push(
      `- ${t('export_md_by_kind')}: ${kinds.map(([k, n]) => `${t.dyn(`kind_${k}`)} ${n}`).join(', ')}`,
    );
  lines.push('');
  if (report.publisher.stateMedia) {
    const name = report.publisher.outlet?.name ?? report.publisher.domain ?? '';
    lines.push(
      `> **${t('banner_state_media_title')}** ${md(t('banner_state_media_body', [name]))}`,
      '',
    );
  }
  const stateCredits = (report.credits ?? []).filter((c) => c.stateMedia);
  if (stateCredits.length) {
    lines.push(
      `${t('credits_state_media')}: ${stateCredits.map((c) => md(c.text)).join('; ')}`,
      '',
    );
  }
  lines.push(`## ${t('export_md_claims')}`, '');
  if (report.claims.length === 0) lines.push(t('export_md_no_claims'));
  report.claims.forEach((claim, i) => {
    const flags = claim.flags.map((f) => t.dyn(`flag_${f}`));
    const head = [
      `**${t.dyn(`kind_${claim.source.kind}`)}**`,
      t.dyn(`strength_${claim.strength}`),
      ...flags,
    ].join(' · ');
    lines.push(`${i + 1}. ${head}`);
    lines.push(`   > ${md(claim.sentence)}`);
    lines.push(`   - ${t('claim_source')}: ${sourceLine(claim)}`);
    lines.push(`   - ${t('claim_cue')}: "${md(claim.cue)}"`);
    for (const reason of claim.reasons) lines.push(`   - ${t.dyn(`reason_${reason}`)}`);
    lines.push('');
  });
  lines.push(`_${t('export_md_footer')}_`, '');
  return lines.join('\n');
}

export const CSV_COLUMNS = [
  'id',
  'sentence',
  'claim',
  'cue',
  'source_text',
  'source_kind',
  'source_name',
  'source_role',
  'source_outlet',
  'source_via',
  'flags',
  'strength',
  'reasons',
  'block',
  'offset',
  // Which classification stage gave the source its kind (core/source/stages).
  'source_basis',
] as const;

/** A spreadsheet would run a cell that starts like a formula: make it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF between records, fields quoted when they hold a comma, quote or line break. */
export function toCsv(report: Report): string {
  const rows: (string | number | null | undefined)[][] = [[...CSV_COLUMNS]];
  for (const c of report.claims) {
    rows.push([
      c.id,
      c.sentence,
      c.claim,
      c.cue,
      c.source.text,
      c.source.kind,
      c.source.name,
      c.source.role,
      c.source.outlet,
      c.source.via,
      c.flags.join(';'),
      c.strength,
      c.reasons.join(';'),
      c.block,
      c.offset,
      c.source.basis,
    ]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function exportText(report: Report, format: ExportFormat, t: Translator): string {
  if (format === 'md') return toMarkdown(report, t);
  if (format === 'csv') return toCsv(report);
  return toJson(report);
}

/** "sumber-example.com-2026-11-25.md"; pasted text is "sumber-text-…". */
export function exportFilename(report: Report, format: ExportFormat, now = new Date()): string {
  const base = (
    report.publisher.domain ?? (report.file ? report.file.replace(/^.*[/\\]/, '') : 'text')
  )
    .replace(/[^\w.-]+/g, '-')
    .slice(0, 60);
  return `sumber-${base || 'text'}-${now.toISOString().slice(0, 10)}.${format}`;
}
