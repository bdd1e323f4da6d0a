import { useT } from '@/utils/i18n-context';

/** Little text to tell the language by: say which one was assumed, offer the other. */
export function LangNote({
  lang,
  onRecheck,
}: {
  lang: string;
  onRecheck: (lang: 'en' | 'id') => void;
}) {
  const t = useT();
  const other = lang === 'id' ? 'en' : 'id';
  return (
    <p class="note" data-testid="lang-note">
      {t('check_lang_unsure', [t(lang === 'id' ? 'lang_id' : 'lang_en')])}{' '}
      <button
        type="button"
        class="btn btn--ghost btn--small"
        data-testid="lang-switch"
        onClick={() => onRecheck(other)}
      >
        {t('check_lang_switch', [t(other === 'id' ? 'lang_id' : 'lang_en')])}
      </button>
    </p>
  );
}
