/**
 * The popup's browser glue: which tab, talking to its content script and the background,
 * settings, pending "check selection" text, download and clipboard. The view
 * (components/popup/PopupView.tsx) only gets props.
 */
import { browser } from 'wxt/browser';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Report } from '@/core/report';
import { ContentRequest, MAX_CHECK_TEXT, PENDING_TEXT_KEY, TabState } from '@/utils/messages';
import { loadSettings, watchSettings } from '@/utils/settings';
import { createT, resolveLang, type Lang, type Translator } from '@/utils/i18n';
import { exportFilename, exportText, MIME, type ExportFormat } from '@/utils/export';
import type { CheckLang, CheckState } from '@/components/CheckText';
import type { ExportMode } from '@/components/ExportBar';
import type { PopupState, PopupViewName, PopupViewProps } from '@/components/popup/PopupView';

const POLL_MS = 400;
/** Give up polling an analysis that never finishes. */
const POLL_LIMIT_MS = 60_000;

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}

/** `storage.session` where it exists, else `storage.local` (Firefox MV2). */
function pendingArea() {
  const areas = browser.storage as unknown as {
    session?: typeof browser.storage.local;
    local: typeof browser.storage.local;
  };
  return areas.session ?? areas.local;
}

async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function downloadText(text: string, filename: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Fallback for contexts without the async clipboard (older Firefox popups).
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('clipboard unavailable');
}

export interface PopupController {
  t: Translator;
  props: PopupViewProps;
}

export function usePopupController(
  loc: { search: string; hash: string } = window.location,
): PopupController {
  const standalone = loc.hash === '#check';
  const [lang, setLang] = useState<Lang>(() => resolveLang('auto', navigator.language));
  const t = useMemo(() => createT(lang), [lang]);
  const tRef = useRef(t);
  tRef.current = t;
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [view, setView] = useState<PopupViewName>(standalone ? 'check' : 'page');
  const [live, setLive] = useState('');
  const [check, setCheck] = useState<CheckState>({ text: '', lang: 'auto', status: 'idle' });
  const tabId = useRef<number | null>(null);
  const pollStarted = useRef(0);

  const announce = useCallback((text: string) => {
    // Clear first so the same message twice is announced twice.
    setLive('');
    setTimeout(() => setLive(text), 30);
  }, []);

  /** Sends one request to the tab's content script; every outcome becomes a state. */
  const send = useCallback(async (request: ContentRequest): Promise<PopupState> => {
    if (tabId.current === null) return { status: 'unsupported', url: '', highlight: false };
    let response: unknown;
    try {
      response = await browser.tabs.sendMessage(tabId.current, request);
    } catch (error) {
      // No content script: a browser page, the web store, a PDF, or a tab opened before install.
      console.info('[sumber] no content script in this tab:', errorMessage(error));
      return { status: 'unsupported', url: '', highlight: false };
    }
    const parsed = TabState.safeParse(response);
    if (!parsed.success) {
      console.error(
        '[sumber] invalid state from the content script',
        parsed.error.issues.slice(0, 3),
      );
      return {
        status: 'error',
        url: '',
        highlight: false,
        error: tRef.current('error_invalid_response'),
      };
    }
    return parsed.data;
  }, []);

  const apply = useCallback(
    (next: PopupState) => {
      setState((prev) => {
        if (prev.status !== next.status) {
          if (next.status === 'ready' && next.report)
            announce(tRef.current.plural('live_ready', next.report.claims.length));
          else if (next.status === 'error') announce(tRef.current('state_error_title'));
        }
        return next;
      });
    },
    [announce],
  );

  const refresh = useCallback(async () => apply(await send({ type: 'get-state' })), [apply, send]);

  // Settings: the UI language, live when the options page changes it.
  useEffect(() => {
    let alive = true;
    void loadSettings().then(
      (s) => alive && setLang(resolveLang(s.uiLanguage, navigator.language)),
    );
    const stop = watchSettings((s) => setLang(resolveLang(s.uiLanguage, navigator.language)));
    return () => {
      alive = false;
      stop();
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The tab and its state.
  useEffect(() => {
    if (standalone) return;
    void (async () => {
      try {
        tabId.current = await resolveTabId(loc.search);
      } catch (error) {
        console.error('[sumber] could not find the tab', error);
      }
      pollStarted.current = Date.now();
      await refresh();
    })();
  }, [loc.search, refresh, standalone]);

  // Poll while the content script is still analysing.
  useEffect(() => {
    if (state.status !== 'analyzing') return;
    if (Date.now() - pollStarted.current > POLL_LIMIT_MS) {
      apply({
        status: 'error',
        url: state.url,
        highlight: state.highlight,
        error: t('error_timeout'),
      });
      return;
    }
    const timer = setTimeout(() => void refresh(), POLL_MS);
    return () => clearTimeout(timer);
  }, [state, refresh, apply, t]);

  const runCheck = useCallback(
    async (text: string, checkLang: CheckLang) => {
      setCheck((c) => ({ ...c, text, status: 'analyzing', report: undefined, error: undefined }));
      try {
        const response = await browser.runtime.sendMessage({
          type: 'analyze-text',
          text,
          ...(checkLang === 'auto' ? {} : { lang: checkLang }),
        });
        const parsed = Report.safeParse(response);
        if (!parsed.success) {
          console.error(
            '[sumber] invalid report from the background',
            parsed.error.issues.slice(0, 3),
          );
          setCheck((c) => ({
            ...c,
            status: 'error',
            error: tRef.current('error_invalid_response'),
          }));
          announce(tRef.current('check_error'));
          return;
        }
        setCheck((c) => ({ ...c, status: 'ready', report: parsed.data }));
        announce(tRef.current.plural('live_ready', parsed.data.claims.length));
      } catch (error) {
        setCheck((c) => ({ ...c, status: 'error', error: errorMessage(error) }));
        announce(tRef.current('check_error'));
      }
    },
    [announce],
  );

  // Text sent by "Check selection with Sumber": read it, clear it, analyse it.
  useEffect(() => {
    if (!standalone) return;
    void (async () => {
      try {
        const area = pendingArea();
        const stored = (await area.get(PENDING_TEXT_KEY))[PENDING_TEXT_KEY];
        await area.remove(PENDING_TEXT_KEY);
        if (typeof stored === 'string' && stored.trim())
          await runCheck(stored.slice(0, MAX_CHECK_TEXT), 'auto');
      } catch (error) {
        console.error('[sumber] could not read the pending text', error);
      }
    })();
  }, [standalone, runCheck]);

  const currentReport =
    view === 'check' ? check.report : state.status === 'ready' ? state.report : undefined;

  const onExport = useCallback(
    async (format: ExportFormat, mode: ExportMode) => {
      if (!currentReport) return;
      const name = t.dyn(`format_${format}`);
      const text = exportText(currentReport, format, t);
      try {
        if (mode === 'download') {
          downloadText(text, exportFilename(currentReport, format), MIME[format]);
          announce(t('live_downloaded', [name]));
        } else {
          await copyText(text);
          announce(t('live_copied', [name]));
        }
      } catch (error) {
        console.error('[sumber] export failed', error);
        announce(t('live_export_failed', [name]));
      }
    },
    [currentReport, t, announce],
  );

  /** "Analyse anyway", or the page again in the language the reader picked. */
  const analyzeNow = (lang?: 'en' | 'id'): void => {
    pollStarted.current = Date.now();
    setState((s) => ({
      status: 'analyzing',
      url: 'url' in s ? s.url : '',
      highlight: 'highlight' in s ? s.highlight : false,
    }));
    announce(t('state_analyzing'));
    void send(lang ? { type: 'analyze-now', lang } : { type: 'analyze-now' }).then(apply);
  };

  const props: PopupViewProps = {
    state,
    view,
    live,
    check,
    checkMaxLength: MAX_CHECK_TEXT,
    standalone,
    onAnalyzeNow: () => analyzeNow(),
    onAnalyzeAs: (lang) => analyzeNow(lang),
    onToggleHighlight: (on) => {
      void send({ type: 'set-highlight', on }).then((next) => {
        apply(next);
        if (next.status === 'ready')
          announce(next.highlight ? t('live_highlight_on') : t('live_highlight_off'));
      });
    },
    onShowClaim: (id) => {
      void send({ type: 'scroll-to-claim', id }).then((next) => {
        apply(next);
        announce(t('live_shown'));
      });
    },
    onOpenOptions: () => void browser.runtime.openOptionsPage(),
    onOpenCheck: () => setView('check'),
    onCloseCheck: () => setView('page'),
    onExport: (format, mode) => void onExport(format, mode),
    onRetry: () => {
      setState({ status: 'loading' });
      void refresh();
    },
    onReload: () => {
      if (tabId.current !== null)
        void browser.tabs.reload(tabId.current).then(() => {
          // A real popup closes; the popup opened as a page (tests, ?tab=) stays.
          if (!new URLSearchParams(loc.search).has('tab')) window.close();
        });
    },
    onCheckChange: (text) => setCheck((c) => ({ ...c, text })),
    onCheckLang: (checkLang) => setCheck((c) => ({ ...c, lang: checkLang })),
    onCheckRecheck: (checkLang: 'en' | 'id') => {
      setCheck((c) => ({ ...c, lang: checkLang }));
      void runCheck(check.text, checkLang);
    },
    onCheckSubmit: () => void runCheck(check.text, check.lang),
  };
  return { t, props };
}
