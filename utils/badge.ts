/**
 * The toolbar badge: how many claims on this tab carry a flag the user counts
 * (settings.badgeFlags), coloured by how much of the article rests on them.
 * Per tab, empty on pages that are not articles, cleared when the tab navigates.
 */
import type { Flag, Report } from '@/core/report';

export type Severity = 'none' | 'some' | 'most';

/** Colours with white text at >= 4.5:1 contrast; the number itself carries the meaning. */
export const BADGE_COLORS: Record<Severity, string> = {
  none: '#166534', // green: claims found, none flagged
  some: '#92400e', // amber: some flagged
  most: '#b91c1c', // red: half or more of the claims flagged
};
export const BADGE_TEXT_COLOR = '#ffffff';

export interface BadgeLook {
  /** '' hides the badge. */
  text: string;
  color: string;
  severity: Severity | null;
  flagged: number;
  claims: number;
}

export const EMPTY_BADGE: BadgeLook = { text: '', color: BADGE_COLORS.none, severity: null, flagged: 0, claims: 0 };

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
 * What the badge shows for a report. Nothing for non-articles and for articles without
 * a single attributed claim (there is nothing to say); otherwise the flagged count, "0" included,
 * so the reader sees the page was checked.
 */
export function badgeFor(report: Report | null | undefined, badgeFlags: readonly Flag[]): BadgeLook {
  if (!report || !report.isArticle || report.claims.length === 0) return EMPTY_BADGE;
  const flagged = countFlagged(report, badgeFlags);
  const severity = severityOf(flagged, report.claims.length);
  // The badge has room for about four characters.
  const text = flagged > 999 ? '999+' : String(flagged);
  return { text, color: BADGE_COLORS[severity], severity, flagged, claims: report.claims.length };
}

/** The slice of `browser.action` (MV3) / `browser.browserAction` (Firefox MV2) the badge uses. */
export interface BadgeApi {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void> | void;
  setBadgeTextColor?(details: { color: string; tabId?: number }): Promise<void> | void;
}

export async function applyBadge(api: BadgeApi, tabId: number, look: BadgeLook): Promise<void> {
  try {
    await api.setBadgeText({ tabId, text: look.text });
    if (!look.text) return;
    await api.setBadgeBackgroundColor({ tabId, color: look.color });
    // Missing in older Firefox; the default text colour is readable on these backgrounds.
    await api.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR });
  } catch (error) {
    // The tab closed between the analysis and the badge: nothing to show it on.
    if (!isNoTabError(error)) throw error;
  }
}

export function clearBadge(api: BadgeApi, tabId: number): Promise<void> {
  return applyBadge(api, tabId, EMPTY_BADGE);
}

function isNoTabError(error: unknown): boolean {
  return error instanceof Error && /no tab with id/i.test(error.message);
}
