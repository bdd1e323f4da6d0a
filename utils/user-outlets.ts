/**
 * The user's own outlets: validation of stored and imported entries (one by one: the valid
 * ones are kept, each invalid one reported), the options page's "add outlet" form, and the
 * outlet file's import and export. Entries are checked with the registry's own
 * `UserOutletSchema` (core/outlets/schema.ts) and stored as full entries through `toOutlet`.
 */
import {
  CitationSchema,
  DOMAIN_RE,
  USER_CITATION,
  UserOutletSchema,
  toOutlet,
  type Outlet,
} from '@/core/outlets/schema';
import type { SettingsIssue } from '@/utils/settings';

/**
 * Most user outlets kept. Every analysis compiles and consults the list and the options page
 * renders all of it: 20,000 entries cost 38 s to render and 2 s per analysis. A hand-kept
 * list is dozens long; 500 is far above that and cheap.
 */
export const MAX_USER_OUTLETS = 500;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function firstMessage(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/**
 * Normalises one outlet entry before validation: accepts the full `Outlet` shape or the
 * short shape people write by hand ({ name, domain, category }), cleans typed domains, and
 * derives an id from the name when there is none.
 */
export function normalizeOutlet(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const domains = Array.isArray(value.domains)
    ? value.domains
    : typeof value.domain === 'string'
      ? [value.domain]
      : value.domains;
  const name = typeof value.name === 'string' ? value.name.trim() : value.name;
  const id = value.id ?? (typeof name === 'string' && name ? `user-${slugify(name)}` : undefined);
  const out: Record<string, unknown> = {
    id,
    name,
    aliases: value.aliases ?? [],
    domains: Array.isArray(domains)
      ? domains.map((d) => (typeof d === 'string' ? cleanDomain(d) : d))
      : domains,
    category: value.category,
  };
  for (const key of ['country', 'reviewed', 'note', 'aliasRules'] as const)
    if (value[key] !== undefined) out[key] = value[key];
  // The placeholder citation `toOutlet` gives an entry without one is "no citation" again.
  const citation = value.citation;
  const placeholder =
    isRecord(citation) &&
    citation.title === USER_CITATION.title &&
    citation.url === USER_CITATION.url;
  if (citation !== undefined && citation !== null && !placeholder) out.citation = citation;
  return out;
}

/** "https://www.Example.com/path" -> "example.com". */
export function cleanDomain(input: string): string {
  const noScheme = input
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z\d+.-]*:\/\//, '');
  const end = noScheme.search(/[/?#]/);
  return (end === -1 ? noScheme : noScheme.slice(0, end))
    .replace(/:\d+$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

function outletLabel(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  if (typeof value.name === 'string' && value.name.trim()) return value.name.trim().slice(0, 80);
  if (typeof value.domain === 'string') return value.domain.slice(0, 80);
  if (Array.isArray(value.domains) && typeof value.domains[0] === 'string')
    return value.domains[0].slice(0, 80);
  return undefined;
}

/**
 * Checks one stored user outlet exactly as loading does: normalised, then the registry's
 * `UserOutletSchema` (the stored form carries `toOutlet`'s placeholder citation, which the
 * registry's full `OutletSchema` would refuse).
 */
export const OutletSchema = {
  safeParse: (value: unknown) => UserOutletSchema.safeParse(normalizeOutlet(value)),
};

export interface ParsedOutlets {
  outlets: Outlet[];
  issues: SettingsIssue[];
}

/** Validates a list of outlet entries one by one: the valid ones are kept, each invalid one is reported. */
export function parseOutlets(
  value: unknown,
  path = 'userOutlets',
  today = new Date().toISOString().slice(0, 10),
): ParsedOutlets {
  if (!Array.isArray(value)) {
    return { outlets: [], issues: [{ path, message: 'expected a list of outlets' }] };
  }
  const outlets: Outlet[] = [];
  const issues: SettingsIssue[] = [];
  const seen = new Set<string>();
  // Entries past the cap are not even validated: the list is dropped at the cap, with one issue.
  const kept = value.length > MAX_USER_OUTLETS ? value.slice(0, MAX_USER_OUTLETS) : value;
  if (kept !== value) issues.push({ path, message: tooManyMessage(value.length) });
  kept.forEach((entry, index) => {
    const label = outletLabel(entry);
    const parsed = OutletSchema.safeParse(entry);
    if (!parsed.success) {
      issues.push({ path: `${path}[${index}]`, message: firstMessage(parsed.error), label });
      return;
    }
    const outlet = toOutlet(parsed.data, today);
    if (seen.has(outlet.id)) {
      issues.push({ path: `${path}[${index}]`, message: `id: duplicate "${outlet.id}"`, label });
      return;
    }
    seen.add(outlet.id);
    outlets.push(outlet);
  });
  return { outlets, issues };
}

function tooManyMessage(count: number): string {
  return `too many outlets: ${count} entries, at most ${MAX_USER_OUTLETS} are kept (the first ${MAX_USER_OUTLETS})`;
}

export interface NewOutletForm {
  name: string;
  domain: string;
  category: string;
  citationUrl?: string;
}

/** Message keys (public/_locales) for what is wrong with a new entry. */
export type NewOutletError =
  | 'opt_error_name'
  | 'opt_error_domain'
  | 'opt_error_category'
  | 'opt_error_citation'
  | 'opt_error_duplicate'
  | 'opt_error_too_many';

export function newUserOutlet(
  form: NewOutletForm,
  existing: readonly Outlet[],
  today = new Date().toISOString().slice(0, 10),
): { outlet: Outlet } | { error: NewOutletError } {
  if (existing.length >= MAX_USER_OUTLETS) return { error: 'opt_error_too_many' };
  const name = form.name.trim();
  if (!name || name.length > 120) return { error: 'opt_error_name' };
  const domain = cleanDomain(form.domain);
  if (!DOMAIN_RE.test(domain)) return { error: 'opt_error_domain' };
  if (!(OUTLET_CATEGORIES as readonly string[]).includes(form.category))
    return { error: 'opt_error_category' };
  const url = (form.citationUrl ?? '').trim();
  // "https://host" is read as "https://host/", the form the registry's citations take.
  const citationUrl = url && !url.includes('/', 8) ? `${url}/` : url;
  if (url && !CitationSchema.safeParse({ title: 'citation', url: citationUrl }).success)
    return { error: 'opt_error_citation' };
  if (existing.some((o) => o.domains.includes(domain))) return { error: 'opt_error_duplicate' };
  let id = `user-${slugify(name) || slugify(domain)}`;
  for (let n = 2; existing.some((o) => o.id === id); n++)
    id = `user-${slugify(name) || slugify(domain)}-${n}`;
  const citation = url
    ? { title: name.length >= 3 ? name : citationUrl, url: citationUrl }
    : undefined;
  const parsed = OutletSchema.safeParse({ id, name, domain, category: form.category, citation });
  return parsed.success ? { outlet: toOutlet(parsed.data, today) } : { error: 'opt_error_name' };
}

export interface ImportResult {
  outlets: Outlet[];
  added: number;
  replaced: number;
  issues: SettingsIssue[];
}

/**
 * Reads an outlet file (a list, or `{ outlets: [...] }` as `exportOutlets` writes it):
 * valid entries are merged in (same id replaces), every invalid one is reported.
 */
export function importOutlets(
  text: string,
  existing: readonly Outlet[],
): ImportResult | { error: 'opt_import_not_json' | 'opt_import_not_list' } {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return { error: 'opt_import_not_json' };
  }
  const list = Array.isArray(data)
    ? data
    : isRecord(data) && Array.isArray(data.outlets)
      ? data.outlets
      : null;
  if (!list) return { error: 'opt_import_not_list' };
  const { outlets: incoming, issues } = parseOutlets(list, 'outlets');
  const merged = [...existing];
  let added = 0;
  let replaced = 0;
  let skipped = 0;
  for (const outlet of incoming) {
    const at = merged.findIndex((o) => o.id === outlet.id);
    if (at >= 0) {
      merged[at] = outlet;
      replaced++;
    } else {
      if (merged.length >= MAX_USER_OUTLETS) {
        skipped++;
        continue;
      }
      merged.push(outlet);
      added++;
    }
  }
  if (skipped > 0)
    issues.push({
      path: 'outlets',
      message: `list full: ${skipped} new entries not added (at most ${MAX_USER_OUTLETS} outlets)`,
    });
  return { outlets: merged, added, replaced, issues };
}

export function exportOutlets(outlets: readonly Outlet[]): string {
  return `${JSON.stringify({ format: 'sumber-outlets', version: 1, outlets }, null, 2)}\n`;
}
