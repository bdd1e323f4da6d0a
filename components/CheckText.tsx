import type { Report } from '@/core/report';
import type { ExportFormat } from '@/utils/export';
import { useT } from '@/utils/i18n-context';
import type { ExportMode } from './ExportBar';
import { Icon } from './Icon';
import { LangNote } from './LangNote';
import { ReportView } from './ReportView';
import { StatusPanel } from './StatusPanel';

export type CheckLang = 'auto' | 'en' | 'id';

export interface CheckState {
  text: string;
  lang: CheckLang;
  status: 'idle' | 'analyzing' | 'ready' | 'error';
  report?: Report;
  error?: string;
}

export interface CheckTextProps {
  check: CheckState;
  maxLength: number;
  onChange: (text: string) => void;
  onLangChange: (lang: CheckLang) => void;
  onSubmit: () => void;
  /** Analyse the same text again in the given language (the guess was unsure). */
  onRecheck?: (lang: 'en' | 'id') => void;
  onExport: (format: ExportFormat, mode: ExportMode) => void;
  /** Absent when the check view is the whole page (opened from the context menu). */
  onBack?: () => void;
}

/** "Check text": paste or receive text, analyse it with the same engine, same claim list. */
export function CheckText({
  check,
  maxLength,
  onChange,
  onLangChange,
  onSubmit,
  onRecheck,
  onExport,
  onBack,
}: CheckTextProps) {
  const t = useT();
  const tooLong = check.text.length > maxLength;
  const empty = check.text.trim().length === 0;
  return (
    <div class="check">
      <div class="check__head">
        {onBack && (
          <button
            type="button"
            class="btn btn--ghost btn--small"
            onClick={onBack}
            data-testid="check-back"
          >
            <Icon name="back" size={14} />
            {t('check_back')}
          </button>
        )}
        <h2 class="section-title">{t('check_heading')}</h2>
      </div>
      <form
        class="check__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!empty && !tooLong) onSubmit();
        }}
      >
        <label for="check-text" class="field-label">
          {t('check_label')}
        </label>
        <textarea
          id="check-text"
          data-testid="check-text-input"
          rows={6}
          value={check.text}
          placeholder={t('check_placeholder')}
          aria-describedby="check-count"
          aria-invalid={tooLong ? 'true' : 'false'}
          onInput={(e) => onChange((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <div class="check__row">
          <span id="check-count" class={tooLong ? 'count count--over' : 'count'}>
            {tooLong
              ? t('check_too_long', [maxLength.toLocaleString(t.lang)])
              : t('check_count', [check.text.length.toLocaleString(t.lang)])}
          </span>
          <label class="inline-field">
            <span>{t('check_lang_label')}</span>
            <select
              value={check.lang}
              onChange={(e) =>
                onLangChange((e.currentTarget as HTMLSelectElement).value as CheckLang)
              }
            >
              <option value="auto">{t('check_lang_auto')}</option>
              <option value="en">{t('lang_en')}</option>
              <option value="id">{t('lang_id')}</option>
            </select>
          </label>
          <button
            type="submit"
            class="btn btn--primary"
            data-testid="check-text-submit"
            disabled={empty || tooLong || check.status === 'analyzing'}
          >
            {t('check_submit')}
          </button>
        </div>
      </form>
      <div
        data-testid="check-result"
        class="check__result"
        aria-busy={check.status === 'analyzing' ? 'true' : 'false'}
      >
        {check.status === 'analyzing' && <StatusPanel spinner title={t('check_analyzing')} />}
        {check.status === 'error' && (
          <div class="error-box" role="alert">
            <p class="error-box__title">{t('check_error')}</p>
            <p>{check.error}</p>
          </div>
        )}
        {check.status === 'ready' && check.report?.langConfidence === 'low' && onRecheck && (
          <LangNote lang={check.report.lang} onRecheck={onRecheck} />
        )}
        {check.status === 'ready' && check.report && (
          <ReportView report={check.report} onExport={onExport} />
        )}
      </div>
    </div>
  );
}
