// @ts-check
import { BIAS_COLORS, biasKey } from '../shared/bias-style.js';

/**
 * What the toolbar badge shows for a tab: the number of outlets covering the story, coloured by the bias of the
 * outlet the reader is on; nothing on pages that are not news articles.
 * @param {import('../shared/report.js').CoverageReport | null | undefined} report
 * @returns {{ text: string, color: string }}
 */
export function badgeFor(report) {
  if (!report || !report.isArticle || report.storyId == null) return { text: '', color: BIAS_COLORS.unrated };
  const outlets = Math.max(report.outletCount, 0);
  const text = outlets > 999 ? '999+' : String(outlets);
  return { text, color: BIAS_COLORS[biasKey(report.pageOutlet?.bias)] };
}

/**
 * @param {number} tabId
 * @param {import('../shared/report.js').CoverageReport | null | undefined} report
 */
export async function showBadge(tabId, report) {
  const { text, color } = badgeFor(report);
  try {
    await chrome.action.setBadgeText({ tabId, text });
    if (text) {
      await chrome.action.setBadgeBackgroundColor({ tabId, color });
      if (chrome.action.setBadgeTextColor) await chrome.action.setBadgeTextColor({ tabId, color: '#ffffff' });
    }
  } catch {
    // The tab was closed meanwhile.
  }
}
