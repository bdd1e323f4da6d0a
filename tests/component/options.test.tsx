import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';

// A fresh settings module per test: its storage item must start on the storage the test set.
async function mount() {
  vi.resetModules();
  const { OptionsApp } = await import('@/entrypoints/options/App');
  const settings = await import('@/utils/settings');
  render(<OptionsApp />);
  await screen.findByTestId('opt-ui-language', {}, { timeout: 10_000 });
  return settings;
}

async function savedValue(): Promise<Record<string, unknown>> {
  return (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown>;
}

function file(text: string): File {
  return new File([text], 'outlets.json', { type: 'application/json' });
}

// Each test imports the page afresh, which is slow on a busy machine.
describe('options page', { timeout: 30_000 }, () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('shows the stored settings', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        uiLanguage: 'en',
        autoRun: false,
        highlightByDefault: true,
        badgeFlags: ['unattributed'],
        userOutlets: [],
      },
      settings$: { v: 2 },
    });
    await mount();
    expect((screen.getByTestId('opt-ui-language') as HTMLSelectElement).value).toBe('en');
    expect((screen.getByTestId('opt-auto-run') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByTestId('opt-highlight') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('opt-badge-flag-state_media') as HTMLInputElement).checked).toBe(
      false,
    );
    expect((screen.getByTestId('opt-badge-flag-unattributed') as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('describes each checkbox, badge flags included, by its help line', async () => {
    await mount();
    const described = (testId: string) => {
      const box = screen.getByTestId(testId);
      return document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent;
    };
    expect(described('opt-auto-run')).toBe(en.opt_auto_run_help.message);
    expect(described('opt-highlight')).toBe(en.opt_highlight_help.message);
    expect(described('opt-badge-flag-state_media')).toBe(en.opt_badge_state_media_help.message);
    expect(described('opt-badge-flag-unattributed')).toBe(en.opt_badge_unattributed_help.message);
  });

  it('offers every outlet category, in the add form and for each listed outlet', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        uiLanguage: 'en',
        autoRun: true,
        highlightByDefault: false,
        badgeFlags: [],
        userOutlets: [
          { id: 'user-x', name: 'Warta X', domains: ['wartax.example'], category: 'wire' },
        ],
      },
      settings$: { v: 2 },
    });
    await mount();
    const values = (select: HTMLElement) =>
      [...(select as HTMLSelectElement).options].map((o) => o.value);
    const categories = ['state_controlled', 'public_independent', 'private', 'wire'];
    expect(values(screen.getByTestId('outlet-category'))).toEqual(categories);
    expect(values(await screen.findByTestId('outlet-row-category'))).toEqual(categories);
    expect((screen.getByTestId('outlet-row-category') as HTMLSelectElement).value).toBe('wire');
  });

  it('saves every change to storage and reads it back', async () => {
    const { loadSettings } = await mount();
    fireEvent.click(screen.getByTestId('opt-auto-run'));
    await waitFor(async () => expect((await savedValue())?.autoRun).toBe(false));
    fireEvent.click(screen.getByTestId('opt-highlight'));
    await waitFor(async () => expect((await savedValue())?.highlightByDefault).toBe(true));
    fireEvent.click(screen.getByTestId('opt-badge-flag-unnamed_source'));
    await waitFor(async () =>
      expect((await savedValue())?.badgeFlags).toEqual(['state_media', 'unattributed']),
    );
    await waitFor(() =>
      expect(screen.getByTestId('opt-status').textContent).toBe(en.opt_status_saved.message),
    );
    expect(await loadSettings()).toMatchObject({
      autoRun: false,
      highlightByDefault: true,
      badgeFlags: ['state_media', 'unattributed'],
    });
  });

  it('switches its own language at once', async () => {
    await mount();
    fireEvent.change(screen.getByTestId('opt-ui-language'), { target: { value: 'id' } });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(id.opt_title.message),
    );
    expect((await savedValue())?.uiLanguage).toBe('id');
  });

  it('adds, re-categorises and removes an outlet', async () => {
    await mount();
    fireEvent.input(screen.getByTestId('outlet-name'), { target: { value: 'Example State TV' } });
    fireEvent.input(screen.getByTestId('outlet-domain'), {
      target: { value: 'https://www.StateTV.example/live' },
    });
    fireEvent.change(screen.getByTestId('outlet-category'), {
      target: { value: 'state_controlled' },
    });
    fireEvent.click(screen.getByTestId('outlet-add'));
    const row = await screen.findByTestId('outlet-row');
    expect(row.textContent).toContain('statetv.example');
    await waitFor(async () =>
      expect((await savedValue())?.userOutlets).toMatchObject([
        { name: 'Example State TV', domains: ['statetv.example'], category: 'state_controlled' },
      ]),
    );

    fireEvent.change(within(row).getByTestId('outlet-row-category'), {
      target: { value: 'private' },
    });
    await waitFor(async () =>
      expect((await savedValue())?.userOutlets).toMatchObject([{ category: 'private' }]),
    );

    fireEvent.click(within(row).getByTestId('outlet-remove'));
    await waitFor(() => expect(screen.queryByTestId('outlet-row')).toBeNull());
    await waitFor(async () => expect((await savedValue())?.userOutlets).toEqual([]));
  });

  it('refuses an outlet without a valid domain, and says why', async () => {
    await mount();
    fireEvent.input(screen.getByTestId('outlet-name'), { target: { value: 'Nowhere' } });
    fireEvent.input(screen.getByTestId('outlet-domain'), { target: { value: 'not a domain' } });
    fireEvent.click(screen.getByTestId('outlet-add'));
    await waitFor(() =>
      expect(screen.getByTestId('outlet-error').textContent).toBe(en.opt_error_domain.message),
    );
    expect(screen.queryByTestId('outlet-row')).toBeNull();
  });

  it('imports a file: keeps the valid entries and reports the invalid ones', async () => {
    await mount();
    const json = JSON.stringify({
      outlets: [
        { name: 'Good One', domain: 'good.example', category: 'state_controlled' },
        { name: 'Bad Category', domain: 'bad.example', category: 'propaganda' },
        { name: 'Good Two', domains: ['two.example'], category: 'wire' },
      ],
    });
    fireEvent.change(screen.getByTestId('outlets-import'), { target: { files: [file(json)] } });
    const report = await screen.findByTestId('import-report');
    expect(report.textContent).toContain('2 added');
    expect(report.textContent).toContain('1 skipped');
    expect(report.textContent).toContain('Bad Category');
    await waitFor(() => expect(screen.getAllByTestId('outlet-row')).toHaveLength(2));
    await waitFor(async () =>
      expect(((await savedValue())?.userOutlets as unknown[]).length).toBe(2),
    );
  });

  it('an unreadable import file changes nothing', async () => {
    await mount();
    fireEvent.change(screen.getByTestId('outlets-import'), { target: { files: [file('{oops')] } });
    const report = await screen.findByTestId('import-report');
    expect(report.textContent).toBe(en.opt_import_not_json.message);
    expect(await savedValue()).toBeUndefined();
  });

  it('reports stored values it could not keep, without overwriting them', async () => {
    const raw = {
      uiLanguage: 'klingon',
      autoRun: false,
      userOutlets: [{ name: 'Broken', domains: ['x'], category: 'nope' }],
    };
    await fakeBrowser.storage.local.set({ settings: raw, settings$: { v: 2 } });
    await mount();
    const issues = screen.getByTestId('opt-load-issues');
    expect(issues.textContent).toContain('uiLanguage');
    expect(issues.textContent).toContain('Broken');
    expect((screen.getByTestId('opt-auto-run') as HTMLInputElement).checked).toBe(false);
    expect(await savedValue()).toEqual(raw);
  });
});
