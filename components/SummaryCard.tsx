import { FLAGS, type Report } from '@/core/report';
import { useT } from '@/utils/i18n-context';
import { scoreBand } from '@/utils/popup-claims';
import { SCORE_FORMULA, scoreParts } from '@/core/scoring';

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
  const parts = scoreParts(report.claims);
  const sources = report.summary.sources ?? parts.sources;
  const flagCounts = FLAGS.map((flag) => ({
    flag,
    count: report.claims.filter((c) => c.flags.includes(flag)).length,
  })).filter((f) => f.count > 0);
  // Only the weaknesses this article has, in the language's own list style.
  const why = t.list(flagCounts.map(({ flag }) => t.dyn(`summary_why_${flag}`)));
  // "All 1 claims" reads wrong in any language: one claim has its own sentence.
  const clean = t.dyn(claims === 1 ? 'summary_clean_one' : 'summary_clean_other', [claims]);
  const line = flagged > 0 ? t.plural('summary_flagged', flagged, [claims, why]) : clean;
  const note = claims > 0 && band !== 'good' ? scoreNote(t, parts, flagged) : null;
  // With no claims there is nothing to score: say so rather than show a misleading 0.
  const bandText = claims === 0 ? t('score_none') : t.dyn(`score_band_${band}`);
  return (
    <section
      class={`summary summary--${claims === 0 ? 'none' : band}`}
      aria-labelledby="summary-band"
    >
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
          <p id="summary-band" class="summary__band">
            {bandText}
          </p>
          {claims > 0 && (
            <p id="summary-line" class="summary__line" data-testid="summary">
              {line}
            </p>
          )}
          {claims > 0 && (
            <p class="summary__sources" data-testid="summary-sources">
              {t.plural('summary_sources', sources)}
            </p>
          )}
          {note && (
            <p class="summary__note muted" data-testid="summary-note">
              {note}
            </p>
          )}
        </div>
      </div>
      {flagCounts.length > 0 && (
        <ul class="summary__flags" aria-label={t('summary_flags_label')}>
          {flagCounts.map(({ flag, count }) => (
            <li key={flag} class={`chip chip--${flag}`}>
              {t.plural(`flag_count_${flag}`, count)}
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

type Parts = ReturnType<typeof scoreParts>;

/** Why a score that is not "well sourced" is lower, in one sentence: the biggest cut first. */
function scoreNote(t: ReturnType<typeof useT>, parts: Parts, flagged: number): string | null {
  if (parts.sources > 0 && parts.breadth < 1) return t('summary_note_few_sources');
  if (parts.balance < 1)
    return t('summary_note_one_voice', [Math.round((1.5 - parts.balance) * 100)]);
  if (flagged === 0 && parts.quality < 70) return t('summary_note_moderate');
  return null;
}
