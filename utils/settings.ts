/**
 * User settings: one WXT storage item, versioned so that old shapes migrate, and
 * validated with zod on EVERY read. A read never throws and never writes: corrupt or
 * old-format values load as defaults plus every field that can be kept (field by field,
 * never all-or-nothing), and the stored value stays as it was until the user saves.
 *
 * Shapes:
 *   v1 { language: 'auto'|'en'|'id', autoAnalyze: boolean, highlight?: boolean }
 *   v2 { uiLanguage, autoRun, highlightByDefault, badgeFlags, userOutlets }  (current)
 */
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { FLAGS, type Flag } from '@/core/report';
import { CitationSchema, DOMAIN_RE, OUTLET_CATEGORIES, USER_CITATION, UserOutletSchema, toOutlet, type Outlet } from '@/core/outlets/schema';

export { OUTLET_CATEGORIES };

export const UI_LANGUAGES = ['auto', 'en', 'id'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface Settings {
  /** 'auto' follows the browser's language. */
  uiLanguage: UiLanguage;
  /** Analyse article pages automatically, or only when asked from the popup. */
  autoRun: boolean;
  /** Mark claims in the page as soon as an article is analysed. */
  highlightByDefault: boolean;
  /** Which flags count towards the toolbar badge. */
  badgeFlags: Flag[];
  /** The user's own outlet entries, consulted before the bundled registry. */
  userOutlets: Outlet[];
}

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'auto',
  autoRun: true,
  highlightByDefault: false,
  badgeFlags: ['state_media', 'unnamed_source', 'unattributed'],
  userOutlets: [],
};

export const SETTINGS_VERSION = 2;
/**
 * Most user outlets kept. Every analysis compiles and consults the list and the options page
 * renders all of it: 20,000 entries cost 38 s to render and 2 s per analysis. A hand-kept
 * list is dozens long; 500 is far above that and cheap.
 */
export const MAX_USER_OUTLETS = 500;
/** `local`, not `sync`: user outlet lists can outgrow sync's 8 KB per-item quota. */
export const SETTINGS_KEY = 'local:settings' as const;

// ---------------------------------------------------------------------------
// Validation

// User outlet entries are checked with the registry's own `UserOutletSchema`
// (core/outlets/schema.ts) and stored as full entries through its `toOutlet`.

const FIELD_SCHEMAS = {
  uiLanguage: z.enum(UI_LANGUAGES),
  autoRun: z.boolean(),
  highlightByDefault: z.boolean(),
  badgeFlags: z.array(z.enum(FLAGS)),
} as const;

/** Why one field or outlet entry could not be kept. */
export interface SettingsIssue {
  /** 'uiLanguage', 'userOutlets[2]', 'settings' (the whole value). */
  path: string;
  message: string;
  /** For an outlet entry: its name or domain when readable, so the user knows which. */
  label?: string;
}

export interface ParsedSettings {
  settings: Settings;
  issues: SettingsIssue[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstMessage(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
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
    domains: Array.isArray(domains) ? domains.map((d) => (typeof d === 'string' ? cleanDomain(d) : d)) : domains,
    category: value.category,
  };
  for (const key of ['country', 'reviewed', 'note', 'aliasRules'] as const) if (value[key] !== undefined) out[key] = value[key];
  // The placeholder citation `toOutlet` gives an entry without one is "no citation" again.
  const citation = value.citation;
  const placeholder = isRecord(citation) && citation.title === USER_CITATION.title && citation.url === USER_CITATION.url;
  if (citation !== undefined && citation !== null && !placeholder) out.citation = citation;
  return out;
}

/** "https://www.Example.com/path" -> "example.com". */
export function cleanDomain(input: string): string {
  const noScheme = input.trim().toLowerCase().replace(/^[a-z][a-z\d+.-]*:\/\//, '');
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
  if (Array.isArray(value.domains) && typeof value.domains[0] === 'string') return value.domains[0].slice(0, 80);
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
export function parseOutlets(value: unknown, path = 'userOutlets', today = new Date().toISOString().slice(0, 10)): ParsedOutlets {
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

/** Stored values written by hand or by old builds may be a JSON string. */
function unwrap(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** Field-by-field salvage of any stored value into the current shape. Never throws. */
export function parseSettings(raw: unknown): ParsedSettings {
  const value = unwrap(raw);
  if (value === null || value === undefined) return { settings: { ...DEFAULT_SETTINGS }, issues: [] };
  if (!isRecord(value)) {
    return { settings: { ...DEFAULT_SETTINGS }, issues: [{ path: 'settings', message: 'not an object' }] };
  }
  // An old (v1) value that skipped its migration (e.g. meta lost) is still understood.
  const source = ('uiLanguage' in value || !('language' in value || 'autoAnalyze' in value) ? value : migrateV1toV2(value)) as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS, badgeFlags: [...DEFAULT_SETTINGS.badgeFlags], userOutlets: [] };
  const issues: SettingsIssue[] = [];
  for (const key of Object.keys(FIELD_SCHEMAS) as (keyof typeof FIELD_SCHEMAS)[]) {
    if (!(key in source) || source[key] === undefined) continue;
    const parsed = FIELD_SCHEMAS[key].safeParse(source[key]);
    if (parsed.success) {
      (settings as unknown as Record<string, unknown>)[key] = key === 'badgeFlags' ? [...new Set(parsed.data as Flag[])] : parsed.data;
    } else {
      issues.push({ path: key, message: firstMessage(parsed.error) });
    }
  }
  if ('userOutlets' in source && source.userOutlets !== undefined) {
    const { outlets, issues: outletIssues } = parseOutlets(source.userOutlets);
    settings.userOutlets = outlets;
    issues.push(...outletIssues);
  }
  return { settings, issues };
}

// ---------------------------------------------------------------------------
// Migrations: each one keeps what it does not understand (nothing is lost), and
// returns a non-object unchanged so the read-time salvage can report it.

export function migrateV1toV2(old: unknown): unknown {
  const value = unwrap(old);
  if (!isRecord(value)) return old;
  const { language, autoAnalyze, highlight, ...rest } = value;
  const next: Record<string, unknown> = { ...rest };
  if (language !== undefined) next.uiLanguage = language;
  if (autoAnalyze !== undefined) next.autoRun = autoAnalyze;
  if (highlight !== undefined) next.highlightByDefault = highlight;
  if (next.badgeFlags === undefined) next.badgeFlags = [...DEFAULT_SETTINGS.badgeFlags];
  if (next.userOutlets === undefined) next.userOutlets = [];
  return next;
}

function defineSettingsItem() {
  return storage.defineItem<unknown>(SETTINGS_KEY, {
    fallback: null,
    version: SETTINGS_VERSION,
    migrations: { 2: migrateV1toV2 },
  });
}

/**
 * The stored schema version WXT migrates from, made sane first. WXT builds a list with one
 * step per version between the stored one and ours: a stored -3e7 (junk, or a hostile
 * value) would build 30 million steps, and one above ours fails as a "downgrade". Anything
 * that is not a whole number in [1, SETTINGS_VERSION] is clamped into it; the value itself
 * is still salvaged field by field on read.
 */
export function saneVersion(stored: unknown): number {
  if (typeof stored !== 'number' || !Number.isFinite(stored)) return 1;
  return Math.min(SETTINGS_VERSION, Math.max(1, Math.trunc(stored)));
}

async function repairStoredVersion(): Promise<void> {
  const meta: Record<string, unknown> = await storage.getMeta(SETTINGS_KEY);
  if (!('v' in meta)) return;
  const v = saneVersion(meta.v);
  if (v !== meta.v) await storage.setMeta(SETTINGS_KEY, { ...meta, v });
}

// Created on first use, not at import: defining the item starts its migration, which
// needs the extension's storage (absent when this module is merely imported by a test),
// and it must start from a repaired version.
let item: Promise<ReturnType<typeof defineSettingsItem>> | undefined;
function settingsItem() {
  item ??= repairStoredVersion()
    .catch((error: unknown) => console.warn('[sumber] could not check the settings version', error))
    .then(defineSettingsItem);
  return item;
}

/** Settings plus what could not be kept, for the options page to show. */
export async function loadSettingsWithIssues(): Promise<ParsedSettings> {
  try {
    return parseSettings(await (await settingsItem()).getValue());
  } catch (error) {
    console.error('[sumber] settings could not be read', error);
    return { settings: { ...DEFAULT_SETTINGS }, issues: [{ path: 'settings', message: String(error) }] };
  }
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsWithIssues()).settings;
}

/** Validates before writing: an invalid value is refused (throws), never stored. */
export async function saveSettings(settings: Settings): Promise<void> {
  const { settings: clean, issues } = parseSettings(settings);
  if (issues.length > 0) {
    throw new Error(`Invalid settings: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
  }
  await (await settingsItem()).setValue(clean);
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  // Watching needs no migration: the storage key is watched directly.
  return storage.watch<unknown>(SETTINGS_KEY, (value) => callback(parseSettings(value).settings));
}

// ---------------------------------------------------------------------------
// The options page's outlet editing, as pure functions (the page only wires them up).

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

export function newUserOutlet(form: NewOutletForm, existing: readonly Outlet[], today = new Date().toISOString().slice(0, 10)): { outlet: Outlet } | { error: NewOutletError } {
  if (existing.length >= MAX_USER_OUTLETS) return { error: 'opt_error_too_many' };
  const name = form.name.trim();
  if (!name || name.length > 120) return { error: 'opt_error_name' };
  const domain = cleanDomain(form.domain);
  if (!DOMAIN_RE.test(domain)) return { error: 'opt_error_domain' };
  if (!(OUTLET_CATEGORIES as readonly string[]).includes(form.category)) return { error: 'opt_error_category' };
  const url = (form.citationUrl ?? '').trim();
  // "https://host" is read as "https://host/", the form the registry's citations take.
  const citationUrl = url && !url.includes('/', 8) ? `${url}/` : url;
  if (url && !CitationSchema.safeParse({ title: 'citation', url: citationUrl }).success) return { error: 'opt_error_citation' };
  if (existing.some((o) => o.domains.includes(domain))) return { error: 'opt_error_duplicate' };
  let id = `user-${slugify(name) || slugify(domain)}`;
  for (let n = 2; existing.some((o) => o.id === id); n++) id = `user-${slugify(name) || slugify(domain)}-${n}`;
  const citation = url ? { title: name.length >= 3 ? name : citationUrl, url: citationUrl } : undefined;
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
export function importOutlets(text: string, existing: readonly Outlet[]): ImportResult | { error: 'opt_import_not_json' | 'opt_import_not_list' } {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return { error: 'opt_import_not_json' };
  }
  const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.outlets) ? data.outlets : null;
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
  if (skipped > 0) issues.push({ path: 'outlets', message: `list full: ${skipped} new entries not added (at most ${MAX_USER_OUTLETS} outlets)` });
  return { outlets: merged, added, replaced, issues };
}

export function exportOutlets(outlets: readonly Outlet[]): string {
  return `${JSON.stringify({ format: 'sumber-outlets', version: 1, outlets }, null, 2)}\n`;
}
