import type { ComponentChildren } from 'preact';
import { Icon, type IconName } from './Icon';

/** A calm, centred message for every state that is not a report. */
export function StatusPanel({
  icon,
  spinner,
  title,
  children,
}: {
  icon?: IconName;
  spinner?: boolean;
  title: string;
  children?: ComponentChildren;
}) {
  return (
    <div class="status-panel">
      {spinner ? (
        <span class="spinner" aria-hidden="true" />
      ) : (
        icon && <Icon name={icon} size={28} class="status-panel__icon" />
      )}
      <p class="status-panel__title">{title}</p>
      {children}
    </div>
  );
}
