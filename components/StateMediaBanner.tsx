import type { Report } from '@/core/report';
import { revealBidi } from '@/utils/bidi';
import { useT } from '@/utils/i18n-context';
import { Icon } from './Icon';

/** Shown when the page itself is published by a state-controlled outlet. */
export function StateMediaBanner({ publisher }: { publisher: Report['publisher'] }) {
  const t = useT();
  if (!publisher.stateMedia) return null;
  const name = publisher.outlet?.name ?? publisher.domain ?? '';
  return (
    <aside
      class="banner banner--state"
      data-testid="state-media-banner"
      aria-labelledby="state-banner-title"
    >
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

/**
 * Photo credits from state media ("Foto: KCNA"): the pictures are part of the story, so each
 * is listed with the state-media flag, like a claim.
 */
export function StateCredits({ credits }: { credits: Report['credits'] }) {
  const t = useT();
  const state = (credits ?? []).filter((c) => c.stateMedia);
  if (state.length === 0) return null;
  return (
    <section class="credits" data-testid="state-credits" aria-labelledby="credits-heading">
      <h2 id="credits-heading" class="section-title">
        {t('credits_heading')}
      </h2>
      <p class="muted">{t('credits_help')}</p>
      <ul class="credits__list">
        {state.map((c) => (
          <li key={c.text} class="credits__item" data-testid="state-credit">
            <span class="flag flag--state_media">
              <Icon name="broadcast" size={13} />
              {t('flag_state_media')}
            </span>
            <bdi>{revealBidi(c.text)}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}
