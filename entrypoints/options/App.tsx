/**
 * The options page's glue: loads the settings (with what could not be kept), saves every
 * change at once (validated; a refused save shows an error and keeps the stored value),
 * and follows changes made elsewhere.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { OptionsView, type ImportReport, type SaveStatus } from '@/components/options/OptionsView';
import { StatusPanel } from '@/components/StatusPanel';
import { createT, resolveLang } from '@/utils/i18n';
import { I18nContext } from '@/utils/i18n-context';
import { downloadText } from '@/utils/popup-controller';
import {
  exportOutlets,
  importOutlets,
  loadSettingsWithIssues,
  newUserOutlet,
  saveSettings,
  watchSettings,
  type Settings,
  type SettingsIssue,
} from '@/utils/settings';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadIssues, setLoadIssues] = useState<SettingsIssue[]>([]);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [importReport, setImportReport] = useState<ImportReport | null>(null);
  const latest = useRef<Settings | null>(null);
  latest.current = settings;
  const t = useMemo(
    () => createT(resolveLang(settings?.uiLanguage ?? 'auto', navigator.language)),
    [settings?.uiLanguage],
  );

  useEffect(() => {
    void loadSettingsWithIssues().then(({ settings: s, issues }) => {
      setSettings(s);
      setLoadIssues(issues);
    });
    return watchSettings((s) => setSettings(s));
  }, []);

  useEffect(() => {
    document.documentElement.lang = t.lang;
    document.title = t('opt_page_title');
  }, [t]);

  const save = (next: Settings) => {
    const previous = latest.current;
    setSettings(next);
    setStatus('saving');
    saveSettings(next).then(
      () => setStatus('saved'),
      (error: unknown) => {
        console.error('[sumber] settings not saved', error);
        if (previous) setSettings(previous);
        setStatus('error');
      },
    );
  };

  if (!settings) {
    return (
      <I18nContext.Provider value={t}>
        <StatusPanel spinner title={t('state_loading')} />
      </I18nContext.Provider>
    );
  }

  return (
    <I18nContext.Provider value={t}>
      <OptionsView
        settings={settings}
        loadIssues={loadIssues}
        status={status}
        importReport={importReport}
        onChange={(patch) => save({ ...settings, ...patch })}
        onAddOutlet={(form) => {
          const result = newUserOutlet(form, settings.userOutlets);
          if ('error' in result) return result.error;
          save({ ...settings, userOutlets: [...settings.userOutlets, result.outlet] });
          return null;
        }}
        onCategory={(id, category) =>
          save({
            ...settings,
            userOutlets: settings.userOutlets.map((o) => (o.id === id ? { ...o, category } : o)),
          })
        }
        onRemoveOutlet={(id) =>
          save({ ...settings, userOutlets: settings.userOutlets.filter((o) => o.id !== id) })
        }
        onImport={(file) => {
          void file.text().then((text) => {
            const current = latest.current ?? settings;
            const result = importOutlets(text, current.userOutlets);
            if ('error' in result) {
              setImportReport({ added: 0, replaced: 0, issues: [], error: result.error });
              return;
            }
            setImportReport({
              added: result.added,
              replaced: result.replaced,
              issues: result.issues,
            });
            if (result.added + result.replaced > 0)
              save({ ...current, userOutlets: result.outlets });
          });
        }}
        onExport={() =>
          downloadText(
            exportOutlets(settings.userOutlets),
            'sumber-outlets.json',
            'application/json;charset=utf-8',
          )
        }
      />
    </I18nContext.Provider>
  );
}
