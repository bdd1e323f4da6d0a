import type { Claim } from '@/core/report';
import { useT } from '@/utils/i18n-context';
import { filterOptions, isClaimFilter, matchesFilter, sortClaims, type ClaimFilter } from '@/utils/popup-claims';
import { useMemo, useState } from 'preact/hooks';
import { ClaimCard } from './ClaimCard';

export interface ClaimListProps {
  claims: readonly Claim[];
  onShow?: (id: string) => void;
  initialFilter?: ClaimFilter;
}

/** The claims, flagged first, with a filter by flag or source kind. */
export function ClaimList({ claims, onShow, initialFilter = 'all' }: ClaimListProps) {
  const t = useT();
  const [filter, setFilter] = useState<ClaimFilter>(initialFilter);
  const sorted = useMemo(() => sortClaims(claims), [claims]);
  const options = useMemo(() => filterOptions(claims), [claims]);
  const shown = sorted.filter((c) => matchesFilter(c, filter));
  const flaggedCount = claims.filter((c) => c.flags.length > 0).length;
  return (
    <section class="claims" aria-labelledby="claims-heading">
      <div class="claims__bar">
        <h2 id="claims-heading" class="section-title">
          {t('claims_heading')}
        </h2>
        <label class="filter">
          <span class="visually-hidden">{t('filter_label')}</span>
          <select
            data-testid="filter"
            value={filter}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value;
              if (isClaimFilter(value)) setFilter(value);
            }}
          >
            <option value="all">{t('filter_all', [claims.length])}</option>
            <option value="flagged">{t('filter_flagged', [flaggedCount])}</option>
            {options.flags.length > 0 && (
              <optgroup label={t('filter_group_flags')}>
                {options.flags.map((o) => (
                  <option key={o.value} value={o.value}>
                    {t('filter_option', [t.dyn(`flag_${o.value.slice(5)}`), o.count])}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('filter_group_kinds')}>
              {options.kinds.map((o) => (
                <option key={o.value} value={o.value}>
                  {t('filter_option', [t.dyn(`kind_${o.value.slice(5)}`), o.count])}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {t('filter_showing', [shown.length, claims.length])}
      </p>
      {shown.length === 0 ? (
        <p class="empty">{t('filter_none')}</p>
      ) : (
        <ol class="claims__list">
          {shown.map((claim, i) => (
            <ClaimCard key={claim.id} claim={claim} number={i + 1} onShow={onShow} />
          ))}
        </ol>
      )}
    </section>
  );
}
