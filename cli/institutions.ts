/**
 * `npm run --silent institutions -- [--json] [--kind K] [--country XX] [--find TEXT]`: prints
 * the institution registry (core/institutions) so that its data can be reviewed outside the
 * code: one line per entry with its spellings by language and its source.
 */
import {
  BUNDLED_INSTITUTIONS,
  INSTITUTION_KINDS,
  institutionAt,
  type Institution,
  type InstitutionKind,
} from '@/core/institutions';
import { tokenize } from '@/core/text';
import { optionValue, runAsEntry, UsageError, withArgs, type CommandResult } from './entry';

export const USAGE = `Usage: npm run --silent institutions -- [options]

Prints the institution registry: the names of specific institutions, the spellings each
language's copy uses, the kind each speaks as, and the public source for the entry.

Options:
  --json              every entry as one JSON array (all fields)
  --kind K            only this kind: ${INSTITUTION_KINDS.join(', ')}
  --country XX        only this country (ISO 3166-1 alpha-2, or "international")
  --find TEXT         the registered spellings written in TEXT, as the registry stage reads them
  -h, --help          this help`;

export interface InstitutionsArgs {
  json: boolean;
  help: boolean;
  kind: InstitutionKind | null;
  country: string | null;
  find: string | null;
}

export function parseArgs(argv: readonly string[]): InstitutionsArgs {
  const args: InstitutionsArgs = {
    json: false,
    help: false,
    kind: null,
    country: null,
    find: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => optionValue(argv, ++i);
    if (arg === '--json') args.json = true;
    else if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--kind') {
      const k = value();
      if (!(INSTITUTION_KINDS as readonly string[]).includes(k))
        throw new UsageError(`unknown kind "${k}" (one of ${INSTITUTION_KINDS.join(', ')})`);
      args.kind = k as InstitutionKind;
    } else if (arg === '--country') {
      const c = value();
      args.country = c === 'international' ? c : c.toUpperCase();
    } else if (arg === '--find') args.find = value();
    else throw new UsageError(`unknown option "${arg}"`);
  }
  return args;
}

export function select(
  entries: readonly Institution[],
  args: Pick<InstitutionsArgs, 'kind' | 'country'>,
): Institution[] {
  return entries.filter(
    (o) => (!args.kind || o.kind === args.kind) && (!args.country || o.country === args.country),
  );
}

/** The readable list: counts, then each entry, its spellings by language and its source. */
export function renderTable(entries: readonly Institution[]): string {
  const lines = [`${entries.length} institutions`, ''];
  const countries = new Map<string, number>();
  for (const o of entries) countries.set(o.country, (countries.get(o.country) ?? 0) + 1);
  lines.push(`By country: ${[...countries].map(([c, n]) => `${c} ${n}`).join('  ')}`, '');
  for (const o of entries) {
    const names = Object.entries(o.names).map(([lang, list]) => `${lang}: ${list.join(', ')}`);
    if (o.aliases?.length) names.push(`also: ${o.aliases.join(', ')}`);
    lines.push(`${o.id}  ${o.kind}  ${o.country}  ${o.name}`);
    lines.push(`    ${names.join(' | ')}`);
    lines.push(`    source: ${o.citation.title} <${o.citation.url}> (reviewed ${o.reviewed})`);
    if (o.note) lines.push(`    note: ${o.note}`);
  }
  return lines.join('\n');
}

/** The registered spellings in a text, left to right, as the institution-registry stage reads
 * them (capitals as capitals). */
export function findIn(text: string): { id: string; text: string; start: number; end: number }[] {
  const tokens = tokenize(text);
  const found = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = institutionAt(tokens, i);
    if (!hit) continue;
    const last = tokens[i + hit.len - 1]!;
    const start = tokens[i]!.start;
    found.push({ id: hit.entry.id, text: text.slice(start, last.end), start, end: last.end });
    i += hit.len - 1;
  }
  return found;
}

export function main(argv: readonly string[]): CommandResult {
  return withArgs(
    'institutions',
    USAGE,
    () => parseArgs(argv),
    (args) => {
      if (args.help) return { code: 0, out: `${USAGE}\n`, err: '' };
      if (args.find !== null) {
        const found = findIn(args.find);
        if (args.json) return { code: 0, out: `${JSON.stringify(found)}\n`, err: '' };
        const out = found.length
          ? found.map((f) => `${f.start}-${f.end}  "${f.text}"  ${f.id}`).join('\n') + '\n'
          : 'no institution named\n';
        return { code: 0, out, err: '' };
      }
      const entries = select(BUNDLED_INSTITUTIONS, args);
      if (args.json) return { code: 0, out: `${JSON.stringify(entries, null, 2)}\n`, err: '' };
      return { code: 0, out: `${renderTable(entries)}\n`, err: '' };
    },
  );
}

runAsEntry(import.meta.url, main);
