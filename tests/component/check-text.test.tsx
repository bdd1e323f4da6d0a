import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { REPORT_ID, tab } from './fixtures';
import { renderPopup } from './render';
import en from '@/public/_locales/en/messages.json';

afterEach(cleanup);

describe('check text view', () => {
  it('sends what is typed, and submits', () => {
    const { props } = renderPopup(tab('ready'), {
      view: 'check',
      check: { text: 'Menurut media pemerintah, x.', lang: 'auto', status: 'idle' },
    });
    const input = screen.getByTestId('check-text-input') as HTMLTextAreaElement;
    expect(input.value).toBe('Menurut media pemerintah, x.');
    fireEvent.input(input, { target: { value: 'said the ambassador' } });
    expect(props.onCheckChange).toHaveBeenCalledWith('said the ambassador');
    fireEvent.click(screen.getByTestId('check-text-submit'));
    expect(props.onCheckSubmit).toHaveBeenCalledOnce();
  });

  it('cannot submit empty or too long text', () => {
    const { props, rerender } = renderPopup(tab('ready'), {
      view: 'check',
      check: { text: '  ', lang: 'auto', status: 'idle' },
    });
    expect((screen.getByTestId('check-text-submit') as HTMLButtonElement).disabled).toBe(true);
    void rerender;
    cleanup();
    renderPopup(tab('ready'), {
      view: 'check',
      checkMaxLength: 5,
      check: { text: 'too long text', lang: 'auto', status: 'idle' },
    });
    expect((screen.getByTestId('check-text-submit') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('check-text-input').getAttribute('aria-invalid')).toBe('true');
    expect(props.onCheckSubmit).not.toHaveBeenCalled();
  });

  it('shows the result with the same claim list (no page to scroll to)', () => {
    renderPopup(tab('ready'), {
      view: 'check',
      check: { text: 'x', lang: 'id', status: 'ready', report: REPORT_ID },
    });
    const result = screen.getByTestId('check-result');
    expect(within(result).getAllByTestId('claim')).toHaveLength(6);
    expect(within(result).getByTestId('summary')).toBeTruthy();
    expect(within(result).queryByTestId('show-claim')).toBeNull();
    expect(screen.queryByTestId('open-check')).toBeNull();
  });

  it('says when the language was a guess from little text, and re-checks in the other', () => {
    const onCheckRecheck = vi.fn();
    const report = { ...REPORT_ID, langConfidence: 'low' as const };
    renderPopup(tab('ready'), {
      view: 'check',
      onCheckRecheck,
      check: { text: 'x', lang: 'auto', status: 'ready', report },
    });
    expect(screen.getByTestId('lang-note').textContent).toContain('read as Bahasa Indonesia');
    fireEvent.click(screen.getByTestId('lang-switch'));
    expect(onCheckRecheck).toHaveBeenCalledWith('en');
    cleanup();
    renderPopup(tab('ready'), {
      view: 'check',
      onCheckRecheck,
      check: { text: 'x', lang: 'auto', status: 'ready', report: REPORT_ID },
    });
    expect(screen.queryByTestId('lang-note')).toBeNull();
  });

  it('shows an error from the background', () => {
    renderPopup(tab('ready'), {
      view: 'check',
      check: { text: 'x', lang: 'auto', status: 'error', error: 'text too long' },
    });
    const result = screen.getByTestId('check-result');
    expect(result.textContent).toContain(en.check_error.message);
    expect(result.textContent).toContain('text too long');
  });

  it('has a back button in the popup but not as a standalone page', () => {
    const { props } = renderPopup(tab('ready'), { view: 'check' });
    fireEvent.click(screen.getByTestId('check-back'));
    expect(props.onCloseCheck).toHaveBeenCalledOnce();
    cleanup();
    renderPopup(tab('ready'), { view: 'check', standalone: true });
    expect(screen.queryByTestId('check-back')).toBeNull();
  });
});
