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
import { OUTLET_CATEGORIES, type Outlet } from '@/core/outlets/schema';
import { firstMessage, isRecord, parseOutlets } from '@/utils/user-outlets';

export { OUTLET_CATEGORIES };
// The options page's outlet helpers live beside the settings they fill.
export * from './user-outlets';

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
/** `local`, not `sync`: user outlet lists can outgrow sync's 8 KB per-item quota. */
export const SETTINGS_KEY = 'local:settings' as const;

// ---------------------------------------------------------------------------
// Validation

// User outlet entries are checked one by one in utils/user-outlets.ts.

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
  if (value === null || value === undefined)
    return { settings: { ...DEFAULT_SETTINGS }, issues: [] };
  if (!isRecord(value)) {
    return {
      settings: { ...DEFAULT_SETTINGS },
      issues: [{ path: 'settings', message: 'not an object' }],
    };
  }
  // An old (v1) value that skipped its migration (e.g. meta lost) is still understood.
  const source = (
    'uiLanguage' in value || !('language' in value || 'autoAnalyze' in value)
      ? value
      : migrateV1toV2(value)
  ) as Record<string, unknown>;
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    badgeFlags: [...DEFAULT_SETTINGS.badgeFlags],
    userOutlets: [],
  };
  const issues: SettingsIssue[] = [];
  for (const key of Object.keys(FIELD_SCHEMAS) as (keyof typeof FIELD_SCHEMAS)[]) {
    if (!(key in source) || source[key] === undefined) continue;
    const parsed = FIELD_SCHEMAS[key].safeParse(source[key]);
    if (parsed.success) {
      (settings as unknown as Record<string, unknown>)[key] =
        key === 'badgeFlags' ? [...new Set(parsed.data as Flag[])] : parsed.data;
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
    return {
      settings: { ...DEFAULT_SETTINGS },
      issues: [{ path: 'settings', message: String(error) }],
    };
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
