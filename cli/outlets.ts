/**
 * `npm run --silent outlets -- [--json] [--category C] [--country XX] [--domain HOST] [--find TEXT]`:
 * prints the outlet registry so that its data can be reviewed outside the code.
 *
 * --json gives every entry (names, domains, category, citation, review date, note) as one
 * JSON array; without it, counts per category and country and then one line per outlet.
 */
import {
  createRegistry,
  OUTLET_CATEGORIES,
  type Outlet,
  type OutletCategory,
  type OutletRegistry,
} from '@/core/outlets';
import { optionValue, runAsEntry, UsageError, withArgs, type CommandResult } from './entry';

export const USAGE = `Usage: npm run --silent outlets -- [options]

Prints the outlet registry: who publishes on which domain, under which names, in which
category, and the public source for that category.

Options:
  --json              every entry as one JSON array (all fields)
  --category C        only this category: ${OUTLET_CATEGORIES.join(', ')}
  --country XX        only this country (ISO 3166-1 alpha-2, e.g. KP, RU, ID)
  --domain HOST       the outlet publishing on HOST or URL (exit 1 when none)
  --find TEXT         the outlet names recognised in TEXT, with their offsets
  -h, --help          this help`;

export interface OutletsArgs {
  json: boolean;
  help: boolean;
  category: OutletCategory | null;
  country: string | null;
  domain: string | null;
  find: string | null;
}

export function parseArgs(argv: readonly string[]): OutletsArgs {
  const args: OutletsArgs = {
    json: false,
    help: false,
    category: null,
    country: null,
    domain: null,
    find: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => optionValue(argv, ++i);
    switch (arg) {
      case '--json':
        args.json = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--category': {
        const c = value();
        if (!(OUTLET_CATEGORIES as readonly string[]).includes(c)) {
          throw new UsageError(`unknown category "${c}" (one of ${OUTLET_CATEGORIES.join(', ')})`);
        }
        args.category = c as OutletCategory;
        break;
      }
      case '--country': {
        const c = value().toUpperCase();
        if (!/^[A-Z]{2}$/.test(c))
          throw new UsageError(`--country wants a two-letter code, got "${c}"`);
        args.country = c;
        break;
      }
      case '--domain':
        args.domain = value();
        break;
      case '--find':
        args.find = value();
        break;
      default:
        throw new UsageError(`unknown option "${arg}"`);
    }
  }
  return args;
}

/** The entries the filters keep, in registry (id) order. */
export function select(
  registry: OutletRegistry,
  args: Pick<OutletsArgs, 'category' | 'country'>,
): Outlet[] {
  return registry
    .all()
    .filter(
      (o) =>
        (!args.category || o.category === args.category) &&
        (!args.country || o.country === args.country),
    );
}

function countBy(outlets: readonly Outlet[], key: (o: Outlet) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const o of outlets) counts.set(key(o), (counts.get(key(o)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function pad(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

/** The readable summary: counts, then one line per outlet with its source. */
export function renderTable(outlets: readonly Outlet[]): string {
  const lines: string[] = [];
  lines.push(`${outlets.length} outlets`);
  lines.push('');
  lines.push('By category:');
  for (const category of OUTLET_CATEGORIES) {
    const inCategory = outlets.filter((o) => o.category === category);
    if (inCategory.length === 0) continue;
    const countries = new Set(inCategory.map((o) => o.country)).size;
    lines.push(
      `  ${pad(category, 20)} ${String(inCategory.length).padStart(4)}  (${countries} ${countries === 1 ? 'country' : 'countries'})`,
    );
  }
  lines.push('');
  lines.push('By country:');
  const byCountry = countBy(outlets, (o) => o.country).map(([c, n]) => `${c} ${n}`);
  for (let i = 0; i < byCountry.length; i += 10)
    lines.push(`  ${byCountry.slice(i, i + 10).join('  ')}`);
  lines.push('');
  const idWidth = Math.min(36, Math.max(...outlets.map((o) => o.id.length), 2));
  lines.push(`${pad('id', idWidth)}  ${pad('category', 18)}  cc  name / domains / source`);
  for (const o of outlets) {
    const domains = o.domains.length > 0 ? o.domains.join(', ') : '(no domain)';
    lines.push(
      `${pad(o.id, idWidth)}  ${pad(o.category, 18)}  ${o.country}  ${o.name} | ${domains}`,
    );
    lines.push(
      `${' '.repeat(idWidth + 26)}source: ${o.citation.title}${o.citation.url ? ` <${o.citation.url}>` : ''} (reviewed ${o.reviewed})`,
    );
    if (o.note) lines.push(`${' '.repeat(idWidth + 26)}note: ${o.note}`);
  }
  return lines.join('\n');
}

function brief(o: Outlet): string {
  return `${o.id} (${o.name}; ${o.category}; ${o.country})`;
}

export function main(
  argv: readonly string[],
  registry: OutletRegistry = createRegistry(),
): CommandResult {
  return withArgs(
    'outlets',
    USAGE,
    () => parseArgs(argv),
    (args) => {
      if (args.help) return { code: 0, out: `${USAGE}\n`, err: '' };

      if (args.domain !== null) {
        const hit = registry.byDomain(args.domain);
        if (args.json) return { code: hit ? 0 : 1, out: `${JSON.stringify(hit)}\n`, err: '' };
        return hit
          ? { code: 0, out: `${brief(hit)}\n`, err: '' }
          : { code: 1, out: '', err: `sumber outlets: no outlet publishes on "${args.domain}"\n` };
      }

      if (args.find !== null) {
        const mentions = registry.findInText(args.find).map((m) => ({
          id: m.outlet.id,
          name: m.outlet.name,
          category: m.outlet.category,
          text: m.text,
          start: m.start,
          end: m.end,
        }));
        if (args.json) return { code: 0, out: `${JSON.stringify(mentions)}\n`, err: '' };
        const out =
          mentions.length === 0
            ? 'no outlet named\n'
            : mentions
                .map((m) => `${m.start}-${m.end}  "${m.text}"  ${m.id} (${m.category})`)
                .join('\n') + '\n';
        return { code: 0, out, err: '' };
      }

      const outlets = select(registry, args);
      if (args.json) return { code: 0, out: `${JSON.stringify(outlets, null, 2)}\n`, err: '' };
      return { code: 0, out: `${renderTable(outlets)}\n`, err: '' };
    },
  );
}

runAsEntry(import.meta.url, main);
