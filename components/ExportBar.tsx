import { EXPORT_FORMATS, type ExportFormat } from '@/utils/export';
import { useT } from '@/utils/i18n';
import { Icon } from './Icon';

export type ExportMode = 'download' | 'copy';

/** Download or copy the report as Markdown, CSV or JSON. */
export function ExportBar({ onExport }: { onExport: (format: ExportFormat, mode: ExportMode) => void }) {
  const t = useT();
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading" class="section-title">
        {t('export_heading')}
      </h2>
      <div class="export__grid">
        {EXPORT_FORMATS.map((format) => {
          const name = t.dyn(`format_${format}`);
          return (
            <div class="export__item" key={format} role="group" aria-label={name}>
              <span class="export__name" aria-hidden="true">
                {name}
              </span>
              <button type="button" class="btn btn--icon" data-testid={`export-${format}`} aria-label={t('export_download', [name])} title={t('export_download', [name])} onClick={() => onExport(format, 'download')}>
                <Icon name="download" />
              </button>
              <button type="button" class="btn btn--icon" data-testid={`copy-${format}`} aria-label={t('export_copy', [name])} title={t('export_copy', [name])} onClick={() => onExport(format, 'copy')}>
                <Icon name="copy" />
              </button>
            </div>
          );
        })}
      </div>
    </section>
  );
}
