import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { PopupView, type PopupState, type PopupViewProps } from '@/components/popup/PopupView';
import { createT, type Lang } from '@/utils/i18n';
import { I18nContext } from '@/utils/i18n-context';
import { vi } from 'vitest';

export function withLang(lang: Lang, ui: ComponentChildren) {
  return render(<I18nContext.Provider value={createT(lang)}>{ui}</I18nContext.Provider>);
}

export function popupProps(state: PopupState, over: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    state,
    view: 'page',
    live: '',
    check: { text: '', lang: 'auto', status: 'idle' },
    checkMaxLength: 200_000,
    onAnalyzeNow: vi.fn(),
    onAnalyzeAs: vi.fn(),
    onToggleHighlight: vi.fn(),
    onShowClaim: vi.fn(),
    onOpenOptions: vi.fn(),
    onOpenCheck: vi.fn(),
    onCloseCheck: vi.fn(),
    onExport: vi.fn(),
    onRetry: vi.fn(),
    onReload: vi.fn(),
    onCheckChange: vi.fn(),
    onCheckLang: vi.fn(),
    onCheckSubmit: vi.fn(),
    ...over,
  };
}

export function renderPopup(
  state: PopupState,
  over: Partial<PopupViewProps> = {},
  lang: Lang = 'en',
) {
  const props = popupProps(state, over);
  return { props, ...withLang(lang, <PopupView {...props} />) };
}
