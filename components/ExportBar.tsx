import { EXPORT_FORMATS, type ExportFormat } from '@/utils/export';
import { useT } from '@/utils/i18n-context';
import { Icon } from './Icon';

export type ExportMode = 'download' | 'copy';
const MODES: readonly ExportMode[] = ['download', 'copy'];

/** Download or copy the report as Markdown, CSV or JSON: one row per action. */
export function ExportBar({
  onExport,
}: {
  onExport: (format: ExportFormat, mode: ExportMode) => void;
}) {
  const t = useT();
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading" class="section-title">
        {t('export_heading')}
      </h2>
      {MODES.map((mode) => (
        <div class="export__row" key={mode} role="group" aria-labelledby={`export-${mode}-label`}>
          <span class="export__label" id={`export-${mode}-label`}>
            <Icon name={mode} size={14} />
            {t.dyn(`export_${mode}_label`)}
          </span>
          {EXPORT_FORMATS.map((format) => {
            const name = t.dyn(`format_${format}`);
            const label = t.dyn(`export_${mode}`, [name]);
            return (
              <button
                key={format}
                type="button"
                class="btn btn--secondary btn--small"
                data-testid={`${mode === 'download' ? 'export' : 'copy'}-${format}`}
                aria-label={label}
                title={label}
                onClick={() => onExport(format, mode)}
              >
                {name}
              </button>
            );
          })}
        </div>
      ))}
    </section>
  );
}
