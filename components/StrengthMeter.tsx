import type { Strength } from '@/core/report';
import { useT } from '@/utils/i18n-context';

const BARS: Record<Strength, number> = { weak: 1, moderate: 2, strong: 3 };

/** Strength as one to three bars plus its word, so it reads without colour. */
export function StrengthMeter({ strength }: { strength: Strength }) {
  const t = useT();
  const filled = BARS[strength];
  return (
    <span class={`strength strength--${strength}`}>
      <span class="strength__bars" aria-hidden="true">
        {[1, 2, 3].map((n) => (
          <span key={n} class={n <= filled ? 'bar bar--on' : 'bar'} />
        ))}
      </span>
      {t.dyn(`strength_${strength}`)}
    </span>
  );
}
