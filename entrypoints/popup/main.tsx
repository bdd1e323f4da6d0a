import { render } from 'preact';
import { PopupView } from '@/components/popup/PopupView';
import { I18nContext } from '@/utils/i18n';
import { usePopupController } from '@/utils/popup-controller';
import '@/components/base.css';
import './style.css';

function App() {
  const { t, props } = usePopupController();
  return (
    <I18nContext.Provider value={t}>
      <PopupView {...props} />
    </I18nContext.Provider>
  );
}

// Opened as a page (tests pass ?tab=, the context menu opens #check): lay out wider.
if (location.hash === '#check') document.documentElement.classList.add('is-page');

const root = document.getElementById('app');
if (root) render(<App />, root);
