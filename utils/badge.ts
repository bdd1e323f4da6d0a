/**
 * The toolbar badge: how many claims on this tab carry a flag the user counts
 * (settings.badgeFlags), coloured by how much of the article rests on them, with a tooltip
 * that says what the number counts. A checked article with no such claim shows a check mark,
 * not a "0"; pages that are not articles show nothing. Per tab: the browser resets it when
 * the tab loads another document and keeps it through same-document navigation.
 */
import type { Flag, Report } from '@/core/report';
import { createT, type Translator } from '@/utils/i18n';

export type Severity = 'none' | 'some' | 'most';

/** Colours with white text at >= 4.5:1 contrast; the number itself carries the meaning. */
export const BADGE_COLORS: Record<Severity, string> = {
  none: '#166534', // green: claims found, none flagged
  some: '#92400e', // amber: some flagged
  most: '#b91c1c', // red: half or more of the claims flagged
};
export const BADGE_TEXT_COLOR = '#ffffff';
/** The "checked, nothing weak" state: distinct from a count, and never a misleading "0". */
export const CHECKED_MARK = '\u2713';

export interface BadgeLook {
  /** '' hides the badge. */
  text: string;
  color: string;
  severity: Severity | null;
  flagged: number;
  claims: number;
  /** The tooltip: what the number counts, in the user's language. */
  title: string;
}

const ENGLISH = createT('en');

export const EMPTY_BADGE: BadgeLook = {
  text: '',
  color: BADGE_COLORS.none,
  severity: null,
  flagged: 0,
  claims: 0,
  title: ENGLISH('badge_title_none'),
};

/** The empty badge, its tooltip in `t`'s language. */
export function emptyBadge(t: Translator = ENGLISH): BadgeLook {
  return { ...EMPTY_BADGE, title: t('badge_title_none') };
}

/** Claims carrying at least one of the flags the user counts. */
export function countFlagged(report: Pick<Report, 'claims'>, badgeFlags: readonly Flag[]): number {
  const counted = new Set(badgeFlags);
  let n = 0;
  for (const claim of report.claims) if (claim.flags.some((f) => counted.has(f))) n++;
  return n;
}

export function severityOf(flagged: number, claims: number): Severity {
  if (flagged <= 0 || claims <= 0) return 'none';
  return flagged * 2 >= claims ? 'most' : 'some';
}

/**
 * What the badge shows for a report. Nothing for non-articles (unless the reader asked for
 * the analysis); an article without a single
 * attributed claim gets no badge but a tooltip saying it was checked; otherwise the flagged
 * count, or a check mark when none is flagged (a "0" read as "zero sources" to readers).
 */
export function badgeFor(
  report: Report | null | undefined,
  badgeFlags: readonly Flag[],
  t: Translator = ENGLISH,
): BadgeLook {
  if (!report || !(report.isArticle || report.requested)) return emptyBadge(t);
  const claims = report.claims.length;
  if (claims === 0) return { ...emptyBadge(t), title: t('badge_title_no_claims') };
  const flagged = countFlagged(report, badgeFlags);
  const severity = severityOf(flagged, claims);
  if (flagged === 0) {
    return {
      text: CHECKED_MARK,
      color: BADGE_COLORS.none,
      severity,
      flagged,
      claims,
      title: t.plural('badge_title_checked', claims),
    };
  }
  // The badge has room for about four characters.
  const text = flagged > 999 ? '999+' : String(flagged);
  const title = t.plural('badge_title_flagged', flagged, [claims]);
  return { text, color: BADGE_COLORS[severity], severity, flagged, claims, title };
}

/** The slice of `browser.action` (MV3) / `browser.browserAction` (Firefox MV2) the badge uses. */
export interface BadgeApi {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void> | void;
  setBadgeTextColor?(details: { color: string; tabId?: number }): Promise<void> | void;
  setTitle?(details: { title: string; tabId?: number }): Promise<void> | void;
}

export async function applyBadge(api: BadgeApi, tabId: number, look: BadgeLook): Promise<void> {
  try {
    await api.setBadgeText({ tabId, text: look.text });
    await api.setTitle?.({ tabId, title: look.title });
    if (!look.text) return;
    await api.setBadgeBackgroundColor({ tabId, color: look.color });
    // Missing in older Firefox; the default text colour is readable on these backgrounds.
    await api.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR });
  } catch (error) {
    // The tab closed between the analysis and the badge: nothing to show it on.
    if (!isNoTabError(error)) throw error;
  }
}

export function clearBadge(api: BadgeApi, tabId: number, t: Translator = ENGLISH): Promise<void> {
  return applyBadge(api, tabId, emptyBadge(t));
}

function isNoTabError(error: unknown): boolean {
  return error instanceof Error && /no tab with id/i.test(error.message);
}
