import { useState } from 'preact/hooks';
import { useT } from '@/utils/i18n-context';
import type { NewOutletError, NewOutletForm } from '@/utils/settings';
import { CategoryOptions } from './CategoryOptions';

const EMPTY: NewOutletForm = {
  name: '',
  domain: '',
  category: 'state_controlled',
  citationUrl: '',
};

/** Add one outlet: name, domain, category and an optional link that backs the category. */
export function OutletAddForm({
  onAdd,
}: {
  onAdd: (form: NewOutletForm) => NewOutletError | null;
}) {
  const t = useT();
  const [form, setForm] = useState<NewOutletForm>(EMPTY);
  const [error, setError] = useState<NewOutletError | null>(null);
  const field = (key: keyof NewOutletForm) => (e: Event) =>
    setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <form
      class="add-form"
      data-testid="outlet-add-form"
      aria-labelledby="add-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        const result = onAdd(form);
        setError(result);
        if (!result) setForm({ ...EMPTY, category: form.category });
      }}
    >
      <h3 id="add-form-title">{t('opt_outlet_add_title')}</h3>
      <div class="add-form__grid">
        <label>
          <span>{t('opt_outlet_name')}</span>
          <input
            type="text"
            data-testid="outlet-name"
            value={form.name}
            onInput={field('name')}
            required
            maxLength={120}
            aria-invalid={error === 'opt_error_name' ? 'true' : 'false'}
          />
        </label>
        <label>
          <span>{t('opt_outlet_domain')}</span>
          <input
            type="text"
            data-testid="outlet-domain"
            value={form.domain}
            onInput={field('domain')}
            required
            placeholder={t('opt_outlet_domain_placeholder')}
            aria-invalid={
              error === 'opt_error_domain' || error === 'opt_error_duplicate' ? 'true' : 'false'
            }
          />
        </label>
        <label>
          <span>{t('opt_outlet_category')}</span>
          <select data-testid="outlet-category" value={form.category} onChange={field('category')}>
            <CategoryOptions />
          </select>
        </label>
        <label>
          <span>{t('opt_outlet_citation')}</span>
          <input
            type="url"
            data-testid="outlet-citation"
            value={form.citationUrl}
            onInput={field('citationUrl')}
            placeholder="https://"
            aria-invalid={error === 'opt_error_citation' ? 'true' : 'false'}
          />
        </label>
      </div>
      <div class="add-form__foot">
        <p class="form-error" role="alert" data-testid="outlet-error">
          {error ? t(error) : ''}
        </p>
        <button type="submit" class="btn btn--primary" data-testid="outlet-add">
          {t('opt_outlet_add')}
        </button>
      </div>
    </form>
  );
}
