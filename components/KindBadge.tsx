import type { SourceKind } from '@/core/report';
import { useT } from '@/utils/i18n-context';
import { Icon, type IconName } from './Icon';

/** Each kind has an icon and its name in text: colour is never the only signal. */
export const KIND_ICONS: Record<SourceKind, IconName> = {
  named_person: 'person',
  official_body: 'building',
  organization: 'group',
  state_media: 'broadcast',
  media: 'news',
  unnamed_official: 'mask',
  anonymous: 'incognito',
  document: 'document',
  unattributed: 'question',
};

/** `flagged` adds a warning sign: a weak source is recognisable without colour. */
export function KindBadge({ kind, flagged = false }: { kind: SourceKind; flagged?: boolean }) {
  const t = useT();
  return (
    <span class={`kind kind--${kind}`}>
      <Icon name={KIND_ICONS[kind]} size={14} />
      {flagged && <Icon name="warning" size={12} class="kind__warn" />}
      {t.dyn(`kind_${kind}`)}
    </span>
  );
}
