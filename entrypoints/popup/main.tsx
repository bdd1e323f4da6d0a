import { render } from 'preact';
import { PopupView } from '@/components/popup/PopupView';
import { I18nContext } from '@/utils/i18n-context';
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

// Opened as a page: the context menu's #check gets a centred column; a popup opened in a
// tab for one page (?tab=) fills the tab's width instead of the popup's fixed 380 px.
if (location.hash === '#check') document.documentElement.classList.add('is-page');
else if (new URLSearchParams(location.search).has('tab'))
  document.documentElement.classList.add('in-tab');

const root = document.getElementById('app');
if (root) render(<App />, root);
