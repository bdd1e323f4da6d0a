import type { Report } from '@/core/report';
import { useT } from '@/utils/i18n-context';
import { Icon } from './Icon';

/** Shown when the page itself is published by a state-controlled outlet. */
export function StateMediaBanner({ publisher }: { publisher: Report['publisher'] }) {
  const t = useT();
  if (!publisher.stateMedia) return null;
  const name = publisher.outlet?.name ?? publisher.domain ?? '';
  return (
    <aside class="banner banner--state" data-testid="state-media-banner" aria-labelledby="state-banner-title">
      <Icon name="broadcast" size={20} />
      <div>
        <p id="state-banner-title" class="banner__title">
          {t('banner_state_media_title')}
        </p>
        <p class="banner__body">{t('banner_state_media_body', [name])}</p>
      </div>
    </aside>
  );
}

/** Photo credits from state media ("Foto: KCNA"): the pictures come from the state too. */
export function StateCredits({ credits }: { credits: Report['credits'] }) {
  const t = useT();
  const state = (credits ?? []).filter((c) => c.stateMedia);
  if (state.length === 0) return null;
  return (
    <p class="note" data-testid="state-credits">
      <Icon name="info" size={14} />
      <span>
        <strong>{t('credits_state_media')}:</strong> {state.map((c) => c.text).join('; ')}
      </span>
    </p>
  );
}
