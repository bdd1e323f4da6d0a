import { useT } from '@/utils/i18n-context';
import { OUTLET_CATEGORIES } from '@/utils/settings';

/** The option elements of an outlet category select, in the registry's order. */
export function CategoryOptions() {
  const t = useT();
  return (
    <>
      {OUTLET_CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {t.dyn(`category_${c}`)}
        </option>
      ))}
    </>
  );
}
