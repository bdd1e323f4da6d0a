import { FLAGS, type Flag } from '@/core/report';
import type { Outlet, OutletCategory } from '@/core/outlets';
import type { MessageKey } from '@/utils/i18n';
import { useT } from '@/utils/i18n-context';
import { UI_LANGUAGES, type Settings, type SettingsIssue } from '@/utils/settings';
import { CategoryOptions } from './CategoryOptions';
import { CheckField } from './CheckField';
import { OutletAddForm } from './OutletAddForm';
import type { NewOutletForm, NewOutletError } from '@/utils/settings';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface ImportReport {
  added: number;
  replaced: number;
  issues: SettingsIssue[];
  /** A message key when the file could not be read at all. */
  error?: MessageKey;
}

export interface OptionsViewProps {
  settings: Settings;
  /** What could not be kept from the stored settings. */
  loadIssues: SettingsIssue[];
  status: SaveStatus;
  importReport: ImportReport | null;
  onChange: (patch: Partial<Settings>) => void;
  onAddOutlet: (form: NewOutletForm) => NewOutletError | null;
  onCategory: (id: string, category: OutletCategory) => void;
  onRemoveOutlet: (id: string) => void;
  onImport: (file: File) => void;
  onExport: () => void;
}

function IssueList({ issues }: { issues: SettingsIssue[] }) {
  const t = useT();
  return (
    <ul class="issues">
      {issues.map((issue) => (
        <li key={issue.path}>
          {issue.label ? t('opt_issue_labelled', [issue.path, issue.label]) : issue.path}:{' '}
          <code>{issue.message}</code>
        </li>
      ))}
    </ul>
  );
}

export function OptionsView(props: OptionsViewProps) {
  const t = useT();
  const { settings, status, importReport } = props;
  const toggleFlag = (flag: Flag, on: boolean) => {
    const set = new Set(settings.badgeFlags);
    if (on) set.add(flag);
    else set.delete(flag);
    props.onChange({ badgeFlags: FLAGS.filter((f) => set.has(f)) });
  };
  return (
    <main class="options">
      <header class="options__head">
        <span class="brand__mark" aria-hidden="true">
          S
        </span>
        <div>
          <h1>{t('opt_title')}</h1>
          <p class="muted">{t('opt_intro')}</p>
        </div>
        <p
          class={`save-status save-status--${status}`}
          data-testid="opt-status"
          role="status"
          aria-live="polite"
        >
          {status === 'saved'
            ? t('opt_status_saved')
            : status === 'error'
              ? t('opt_status_error')
              : status === 'saving'
                ? t('opt_status_saving')
                : ''}
        </p>
      </header>

      {props.loadIssues.length > 0 && (
        <div class="callout callout--warn" role="alert" data-testid="opt-load-issues">
          <p>{t('opt_load_issues')}</p>
          <IssueList issues={props.loadIssues} />
        </div>
      )}

      <section class="card options__section" aria-labelledby="sec-general">
        <h2 id="sec-general">{t('opt_section_general')}</h2>
        <div class="field">
          <label for="opt-ui-language">{t('opt_ui_language')}</label>
          <select
            id="opt-ui-language"
            data-testid="opt-ui-language"
            value={settings.uiLanguage}
            onChange={(e) =>
              props.onChange({
                uiLanguage: (e.currentTarget as HTMLSelectElement).value as Settings['uiLanguage'],
              })
            }
          >
            {UI_LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {lang === 'auto' ? t('opt_ui_language_auto') : t.dyn(`lang_${lang}`)}
              </option>
            ))}
          </select>
        </div>
        <CheckField
          testId="opt-auto-run"
          checked={settings.autoRun}
          label={t('opt_auto_run')}
          help={t('opt_auto_run_help')}
          helpId="help-auto-run"
          onChange={(autoRun) => props.onChange({ autoRun })}
        />
        <CheckField
          testId="opt-highlight"
          checked={settings.highlightByDefault}
          label={t('opt_highlight')}
          help={t('opt_highlight_help')}
          helpId="help-highlight"
          onChange={(highlightByDefault) => props.onChange({ highlightByDefault })}
        />
      </section>

      <section class="card options__section" aria-labelledby="sec-badge">
        <fieldset>
          <legend id="sec-badge">{t('opt_section_badge')}</legend>
          <p class="help">{t('opt_badge_help')}</p>
          {FLAGS.map((flag) => (
            <CheckField
              key={flag}
              testId={`opt-badge-flag-${flag}`}
              checked={settings.badgeFlags.includes(flag)}
              label={t.dyn(`flag_${flag}`)}
              help={t.dyn(`opt_badge_${flag}_help`)}
              helpId={`help-badge-${flag}`}
              onChange={(on) => toggleFlag(flag, on)}
            />
          ))}
        </fieldset>
      </section>

      <section class="card options__section" aria-labelledby="sec-outlets">
        <h2 id="sec-outlets">{t('opt_section_outlets')}</h2>
        <p class="help">{t('opt_outlets_help')}</p>
        {settings.userOutlets.length === 0 ? (
          <p class="empty" data-testid="outlets-empty">
            {t('opt_outlets_empty')}
          </p>
        ) : (
          <table class="outlets">
            <caption class="visually-hidden">{t('opt_section_outlets')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('opt_outlet_name')}</th>
                <th scope="col">{t('opt_outlet_domain')}</th>
                <th scope="col">{t('opt_outlet_category')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('opt_outlet_actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {settings.userOutlets.map((outlet: Outlet) => (
                <tr key={outlet.id} data-testid="outlet-row" data-outlet-id={outlet.id}>
                  <th scope="row">{outlet.name}</th>
                  {/* An imported entry may have only names (aliases) to match by. */}
                  <td>
                    {outlet.domains.length > 0
                      ? outlet.domains.join(', ')
                      : outlet.aliases.join(', ')}
                  </td>
                  <td>
                    <select
                      aria-label={t('opt_outlet_category_for', [outlet.name])}
                      data-testid="outlet-row-category"
                      value={outlet.category}
                      onChange={(e) =>
                        props.onCategory(
                          outlet.id,
                          (e.currentTarget as HTMLSelectElement).value as OutletCategory,
                        )
                      }
                    >
                      <CategoryOptions />
                    </select>
                  </td>
                  <td>
                    <button
                      type="button"
                      class="btn btn--danger btn--small"
                      data-testid="outlet-remove"
                      aria-label={t('opt_outlet_remove_for', [outlet.name])}
                      onClick={() => props.onRemoveOutlet(outlet.id)}
                    >
                      {t('opt_outlet_remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <OutletAddForm onAdd={props.onAddOutlet} />
        <div class="outlets__io">
          <label class="btn btn--secondary file-btn">
            {t('opt_outlets_import')}
            <input
              type="file"
              accept="application/json,.json"
              data-testid="outlets-import"
              class="visually-hidden"
              onChange={(e) => {
                const input = e.currentTarget as HTMLInputElement;
                const file = input.files?.[0];
                if (file) props.onImport(file);
                input.value = '';
              }}
            />
          </label>
          <button
            type="button"
            class="btn btn--secondary"
            data-testid="outlets-export"
            onClick={props.onExport}
            disabled={settings.userOutlets.length === 0}
          >
            {t('opt_outlets_export')}
          </button>
        </div>
        {importReport && (
          <div
            class={`callout ${importReport.error || importReport.issues.length ? 'callout--warn' : 'callout--ok'}`}
            role="status"
            data-testid="import-report"
          >
            {importReport.error ? (
              <p>{t(importReport.error)}</p>
            ) : (
              <>
                <p>
                  {t('opt_import_result', [
                    importReport.added,
                    importReport.replaced,
                    importReport.issues.length,
                  ])}
                </p>
                {importReport.issues.length > 0 && <IssueList issues={importReport.issues} />}
              </>
            )}
          </div>
        )}
      </section>
    </main>
  );
}
