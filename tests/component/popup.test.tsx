import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { REPORT_EMPTY, REPORT_EN, REPORT_ID, REPORT_STATE, tab } from './fixtures';
import { renderPopup } from './render';
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';

afterEach(cleanup);

describe('popup states', () => {
  it('loading', () => {
    renderPopup({ status: 'loading' });
    const root = screen.getByTestId('state-loading');
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(root.textContent).toContain(en.state_loading.message);
  });

  it('analyzing', () => {
    renderPopup(tab('analyzing'));
    expect(screen.getByTestId('state-analyzing').textContent).toContain(en.state_analyzing.message);
  });

  it('skipped, with "analyse anyway" that asks for it', () => {
    const { props } = renderPopup(
      tab('skipped', { gate: { article: false, signals: ['p:1', 'gate:none'] } }),
    );
    expect(screen.getByTestId('state-skipped').textContent).toContain(
      en.state_skipped_title.message,
    );
    fireEvent.click(screen.getByTestId('analyze-anyway'));
    expect(props.onAnalyzeNow).toHaveBeenCalledOnce();
    expect(screen.getByText(en.signal_gate_none.message)).toBeTruthy();
  });

  it('a page whose language was guessed from little text offers the other one', () => {
    const report = { ...REPORT_ID, langConfidence: 'low' as const };
    const { props } = renderPopup(tab('ready', { report }));
    expect(screen.getByTestId('lang-note').textContent).toContain('read as Bahasa Indonesia');
    fireEvent.click(screen.getByTestId('lang-switch'));
    expect(props.onAnalyzeAs).toHaveBeenCalledWith('en');
    cleanup();
    renderPopup(tab('ready', { report: REPORT_ID }));
    expect(screen.queryByTestId('lang-note')).toBeNull();
  });

  it('a declined page analysed on request says so, with what the check saw', () => {
    const report = { ...REPORT_EN, isArticle: false, requested: true as const };
    renderPopup(tab('ready', { report, gate: { article: false, signals: ['gate:none'] } }));
    const note = screen.getByTestId('requested-note');
    expect(note.textContent).toContain(en.report_requested_note.message);
    expect(note.textContent).toContain(en.signal_gate_none.message);
    expect(screen.getAllByTestId('claim').length).toBe(REPORT_EN.claims.length);
  });

  it('an article shows no such note', () => {
    renderPopup(tab('ready', { report: REPORT_EN }));
    expect(screen.queryByTestId('requested-note')).toBeNull();
  });

  it('idle (automatic analysis off) offers to analyse', () => {
    const { props } = renderPopup(tab('idle'));
    fireEvent.click(within(screen.getByTestId('state-idle')).getByTestId('analyze-anyway'));
    expect(props.onAnalyzeNow).toHaveBeenCalledOnce();
  });

  it('unsupported, with the reload hint', () => {
    const { props } = renderPopup(tab('unsupported'));
    expect(screen.getByTestId('state-unsupported').textContent).toContain(
      en.state_unsupported_body.message,
    );
    fireEvent.click(screen.getByTestId('reload-page'));
    expect(props.onReload).toHaveBeenCalledOnce();
  });

  it('error shows the message and can retry', () => {
    const { props } = renderPopup(tab('error', { error: 'Extraction failed: boom' }));
    expect(screen.getByTestId('error-message').textContent).toBe('Extraction failed: boom');
    fireEvent.click(screen.getByTestId('retry'));
    expect(props.onRetry).toHaveBeenCalledOnce();
  });

  it('error without a message still says something', () => {
    renderPopup(tab('error'));
    expect(screen.getByTestId('error-message').textContent).toBe(en.state_error_unknown.message);
  });

  it('ready: summary, score, claims with flagged first', () => {
    renderPopup(tab('ready', { report: REPORT_ID }));
    expect(screen.getByTestId('state-ready')).toBeTruthy();
    expect(screen.getByTestId('summary').textContent).toBe(
      '3 of 6 claims rest on weak sourcing: state media, unnamed sources, and no source at all.',
    );
    expect(screen.getByTestId('score').textContent).toContain('52');
    expect(screen.getByTestId('score').getAttribute('aria-label')).toContain(
      en.score_band_mixed.message,
    );
    const claims = screen.getAllByTestId('claim');
    expect(claims.map((c) => c.dataset.claimId)).toEqual(['c2', 'c3', 'c5', 'c1', 'c4', 'c6']);
    expect(claims.map((c) => c.dataset.flagged)).toEqual([
      'true',
      'true',
      'true',
      'false',
      'false',
      'false',
    ]);
    expect(claims[0]?.dataset.kind).toBe('state_media');
    // The list is a list, each claim has a show button with an accessible name.
    expect(claims[0]?.parentElement?.tagName).toBe('OL');
    expect(within(claims[0]!).getByTestId('show-claim').getAttribute('aria-label')).toBe(
      'Show in page: claim 2',
    );
    expect(screen.queryByTestId('state-media-banner')).toBeNull();
  });

  it('marks the cue and the source inside the sentence and gives the kind as text', () => {
    renderPopup(tab('ready', { report: REPORT_ID }));
    const first = screen.getAllByTestId('claim')[0]!;
    expect(first.querySelector('.mark--source')?.textContent).toBe('media pemerintah');
    expect(first.querySelector('.mark--cue')?.textContent).toBe('Menurut');
    expect(first.querySelector('.kind')?.textContent).toBe(en.kind_state_media.message);
    expect(first.textContent).toContain(en.strength_weak.message);
  });

  it('shows a claim in the page', () => {
    const { props } = renderPopup(tab('ready', { report: REPORT_ID }));
    fireEvent.click(within(screen.getAllByTestId('claim')[1]!).getByTestId('show-claim'));
    expect(props.onShowClaim).toHaveBeenCalledWith('c3');
  });

  it('reasons follow the UI language, not the article language', () => {
    renderPopup(tab('ready', { report: REPORT_EN }), {}, 'id');
    const text = screen.getByTestId('state-ready').textContent ?? '';
    expect(text).toContain(id.reason_anonymous_source.message);
    expect(text).toContain(id.reason_named_with_role.message);
    expect(text).not.toContain(en.reason_named_with_role.message);
    expect(screen.getByTestId('summary').textContent).toBe(
      '1 dari 3 klaim bersumber lemah: sumber tanpa nama.',
    );
  });

  it('reasons in English', () => {
    renderPopup(tab('ready', { report: REPORT_ID }), {}, 'en');
    expect(screen.getByTestId('state-ready').textContent).toContain(
      en.reason_state_media_only.message,
    );
  });

  it('state-controlled publisher: banner with the outlet name', () => {
    renderPopup(tab('ready', { report: REPORT_STATE }));
    const banner = screen.getByTestId('state-media-banner');
    expect(banner.textContent).toContain('State Example Agency');
    expect(banner.textContent).toContain(en.banner_state_media_title.message);
    expect(screen.getAllByTestId('claim').every((c) => c.dataset.flagged === 'true')).toBe(true);
  });

  it('state-media photo credits get a line', () => {
    renderPopup(tab('ready', { report: REPORT_ID }));
    expect(screen.getByTestId('state-credits').textContent).toContain('Foto: KCNA');
  });

  it('no claims: says so, no misleading score', () => {
    renderPopup(tab('ready', { report: REPORT_EMPTY }));
    expect(screen.getByTestId('no-claims').textContent).toContain(en.no_claims_title.message);
    expect(screen.queryAllByTestId('claim')).toHaveLength(0);
    expect(screen.getByTestId('score').textContent).toBe('–');
    // Said once, by the empty state; the summary has no line of its own to repeat it.
    expect(screen.queryByTestId('summary')).toBeNull();
  });

  it('filters by flag and by kind', () => {
    renderPopup(tab('ready', { report: REPORT_ID }));
    const filter = screen.getByTestId('filter') as HTMLSelectElement;
    const values = [...filter.querySelectorAll('option')].map((o) => o.value);
    expect(values).toEqual([
      'all',
      'flagged',
      'flag:state_media',
      'flag:unnamed_source',
      'flag:unattributed',
      'kind:named_person',
      'kind:official_body',
      'kind:state_media',
      'kind:unnamed_official',
      'kind:document',
      'kind:unattributed',
    ]);
    fireEvent.change(filter, { target: { value: 'flagged' } });
    expect(screen.getAllByTestId('claim').map((c) => c.dataset.claimId)).toEqual([
      'c2',
      'c3',
      'c5',
    ]);
    fireEvent.change(filter, { target: { value: 'kind:official_body' } });
    expect(screen.getAllByTestId('claim').map((c) => c.dataset.claimId)).toEqual(['c4']);
    fireEvent.change(filter, { target: { value: 'flag:unattributed' } });
    expect(screen.getAllByTestId('claim').map((c) => c.dataset.claimId)).toEqual(['c5']);
    fireEvent.change(filter, { target: { value: 'all' } });
    expect(screen.getAllByTestId('claim')).toHaveLength(6);
  });

  it('highlight switch reports its state and asks to flip it', () => {
    const { props } = renderPopup(tab('ready', { report: REPORT_ID, highlight: true }));
    const toggle = screen.getByTestId('highlight-toggle');
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    expect(props.onToggleHighlight).toHaveBeenCalledWith(false);
  });

  it('export buttons ask for each format and mode', () => {
    const { props } = renderPopup(tab('ready', { report: REPORT_ID }));
    for (const f of ['md', 'csv', 'json']) {
      fireEvent.click(screen.getByTestId(`export-${f}`));
      expect(props.onExport).toHaveBeenLastCalledWith(f, 'download');
      fireEvent.click(screen.getByTestId(`copy-${f}`));
      expect(props.onExport).toHaveBeenLastCalledWith(f, 'copy');
    }
    expect(screen.getByTestId('copy-csv').getAttribute('aria-label')).toBe('Copy as CSV');
  });

  it('header actions: options and check text', () => {
    const { props } = renderPopup(tab('ready', { report: REPORT_ID }));
    fireEvent.click(screen.getByTestId('open-options'));
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
    expect(screen.getByTestId('open-options').getAttribute('aria-label')).toBe(
      en.action_options.message,
    );
    fireEvent.click(screen.getByTestId('open-check'));
    expect(props.onOpenCheck).toHaveBeenCalledOnce();
  });

  it('says how long the analysis took on this device', () => {
    renderPopup(
      tab('ready', {
        report: REPORT_ID,
        timings: { gate: 1.2, extract: 8, analyze: 20.4, total: 31.6 },
      }),
    );
    expect(screen.getByTestId('timing').textContent?.trim()).toBe('Analysed in 32 ms.');
  });

  it('has a polite live region with the latest announcement', () => {
    renderPopup(tab('ready', { report: REPORT_ID }), { live: 'Markdown copied to the clipboard.' });
    const live = screen.getByTestId('live');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('Markdown copied to the clipboard.');
  });

  it('every button has an accessible name', () => {
    renderPopup(tab('ready', { report: REPORT_STATE }));
    for (const button of screen.getAllByRole('button').concat(screen.getAllByRole('switch'))) {
      const name = button.getAttribute('aria-label') ?? button.textContent ?? '';
      expect(name.trim().length, button.outerHTML).toBeGreaterThan(0);
    }
  });

  it('renders article text as text, never as HTML', () => {
    const evil = {
      ...REPORT_EN,
      claims: [{ ...REPORT_EN.claims[0]!, sentence: '<img src=x onerror=alert(1)> said <b>x</b>' }],
    };
    renderPopup(tab('ready', { report: evil }));
    const claim = screen.getByTestId('claim');
    expect(claim.querySelector('img')).toBeNull();
    expect(claim.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('score formula', () => {
  it('shows the engine formula in the UI language', async () => {
    const { SCORE_FORMULA } = await import('@/core/scoring');
    renderPopup(tab('ready', { report: REPORT_ID }), {}, 'id');
    expect(screen.getByTestId('score-formula').textContent).toBe(SCORE_FORMULA.id);
  });
});
