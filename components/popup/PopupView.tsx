import type { TabState } from '@/utils/messages';
import type { ExportFormat } from '@/utils/export';
import { useT } from '@/utils/i18n-context';
import { describeSignals } from '@/utils/popup-signals';
import { CheckText, type CheckLang, type CheckState } from '../CheckText';
import type { ExportMode } from '../ExportBar';
import { HighlightSwitch } from '../HighlightSwitch';
import { Icon } from '../Icon';
import { LangNote } from '../LangNote';
import { ReportView } from '../ReportView';
import { StatusPanel } from '../StatusPanel';

export type PopupState = { status: 'loading' } | TabState;
export type PopupViewName = 'page' | 'check';

export interface PopupViewProps {
  state: PopupState;
  view: PopupViewName;
  /** Announced to screen readers (copied, highlighting on, ...). */
  live: string;
  check: CheckState;
  checkMaxLength: number;
  /** The check view is the whole page (opened from the context menu): no way "back". */
  standalone?: boolean;
  formula?: string;
  onAnalyzeNow: () => void;
  /** Analyse the page again in the other language (offered when it was guessed from little text). */
  onAnalyzeAs?: (lang: 'en' | 'id') => void;
  onToggleHighlight: (on: boolean) => void;
  onShowClaim: (id: string) => void;
  onOpenOptions: () => void;
  onOpenCheck: () => void;
  onCloseCheck: () => void;
  onExport: (format: ExportFormat, mode: ExportMode) => void;
  onRetry: () => void;
  onReload: () => void;
  onCheckChange: (text: string) => void;
  onCheckLang: (lang: CheckLang) => void;
  onCheckRecheck?: (lang: 'en' | 'id') => void;
  onCheckSubmit: () => void;
}

function PageState(props: PopupViewProps) {
  const t = useT();
  const { state } = props;
  const why = state.status === 'skipped' ? describeSignals(state.gate?.signals ?? [], t) : [];
  switch (state.status) {
    case 'loading':
      return <StatusPanel spinner title={t('state_loading')} />;
    case 'analyzing':
      return <StatusPanel spinner title={t('state_analyzing')} />;
    case 'idle':
      return (
        <StatusPanel icon="text" title={t('state_idle_title')}>
          <p class="muted">{t('state_idle_body')}</p>
          <button
            type="button"
            class="btn btn--primary"
            data-testid="analyze-anyway"
            onClick={props.onAnalyzeNow}
          >
            {t('action_analyze_now')}
          </button>
        </StatusPanel>
      );
    case 'skipped':
      return (
        <StatusPanel icon="info" title={t('state_skipped_title')}>
          <p class="muted">{t('state_skipped_body')}</p>
          <button
            type="button"
            class="btn btn--primary"
            data-testid="analyze-anyway"
            onClick={props.onAnalyzeNow}
          >
            {t('action_analyze_anyway')}
          </button>
          <SignalList heading={t('skipped_why_heading')} lines={why} testId="skipped-why" />
        </StatusPanel>
      );
    case 'unsupported':
      return (
        <StatusPanel icon="shield" title={t('state_unsupported_title')}>
          <p class="muted">{t('state_unsupported_body')}</p>
          <button
            type="button"
            class="btn btn--secondary"
            data-testid="reload-page"
            onClick={props.onReload}
          >
            <Icon name="reload" size={14} />
            {t('action_reload')}
          </button>
        </StatusPanel>
      );
    case 'error':
      return (
        <StatusPanel icon="warning" title={t('state_error_title')}>
          <p class="error-text" data-testid="error-message">
            {state.error || t('state_error_unknown')}
          </p>
          <button
            type="button"
            class="btn btn--secondary"
            data-testid="retry"
            onClick={props.onRetry}
          >
            {t('action_retry')}
          </button>
        </StatusPanel>
      );
    case 'ready':
      if (!state.report) return <StatusPanel icon="warning" title={t('state_error_unknown')} />;
      return (
        <>
          {state.report.requested && <RequestedNote signals={state.gate?.signals ?? []} />}
          {state.report.langConfidence === 'low' && props.onAnalyzeAs && (
            <LangNote lang={state.report.lang} onRecheck={props.onAnalyzeAs} />
          )}
          <ReportView
            report={state.report}
            formula={props.formula}
            onExport={props.onExport}
            onShowClaim={props.onShowClaim}
            toolbar={<HighlightSwitch on={state.highlight} onToggle={props.onToggleHighlight} />}
          />
        </>
      );
  }
}

/** What the article check saw, folded under a heading; nothing when it saw nothing. */
function SignalList({
  heading,
  lines,
  testId,
}: {
  heading: string;
  lines: readonly string[];
  testId?: string;
}) {
  if (lines.length === 0) return null;
  return (
    <details class="signals" data-testid={testId}>
      <summary>{heading}</summary>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

/** A page the article check declined, analysed because the reader asked: say so, and why. */
function RequestedNote({ signals }: { signals: readonly string[] }) {
  const t = useT();
  return (
    <div class="requested-note" data-testid="requested-note">
      <p class="muted">{t('report_requested_note')}</p>
      <SignalList heading={t('state_skipped_signals')} lines={describeSignals(signals, t)} />
    </div>
  );
}

/** The whole popup, from props only: the browser glue lives in utils/popup-controller.ts. */
export function PopupView(props: PopupViewProps) {
  const t = useT();
  const { state, view } = props;
  return (
    <div class="popup">
      <header class="topbar">
        <div class="brand">
          <span class="brand__mark" aria-hidden="true">
            S
          </span>
          <div>
            <h1 class="brand__name">{t('extName')}</h1>
            <p class="brand__tag">{t('popup_tagline')}</p>
          </div>
        </div>
        <div class="topbar__actions">
          {view === 'page' && (
            <button
              type="button"
              class="btn btn--ghost btn--small"
              data-testid="open-check"
              onClick={props.onOpenCheck}
            >
              <Icon name="text" size={14} />
              {t('action_check_text')}
            </button>
          )}
          <button
            type="button"
            class="btn btn--icon"
            data-testid="open-options"
            aria-label={t('action_options')}
            title={t('action_options')}
            onClick={props.onOpenOptions}
          >
            <Icon name="gear" />
          </button>
        </div>
      </header>
      {view === 'check' ? (
        <main class="content" data-testid="view-check">
          <CheckText
            check={props.check}
            maxLength={props.checkMaxLength}
            onChange={props.onCheckChange}
            onLangChange={props.onCheckLang}
            onSubmit={props.onCheckSubmit}
            onRecheck={props.onCheckRecheck}
            onExport={props.onExport}
            onBack={props.standalone ? undefined : props.onCloseCheck}
          />
        </main>
      ) : (
        <main
          class="content"
          data-testid={`state-${state.status}`}
          aria-busy={state.status === 'loading' || state.status === 'analyzing' ? 'true' : 'false'}
        >
          <PageState {...props} />
        </main>
      )}
      <footer class="footer">
        <Icon name="shield" size={12} />
        <span>
          {t('popup_privacy')}
          {view === 'page' && state.status === 'ready' && state.timings?.total !== undefined && (
            <span data-testid="timing">
              {' '}
              {t('popup_timing', [Math.max(1, Math.round(state.timings.total))])}
            </span>
          )}
        </span>
      </footer>
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="live">
        {props.live}
      </p>
    </div>
  );
}
