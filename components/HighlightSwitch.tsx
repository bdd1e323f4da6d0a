import { useT } from '@/utils/i18n-context';

/** An accessible switch (role="switch", aria-checked) for highlighting claims in the page. */
export function HighlightSwitch({
  on,
  disabled,
  onToggle,
}: {
  on: boolean;
  disabled?: boolean;
  onToggle: (on: boolean) => void;
}) {
  const t = useT();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on ? 'true' : 'false'}
      class="switch"
      data-testid="highlight-toggle"
      disabled={disabled}
      onClick={() => onToggle(!on)}
    >
      <span class="switch__track" aria-hidden="true">
        <span class="switch__thumb" />
      </span>
      <span class="switch__label">{t('highlight_label')}</span>
    </button>
  );
}
