/**
 * "Check selection with Sumber": the selected text is parked in extension storage and the
 * popup's check view opens in a new tab, reads it, clears it and analyses it.
 */
import { MAX_CHECK_TEXT, PENDING_TEXT_KEY } from '@/utils/messages';

export const MENU_ID = 'sumber-check-selection';
export const CHECK_PAGE = '/popup.html#check';

interface StorageArea {
  set(items: Record<string, unknown>): Promise<void>;
}

export interface MenuDeps {
  /** `storage.session` where it exists (Chrome MV3, Firefox 115+), else `storage.local`. */
  storage: StorageArea;
  openTab: (url: string) => Promise<unknown>;
  getURL: (path: string) => string;
}

export function pickStorage(storage: { session?: StorageArea; local: StorageArea }): StorageArea {
  return storage.session ?? storage.local;
}

/** The menu's click handler; ignores clicks on other items and empty selections. */
export async function onMenuClicked(
  info: { menuItemId: string | number; selectionText?: string },
  deps: MenuDeps,
): Promise<boolean> {
  if (info.menuItemId !== MENU_ID) return false;
  const text = (info.selectionText ?? '').trim().slice(0, MAX_CHECK_TEXT);
  if (!text) return false;
  await deps.storage.set({ [PENDING_TEXT_KEY]: text });
  await deps.openTab(deps.getURL(CHECK_PAGE));
  return true;
}
