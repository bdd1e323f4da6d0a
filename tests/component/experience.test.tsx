/**
 * The defects a reader, a journalist and a trainer tripped over (issue 12), each checked on
 * the text and order the popup renders: the verdict agrees with itself and counts
 * independent sources, cards say each fact once, empty and declined pages read as words,
 * the order switch keeps article numbers, state-media photo credits are listed, and a
 * direction override cannot disguise a source.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import type { Claim, Report } from '@/core/report';
import { summarize } from '@/core/scoring';
import { REPORT_EMPTY, REPORT_EN, REPORT_ID, tab } from './fixtures';
import { renderPopup } from './render';
import en from '@/public/_locales/en/messages.json';

afterEach(cleanup);

function reportOf(claims: Claim[], over: Partial<Report> = {}): Report {
  return { ...REPORT_EN, claims, summary: summarize(claims), ...over };
}

const named = (id: string, name: string, sentence: string): Claim => ({
  id,
  sentence,
  claim: sentence,
  cue: 'said',
  source: { text: name, kind: 'named_person', name, role: null, outlet: null },
  flags: [],
  strength: 'moderate',
  reasons: ['named_no_role'],
  block: Number(id.slice(1)),
  offset: 0,
});

describe('the verdict', () => {
  it('lists only the weaknesses the article has', () => {
    renderPopup(tab('ready', { report: REPORT_EN }));
    const line = screen.getByTestId('summary').textContent ?? '';
    expect(line).toContain('unnamed sources');
    expect(line).not.toContain('state media');
    expect(line).not.toContain('no source at all');
  });

  it('pluralises the warning counts in English and Indonesian', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({
      ...REPORT_EN.claims[0]!,
      id: `c${i + 1}`,
      block: i,
    }));
    renderPopup(tab('ready', { report: reportOf(many) }));
    expect(screen.getByRole('list', { name: en.summary_flags_label.message }).textContent).toBe(
      '7 claims from unnamed sources',
    );
    cleanup();
    renderPopup(tab('ready', { report: reportOf(many.slice(0, 1)) }));
    expect(screen.getByRole('list', { name: en.summary_flags_label.message }).textContent).toBe(
      '1 claim from an unnamed source',
    );
    cleanup();
    renderPopup(tab('ready', { report: reportOf(many.slice(0, 1)) }), {}, 'id');
    expect(screen.getByTestId('summary').textContent).toBe(
      '1 dari 1 klaim bersumber lemah: sumber tanpa nama.',
    );
    expect(screen.getByText('1 klaim dari sumber tanpa nama')).toBeTruthy();
  });

  it('one voice repeated: the summary counts independent sources and says why the score is low', () => {
    const claims = Array.from({ length: 6 }, (_, i) =>
      named(`c${i + 1}`, 'Rina Wulandari', `Rina Wulandari said thing ${i}.`),
    );
    renderPopup(tab('ready', { report: reportOf(claims) }));
    expect(screen.getByTestId('summary').textContent).toBe('All 6 claims name their source.');
    expect(screen.getByTestId('summary-sources').textContent).toBe('1 independent source');
    expect(screen.getByTestId('score').getAttribute('aria-label')).not.toContain(
      en.score_band_good.message,
    );
    expect(screen.getByTestId('summary-note').textContent).toBe(
      en.summary_note_few_sources.message,
    );
  });

  it('a well-sourced article has no excuse line', () => {
    const claims = ['Ana Lee', 'Ben Ode', 'Cy Tan'].map((n, i) => ({
      ...named(`c${i + 1}`, n, `${n} said so.`),
      strength: 'strong' as const,
      reasons: ['named_with_role' as const],
    }));
    renderPopup(tab('ready', { report: reportOf(claims) }));
    expect(screen.getByTestId('summary-sources').textContent).toBe('3 independent sources');
    expect(screen.queryByTestId('summary-note')).toBeNull();
  });
});

describe('claim cards say each fact once', () => {
  it('a state-media claim: one chip for the kind, no second chip for the same flag', () => {
    renderPopup(tab('ready', { report: REPORT_ID }));
    const card = screen.getAllByTestId('claim').find((c) => c.dataset.claimId === 'c2')!;
    expect(card.querySelector('.claim__flags')).toBeNull();
    expect(card.textContent?.split(en.kind_state_media.message)).toHaveLength(2);
    // The unnamed official's flag is the same fact as its kind too.
    const unnamed = screen.getAllByTestId('claim').find((c) => c.dataset.claimId === 'c3')!;
    expect(unnamed.querySelector('.claim__flags')).toBeNull();
  });

  it('name and role once each', () => {
    renderPopup(tab('ready', { report: REPORT_ID }));
    const card = screen.getAllByTestId('claim').find((c) => c.dataset.claimId === 'c1')!;
    expect(within(card).getByTestId('claim-source').textContent).toBe(
      'Menteri Luar Negeri Budi Santoso',
    );
    const jane = reportOf([REPORT_EN.claims[1]!]);
    cleanup();
    renderPopup(tab('ready', { report: jane }));
    expect(screen.getByTestId('claim-source').textContent).toBe(
      'Jane Doe · a spokeswoman for the ministry',
    );
  });

  it('an Indonesian "-nya" shows the person it points to, with "-nya" as the cue', () => {
    const nya: Claim = {
      ...named('c1', 'Budi Santoso', 'Kerja sama itu akan diperluas, ujarnya.'),
      cue: 'ujarnya',
      source: {
        text: '-nya',
        kind: 'named_person',
        name: 'Budi Santoso',
        role: 'Menteri Luar Negeri',
        outlet: null,
        resolvesTo: 'Budi Santoso',
      },
      reasons: ['named_with_role', 'pronoun_resolved'],
    };
    renderPopup(tab('ready', { report: reportOf([nya], { lang: 'id' }) }), {}, 'id');
    const source = screen.getByTestId('claim-source');
    expect(source.querySelector('strong')?.textContent).toBe('Budi Santoso');
    expect(source.textContent).toContain('Menteri Luar Negeri');
    expect(screen.getByTestId('claim-refers').textContent).toBe('“-nya” merujuk pada Budi Santoso');
  });

  it('an unnamed spokesman is not called "officials"', () => {
    expect(en.reason_unnamed_official.message).not.toMatch(/officials who/);
    expect(en.reason_unnamed_official.message).toMatch(/spokesperson/);
  });

  it('a direction override in a source is shown, and names are isolated', () => {
    const sneaky = named('c1', 'Reu\u202eters', 'Reu\u202eters said the vote was fair.');
    renderPopup(tab('ready', { report: reportOf([sneaky]) }));
    const source = screen.getByTestId('claim-source');
    expect(source.textContent).toBe('Reu⟪U+202E⟫ters');
    expect(source.textContent).not.toContain('\u202e');
    expect(source.querySelector('bdi')).toBeTruthy();
    expect(screen.getByTestId('claim').querySelector('blockquote')?.textContent).not.toContain(
      '\u202e',
    );
    expect(screen.getByTestId('bidi-warning').textContent).toContain('⟪');
  });
});

describe('empty and declined pages', () => {
  it('no claims: said once, nothing to export', () => {
    renderPopup(tab('ready', { report: REPORT_EMPTY }));
    const text = screen.getByTestId('state-ready').textContent ?? '';
    expect(text.match(/No attributed claims (were )?found/gi)).toHaveLength(1);
    expect(screen.queryByTestId('export-md')).toBeNull();
    expect(screen.queryByTestId('copy-json')).toBeNull();
  });

  it('a declined page says why in words, not codes', () => {
    renderPopup(
      tab('skipped', {
        gate: { article: false, signals: ['og:website', 'p:12', 'gate:other-type'] },
      }),
    );
    const why = screen.getByTestId('skipped-why');
    expect(why.textContent).not.toMatch(/og:|p:12|gate:/);
    expect(
      within(why)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'The page describes itself as “website”.',
      'It has 12 paragraphs of running text.',
      en.signal_gate_other.message,
    ]);
  });
});

describe('order and numbers', () => {
  it('switches between flagged first and the article order; numbers stay the article positions', () => {
    renderPopup(tab('ready', { report: REPORT_ID }));
    const ids = () => screen.getAllByTestId('claim').map((c) => c.dataset.claimId);
    const numbers = () =>
      screen.getAllByTestId('claim').map((c) => c.querySelector('.claim__num')?.textContent);
    expect(ids()).toEqual(['c2', 'c3', 'c5', 'c1', 'c4', 'c6']);
    expect(numbers()).toEqual(['2', '3', '5', '1', '4', '6']);
    expect(screen.getByTestId('order-flagged').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('order-article'));
    expect(ids()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(numbers()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(screen.getByTestId('order-article').getAttribute('aria-pressed')).toBe('true');
    const show = within(screen.getAllByTestId('claim')[4]!).getByTestId('show-claim');
    expect(show.getAttribute('aria-label')).toBe('Show in page: claim 5');
  });
});

describe('photo credits', () => {
  it('a state-outlet credit is listed with the state-media flag', () => {
    renderPopup(
      tab('ready', {
        report: {
          ...REPORT_ID,
          credits: [
            { text: 'Photo: Xinhua/Reuters', outlet: 'xinhua', stateMedia: true },
            { text: 'Photo: AP', outlet: 'ap', stateMedia: false },
          ],
        },
      }),
    );
    const items = screen.getAllByTestId('state-credit');
    expect(items.map((i) => i.textContent)).toEqual([
      `${en.flag_state_media.message}Photo: Xinhua/Reuters`,
    ]);
    expect(items[0]!.querySelector('.flag--state_media')).toBeTruthy();
  });
});
