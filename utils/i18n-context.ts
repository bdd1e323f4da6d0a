/**
 * The translator as Preact context, for components: `useT()` reads what the popup or the
 * options page provides with `<I18nContext.Provider value={createT(lang)}>`. Kept apart
 * from utils/i18n.ts so that the background can use the strings without loading Preact.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createT, type Translator } from '@/utils/i18n';

export const I18nContext = createContext<Translator>(createT('en'));

export function useT(): Translator {
  return useContext(I18nContext);
}
