import type { Report } from '@/core/report';
import type { ExportFormat } from '@/utils/export';
import { useT } from '@/utils/i18n-context';
import { ClaimList } from './ClaimList';
import type { ExportMode } from './ExportBar';
import { ExportBar } from './ExportBar';
import { StateCredits, StateMediaBanner } from './StateMediaBanner';
import { SummaryCard } from './SummaryCard';
import type { ComponentChildren } from 'preact';

export interface ReportViewProps {
  report: Report;
  onExport: (format: ExportFormat, mode: ExportMode) => void;
  onShowClaim?: (id: string) => void;
  /** Controls shown between the summary and the claims (the highlight switch). */
  toolbar?: ComponentChildren;
  formula?: string;
}

/** One report: banner, summary, claims, export. Used for the page and for checked text. */
export function ReportView({ report, onExport, onShowClaim, toolbar, formula }: ReportViewProps) {
  const t = useT();
  return (
    <div class="report">
      <StateMediaBanner publisher={report.publisher} />
      <SummaryCard report={report} formula={formula} />
      <StateCredits credits={report.credits} />
      {report.claims.length === 0 ? (
        <div class="empty-state" data-testid="no-claims">
          <p class="empty-state__title">{t('no_claims_title')}</p>
          <p class="muted">{t('no_claims_body')}</p>
        </div>
      ) : (
        <>
          {toolbar && <div class="toolbar">{toolbar}</div>}
          <ClaimList claims={report.claims} onShow={onShowClaim} />
        </>
      )}
      {/* An empty report has nothing worth a file. */}
      {report.claims.length > 0 && <ExportBar onExport={onExport} />}
    </div>
  );
}
