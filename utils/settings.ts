/**
 * User settings (stub API; issue #5 owner fills it in): stored through WXT storage,
 * validated with zod on every read, versioned so that changes migrate.
 */
import type { Flag } from '@/core/report';
import type { Outlet } from '@/core/outlets';

export interface Settings {
  /** 'auto' follows the browser's language. */
  uiLanguage: 'auto' | 'en' | 'id';
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

export async function loadSettings(): Promise<Settings> {
  return DEFAULT_SETTINGS;
}

export async function saveSettings(_settings: Settings): Promise<void> {}

export function watchSettings(_callback: (settings: Settings) => void): () => void {
  return () => {};
}
