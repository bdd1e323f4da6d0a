/** Aligned plain-text tables: numbers right-aligned, text left-aligned. */

export type Cell = string | number;

const NUMERIC = /^[-+]?[\d.,]+(?:x| ?(?:ms|KB|MB|%|MB\/s|pages\/s))?$/;

export function table(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((row) => row.map(String));
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...text.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        NUMERIC.test(cell) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...text.map(line)].join('\n');
}

export function heading(title: string): string {
  return `\n== ${title} ${'='.repeat(Math.max(0, 76 - title.length))}`;
}

/** "PASS"/"MISS" verdict line for a target, so the summary can be grepped. */
export function verdict(target: string, ok: boolean, measured: string): string {
  return `${ok ? 'PASS' : 'MISS'}  ${target}: ${measured}`;
}
