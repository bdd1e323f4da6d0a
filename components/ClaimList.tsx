import type { Claim } from '@/core/report';
import { useT } from '@/utils/i18n-context';
import {
  filterOptions,
  isClaimFilter,
  matchesFilter,
  sortClaims,
  type ClaimFilter,
  type ClaimOrder,
} from '@/utils/popup-claims';
import { useMemo, useState } from 'preact/hooks';
import { ClaimCard } from './ClaimCard';

export interface ClaimListProps {
  claims: readonly Claim[];
  onShow?: (id: string) => void;
  initialFilter?: ClaimFilter;
  initialOrder?: ClaimOrder;
}

/**
 * The claims, flagged first or in the article's order, with a filter by flag or source kind.
 * Each claim keeps its number in the article whatever the order: the page marks show it too.
 */
export function ClaimList({
  claims,
  onShow,
  initialFilter = 'all',
  initialOrder = 'flagged',
}: ClaimListProps) {
  const t = useT();
  const [filter, setFilter] = useState<ClaimFilter>(initialFilter);
  const [order, setOrder] = useState<ClaimOrder>(initialOrder);
  const sorted = useMemo(
    () => (order === 'flagged' ? sortClaims(claims) : [...claims]),
    [claims, order],
  );
  const numbers = useMemo(() => new Map(claims.map((c, i) => [c.id, i + 1])), [claims]);
  const options = useMemo(() => filterOptions(claims), [claims]);
  const shown = sorted.filter((c) => matchesFilter(c, filter));
  const flaggedCount = claims.filter((c) => c.flags.length > 0).length;
  return (
    <section class="claims" aria-labelledby="claims-heading">
      <div class="claims__bar">
        <h2 id="claims-heading" class="section-title">
          {t('claims_heading')}
        </h2>
        <div class="order" role="group" aria-label={t('order_label')}>
          {(['flagged', 'article'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={order === value ? 'true' : 'false'}
              class={`order__option${order === value ? ' order__option--on' : ''}`}
              data-testid={`order-${value}`}
              onClick={() => setOrder(value)}
            >
              {t.dyn(`order_${value}`)}
            </button>
          ))}
        </div>
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
          {shown.map((claim) => (
            <ClaimCard
              key={claim.id}
              claim={claim}
              number={numbers.get(claim.id) ?? 0}
              onShow={onShow}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
