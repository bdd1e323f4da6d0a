import { FLAGS, type Report } from '@/core/report';
import { useT } from '@/utils/i18n-context';
import { scoreBand } from '@/utils/popup-claims';
import { SCORE_FORMULA } from '@/core/scoring';

export interface SummaryCardProps {
  report: Report;
  /** Overrides the engine's own description of its formula (core/scoring.ts). */
  formula?: string;
}

/** The article at a glance: one sentence, the score and what it means, the formula on demand. */
export function SummaryCard({ report, formula }: SummaryCardProps) {
  const t = useT();
  const { claims, flagged, score } = report.summary;
  const band = scoreBand(score);
  const flagCounts = FLAGS.map((flag) => ({ flag, count: report.claims.filter((c) => c.flags.includes(flag)).length })).filter((f) => f.count > 0);
  const line =
    claims === 0 ? t('summary_none') : flagged > 0 ? t.plural('summary_flagged', flagged, [claims]) : t.plural('summary_clean', claims);
  // With no claims there is nothing to score: say so rather than show a misleading 0.
  const bandText = claims === 0 ? t('score_none') : t.dyn(`score_band_${band}`);
  return (
    <section class={`summary summary--${claims === 0 ? 'none' : band}`} aria-labelledby="summary-line">
      <div class="summary__row">
        <div
          class={`score score--${claims === 0 ? 'none' : band}`}
          data-testid="score"
          role="img"
          aria-label={claims === 0 ? bandText : t('score_label', [score, bandText])}
        >
          <span class="score__value">{claims === 0 ? '–' : score}</span>
          {claims > 0 && (
            <span class="score__max" aria-hidden="true">
              /100
            </span>
          )}
        </div>
        <div class="summary__text">
          <p class="summary__band">{bandText}</p>
          <p id="summary-line" class="summary__line" data-testid="summary">
            {line}
          </p>
        </div>
      </div>
      {flagCounts.length > 0 && (
        <ul class="summary__flags" aria-label={t('summary_flags_label')}>
          {flagCounts.map(({ flag, count }) => (
            <li key={flag} class={`chip chip--${flag}`}>
              <strong>{count}</strong> {t.dyn(`flag_${flag}`)}
            </li>
          ))}
        </ul>
      )}
      <details class="formula">
        <summary>{t('score_formula_toggle')}</summary>
        <p data-testid="score-formula">{formula ?? SCORE_FORMULA[t.lang]}</p>
        <p class="muted">{t('score_bands')}</p>
      </details>
    </section>
  );
}
