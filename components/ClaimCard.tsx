import type { Claim } from '@/core/report';
import { useT } from '@/utils/i18n-context';
import { markSentence } from '@/utils/popup-claims';
import { Icon } from './Icon';
import { KindBadge } from './KindBadge';
import { StrengthMeter } from './StrengthMeter';

export interface ClaimCardProps {
  claim: Claim;
  /** Position in the list as the reader sees it (1-based), for accessible names. */
  number: number;
  /** Absent where there is no page to scroll (checked text). */
  onShow?: (id: string) => void;
}

export function ClaimCard({ claim, number, onShow }: ClaimCardProps) {
  const t = useT();
  const flagged = claim.flags.length > 0;
  const { source } = claim;
  const segments = markSentence(claim.sentence, claim.cue, source.text);
  const details = [source.name && source.name !== source.text ? source.name : null, source.role, source.resolvesTo && source.resolvesTo !== source.name ? source.resolvesTo : null].filter(
    (d): d is string => Boolean(d),
  );
  const headingId = `claim-${claim.id}-head`;
  // A flag that only repeats the kind ("State media" twice) is not shown again.
  const flags = claim.flags.filter((f) => f !== source.kind);
  return (
    <li
      class={`claim${flagged ? ' claim--flagged' : ''}`}
      data-testid="claim"
      data-claim-id={claim.id}
      data-kind={source.kind}
      data-flagged={flagged ? 'true' : 'false'}
      aria-labelledby={headingId}
    >
      <div class="claim__head" id={headingId}>
        <span class="visually-hidden">{t('claim_number', [number])}</span>
        <KindBadge kind={source.kind} flagged={flagged} />
        <StrengthMeter strength={claim.strength} />
      </div>
      {flags.length > 0 && (
        <ul class="claim__flags" aria-label={t('claim_flags_label')}>
          {flags.map((flag) => (
            <li key={flag} class={`flag flag--${flag}`}>
              <Icon name="warning" size={13} />
              {t.dyn(`flag_${flag}`)}
            </li>
          ))}
        </ul>
      )}
      <blockquote class="claim__sentence">
        {segments.map((seg, i) =>
          seg.mark ? (
            <mark key={i} class={`mark mark--${seg.mark}`} title={seg.mark === 'cue' ? t('claim_cue') : t('claim_source')}>
              {seg.text}
            </mark>
          ) : (
            <span key={i}>{seg.text}</span>
          ),
        )}
      </blockquote>
      <dl class="claim__meta">
        <div>
          <dt>{t('claim_source')}</dt>
          <dd>
            {source.text ? <strong>{source.text}</strong> : <em class="muted">{t('claim_no_source')}</em>}
            {details.length > 0 && <span class="muted"> · {details.join(' · ')}</span>}
            {source.via && <span class="muted"> · {t('claim_via', [source.via])}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('claim_cue')}</dt>
          <dd>{claim.cue}</dd>
        </div>
      </dl>
      {claim.reasons.length > 0 && (
        <ul class="claim__reasons" aria-label={t('claim_reasons_label')}>
          {claim.reasons.map((reason) => (
            <li key={reason}>{t.dyn(`reason_${reason}`)}</li>
          ))}
        </ul>
      )}
      {onShow && (
        <button type="button" class="btn btn--ghost btn--small claim__show" data-testid="show-claim" onClick={() => onShow(claim.id)} aria-label={t('claim_show_label', [number])}>
          <Icon name="locate" size={14} />
          {t('claim_show')}
        </button>
      )}
    </li>
  );
}
