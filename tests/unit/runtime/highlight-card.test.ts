// @vitest-environment happy-dom
/** The in-page claim card: what it says about a claim and where it goes. */
import { describe, expect, it } from 'vitest';
import { cardContent, cardPlace } from '@/utils/highlight-card';
import { claim } from './fixtures';

const t = (key: string) => `[${key}]`;

describe('claim card content', () => {
  it('numbers the claim, names its kind and strength, lists flags and reasons', () => {
    const c = claim('c1', 'state_media', ['state_media', 'unnamed_source']);
    const box = document.createElement('div');
    box.append(...cardContent(document, c, 3, t));
    const text = box.textContent ?? '';
    expect(text).toContain('[page_mark_label]'.replace('$1', '3'));
    expect(text).toContain('[kind_state_media]');
    expect(text).toContain('[strength_weak]');
    // The flag that only repeats the kind is not shown twice; the other flag is.
    expect(text).not.toContain('[flag_state_media]');
    expect(text).toContain('[flag_unnamed_source]');
    expect(box.querySelectorAll('li')).toHaveLength(1);
  });

  it('leaves the number out for a claim that is not in the list, and never parses markup', () => {
    const c = claim('c2', 'named_person', []);
    c.source.text = '<img src=x onerror=alert(1)>';
    const box = document.createElement('div');
    box.append(...cardContent(document, c, 0, t));
    expect(box.textContent).not.toContain('[page_mark_label]');
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('claim card place', () => {
  const win = { innerWidth: 1000, innerHeight: 800 };

  it('goes below the point when there is room', () => {
    expect(cardPlace(win, 100, 200)).toEqual({ left: 100, top: 216 });
  });

  it('goes above the point near the bottom and stays inside the window', () => {
    expect(cardPlace(win, 990, 780)).toEqual({ left: 672, top: 630 });
    expect(cardPlace(win, -50, -50).left).toBe(8);
    expect(cardPlace(win, -50, -50).top).toBe(8);
  });
});
