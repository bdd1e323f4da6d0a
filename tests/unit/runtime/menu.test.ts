import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_PAGE, MENU_ID, onMenuClicked, pickStorage } from '@/utils/background-menu';
import { MAX_CHECK_TEXT, PENDING_TEXT_KEY } from '@/utils/messages';

describe('"Check selection with Sumber"', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  const deps = () => ({
    storage: pickStorage(fakeBrowser.storage),
    openTab: (url: string) => fakeBrowser.tabs.create({ url }),
    getURL: (path: string) => fakeBrowser.runtime.getURL(path),
  });

  it('parks the selection in session storage and opens the check view', async () => {
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    await expect(
      onMenuClicked({ menuItemId: MENU_ID, selectionText: '  Officials said so.  ' }, deps()),
    ).resolves.toBe(true);
    expect(await fakeBrowser.storage.session.get(PENDING_TEXT_KEY)).toEqual({
      [PENDING_TEXT_KEY]: 'Officials said so.',
    });
    expect(open).toHaveBeenCalledWith({
      url: `chrome-extension://${fakeBrowser.runtime.id}${CHECK_PAGE}`,
    });
  });

  it('falls back to local storage where session storage is missing', () => {
    const local = fakeBrowser.storage.local;
    expect(pickStorage({ local })).toBe(local);
  });

  it('ignores other items and empty selections', async () => {
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    await expect(onMenuClicked({ menuItemId: 'other', selectionText: 'x' }, deps())).resolves.toBe(
      false,
    );
    await expect(
      onMenuClicked({ menuItemId: MENU_ID, selectionText: '   ' }, deps()),
    ).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('cuts a huge selection to the check limit', async () => {
    await onMenuClicked(
      { menuItemId: MENU_ID, selectionText: 'a'.repeat(MAX_CHECK_TEXT + 10) },
      deps(),
    );
    const stored = await fakeBrowser.storage.session.get(PENDING_TEXT_KEY);
    expect((stored[PENDING_TEXT_KEY] as string).length).toBe(MAX_CHECK_TEXT);
  });
});
