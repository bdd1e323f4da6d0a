import type { Claim, Flag, SourceKind } from '@/core/report';
import { useT } from '@/utils/i18n-context';
import { hasBidiControls, revealBidi } from '@/utils/bidi';
import { markSentence, sourceLine } from '@/utils/popup-claims';
import { Icon } from './Icon';
import { KindBadge } from './KindBadge';
import { StrengthMeter } from './StrengthMeter';

/** The flag each weak kind implies: shown once, as the kind. */
const IMPLIED_FLAG: Partial<Record<SourceKind, Flag>> = {
  state_media: 'state_media',
  unnamed_official: 'unnamed_source',
  anonymous: 'unnamed_source',
  unattributed: 'unattributed',
};

export interface ClaimCardProps {
  claim: Claim;
  /** Position in the article (1-based): the same number the page marks show. */
  number: number;
  /** Absent where there is no page to scroll (checked text). */
  onShow?: (id: string) => void;
}

export function ClaimCard({ claim, number, onShow }: ClaimCardProps) {
  const t = useT();
  const flagged = claim.flags.length > 0;
  const { source } = claim;
  const segments = markSentence(claim.sentence, claim.cue, source.text);
  const line = sourceLine(source);
  const hidden = [
    claim.sentence,
    source.text,
    source.name ?? '',
    source.role ?? '',
    source.resolvesTo ?? '',
  ].some(hasBidiControls);
  const headingId = `claim-${claim.id}-head`;
  // A flag that only repeats the kind (state media, an unnamed source, no source) is not
  // shown twice: the kind chip already says it, with its warning sign.
  const flags = claim.flags.filter((f) => f !== IMPLIED_FLAG[source.kind]);
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
        <span class="claim__num" aria-hidden="true">
          {number}
        </span>
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
            <mark
              key={i}
              class={`mark mark--${seg.mark}`}
              title={seg.mark === 'cue' ? t('claim_cue') : t('claim_source')}
            >
              <bdi>{revealBidi(seg.text)}</bdi>
            </mark>
          ) : (
            <span key={i}>{revealBidi(seg.text)}</span>
          ),
        )}
      </blockquote>
      <dl class="claim__meta">
        <div>
          <dt>{t('claim_source')}</dt>
          <dd data-testid="claim-source">
            {line.who ? (
              <strong>
                <bdi>{revealBidi(line.who)}</bdi>
              </strong>
            ) : (
              <em class="muted">{t('claim_no_source')}</em>
            )}
            {line.role && (
              <span class="muted">
                {' · '}
                <bdi>{revealBidi(line.role)}</bdi>
              </span>
            )}
            {source.via && <span class="muted"> · {t('claim_via', [revealBidi(source.via)])}</span>}
            {line.refersFrom && (
              <span class="claim__refers muted" data-testid="claim-refers">
                {t('claim_resolves', [revealBidi(line.refersFrom), revealBidi(line.who)])}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('claim_cue')}</dt>
          <dd>{claim.cue}</dd>
        </div>
      </dl>
      {hidden && (
        <p class="claim__bidi" data-testid="bidi-warning">
          <Icon name="warning" size={13} />
          {t('bidi_warning')}
        </p>
      )}
      {claim.reasons.length > 0 && (
        <ul class="claim__reasons" aria-label={t('claim_reasons_label')}>
          {claim.reasons.map((reason) => (
            <li key={reason}>{t.dyn(`reason_${reason}`)}</li>
          ))}
        </ul>
      )}
      {onShow && (
        <button
          type="button"
          class="btn btn--ghost btn--small claim__show"
          data-testid="show-claim"
          onClick={() => onShow(claim.id)}
          aria-label={t('claim_show_label', [number])}
        >
          <Icon name="locate" size={14} />
          {t('claim_show')}
        </button>
      )}
    </li>
  );
}
