import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView } from '@/components/popup/PopupView';
import { I18nContext } from '@/utils/i18n-context';
import { usePopupController } from '@/utils/popup-controller';
import { toCsv } from '@/utils/export';
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import { REPORT_EN, REPORT_ID, tab } from './fixtures';

function App({ search = '', hash = '' }: { search?: string; hash?: string }) {
  const { t, props } = usePopupController({ search, hash });
  return (
    <I18nContext.Provider value={t}>
      <PopupView {...props} />
    </I18nContext.Provider>
  );
}

type Tabs = { sendMessage: (tabId: number, message: unknown) => Promise<unknown> };
type Runtime = { sendMessage: (message: unknown) => Promise<unknown> };

function mockTab(reply: (message: { type: string }) => unknown) {
  const fn = vi.fn(async (_tabId: number, message: unknown) => reply(message as { type: string }));
  (fakeBrowser.tabs as unknown as Tabs).sendMessage = fn;
  return fn;
}

// The tests swap these fakes for mocks; each test starts from the originals.
const originals = {
  tabsSend: fakeBrowser.tabs.sendMessage,
  query: fakeBrowser.tabs.query,
  runtimeSend: fakeBrowser.runtime.sendMessage,
};

describe('popup controller (browser glue)', { timeout: 20_000 }, () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    Object.assign(fakeBrowser.tabs, { sendMessage: originals.tabsSend, query: originals.query });
    Object.assign(fakeBrowser.runtime, { sendMessage: originals.runtimeSend });
  });

  it('asks the tab given in ?tab= for its state and renders it', async () => {
    const send = mockTab(() => tab('ready', { report: REPORT_EN }));
    render(<App search="?tab=42" />);
    await screen.findByTestId('state-ready');
    expect(send).toHaveBeenCalledWith(42, { type: 'get-state' });
    expect(screen.getAllByTestId('claim')).toHaveLength(3);
  });

  it('uses the active tab without ?tab=', async () => {
    const query = vi.fn(async () => [{ id: 9 }]);
    (fakeBrowser.tabs as unknown as { query: typeof query }).query = query;
    const send = mockTab(() => tab('skipped'));
    render(<App />);
    await screen.findByTestId('state-skipped');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send.mock.calls[0]?.[0]).toBe(9);
  });

  it('no content script in the tab: unsupported', async () => {
    (fakeBrowser.tabs as unknown as Tabs).sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    vi.spyOn(console, 'info').mockImplementation(() => {});
    render(<App search="?tab=1" />);
    await screen.findByTestId('state-unsupported');
  });

  it('an invalid answer is an error state, and is logged', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    mockTab(() => ({ status: 'ready', report: { nonsense: true } }));
    render(<App search="?tab=1" />);
    const root = await screen.findByTestId('state-error');
    expect(root.textContent).toContain(en.error_invalid_response.message);
    expect(log).toHaveBeenCalled();
  });

  it('polls while the page is being analysed', async () => {
    let calls = 0;
    mockTab(() => (++calls < 3 ? tab('analyzing') : tab('ready', { report: REPORT_EN })));
    render(<App search="?tab=1" />);
    await screen.findByTestId('state-analyzing');
    await screen.findByTestId('state-ready', {}, { timeout: 5_000 });
    expect(calls).toBeGreaterThanOrEqual(3);
  });

  it('a page read from little text is analysed again in the language picked', async () => {
    const unsure = { ...REPORT_EN, langConfidence: 'low' as const };
    const send = mockTab((m) =>
      m.type === 'get-state'
        ? tab('ready', { report: unsure })
        : tab('ready', { report: REPORT_ID }),
    );
    render(<App search="?tab=4" />);
    fireEvent.click(await screen.findByTestId('lang-switch'));
    await waitFor(() => expect(send).toHaveBeenCalledWith(4, { type: 'analyze-now', lang: 'id' }));
    await waitFor(() => expect(screen.queryByTestId('lang-note')).toBeNull());
  });

  it('"analyse anyway", highlight and show-claim send their requests', async () => {
    let highlight = false;
    const send = mockTab((m) => {
      if (m.type === 'get-state') return tab('skipped');
      if (m.type === 'set-highlight') highlight = (m as unknown as { on: boolean }).on;
      return tab('ready', { report: REPORT_EN, highlight });
    });
    render(<App search="?tab=7" />);
    fireEvent.click(await screen.findByTestId('analyze-anyway'));
    await screen.findByTestId('state-ready');
    expect(send).toHaveBeenCalledWith(7, { type: 'analyze-now' });
    fireEvent.click(screen.getByTestId('highlight-toggle'));
    await waitFor(() =>
      expect(screen.getByTestId('highlight-toggle').getAttribute('aria-checked')).toBe('true'),
    );
    expect(send).toHaveBeenCalledWith(7, { type: 'set-highlight', on: true });
    fireEvent.click(within(screen.getAllByTestId('claim')[0]!).getByTestId('show-claim'));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith(7, { type: 'scroll-to-claim', id: 'c1' }),
    );
    await waitFor(() => expect(screen.getByTestId('live').textContent).toBe(en.live_shown.message));
  });

  it('speaks the language chosen in the settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'id' }, settings$: { v: 2 } });
    mockTab(() => tab('ready', { report: REPORT_EN }));
    render(<App search="?tab=1" />);
    await screen.findByTestId('state-ready');
    await waitFor(() =>
      expect(screen.getByTestId('open-check').textContent).toBe(id.action_check_text.message),
    );
    await waitFor(() => expect(document.documentElement.lang).toBe('id'));
  });

  it('copies an export to the clipboard', async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void writes.push(t) },
    });
    mockTab(() => tab('ready', { report: REPORT_ID }));
    render(<App search="?tab=1" />);
    fireEvent.click(await screen.findByTestId('copy-csv'));
    await waitFor(() => expect(writes).toEqual([toCsv(REPORT_ID)]));
    await waitFor(() =>
      expect(screen.getByTestId('live').textContent).toBe('CSV copied to the clipboard.'),
    );
  });

  it('downloads an export through a Blob link', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      created.push(b as Blob);
      return 'blob:test';
    });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    mockTab(() => tab('ready', { report: REPORT_ID }));
    render(<App search="?tab=1" />);
    fireEvent.click(await screen.findByTestId('export-json'));
    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]).toMatch(/^sumber-berita\.example-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await created[0]!.text())).toEqual(REPORT_ID);
  });

  it('#check: reads the text the context menu parked, clears it and analyses it', async () => {
    await fakeBrowser.storage.session.set({
      pendingText: 'Menurut media pemerintah, latihan itu lancar.',
    });
    const send = vi.fn(async () => REPORT_ID);
    (fakeBrowser.runtime as unknown as Runtime).sendMessage = send;
    render(<App hash="#check" />);
    const result = await screen.findByTestId('check-result');
    await waitFor(() => expect(within(result).getAllByTestId('claim')).toHaveLength(6));
    expect(send).toHaveBeenCalledWith({
      type: 'analyze-text',
      text: 'Menurut media pemerintah, latihan itu lancar.',
    });
    expect((screen.getByTestId('check-text-input') as HTMLTextAreaElement).value).toBe(
      'Menurut media pemerintah, latihan itu lancar.',
    );
    expect((await fakeBrowser.storage.session.get('pendingText')).pendingText).toBeUndefined();
    expect(screen.queryByTestId('check-back')).toBeNull();
  });

  it('check text: sends the chosen language, shows a refusal as an error', async () => {
    mockTab(() => tab('ready', { report: REPORT_EN }));
    const send = vi.fn(async () => {
      throw new Error('text too long: 300000 characters (limit 200000)');
    });
    (fakeBrowser.runtime as unknown as Runtime).sendMessage = send;
    render(<App search="?tab=1" />);
    fireEvent.click(await screen.findByTestId('open-check'));
    fireEvent.input(screen.getByTestId('check-text-input'), {
      target: { value: 'said the ambassador' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: en.check_lang_label.message }), {
      target: { value: 'en' },
    });
    fireEvent.click(screen.getByTestId('check-text-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('check-result').textContent).toContain('text too long'),
    );
    expect(send).toHaveBeenCalledWith({
      type: 'analyze-text',
      text: 'said the ambassador',
      lang: 'en',
    });
  });

  it('check text: an invalid report is an error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    (fakeBrowser.runtime as unknown as Runtime).sendMessage = vi.fn(async () => ({ claims: 'no' }));
    render(<App hash="#check" />);
    fireEvent.input(await screen.findByTestId('check-text-input'), {
      target: { value: 'x said y' },
    });
    fireEvent.click(screen.getByTestId('check-text-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('check-result').textContent).toContain(
        en.error_invalid_response.message,
      ),
    );
  });
});
