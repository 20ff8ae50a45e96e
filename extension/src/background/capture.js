// @ts-check
import { capturePage } from '../content/capture.js';

/** Pages are capped before they leave the browser; the host enforces its own limit as well. */
export const MAX_HTML_CHARS = 1_000_000;

/**
 * @typedef {ReturnType<typeof capturePage>} RawCapture
 * @typedef {{ ok: true, capture: import('../shared/report.js').PageCapture, looksLikeArticle: boolean }
 *         | { ok: false, code: 'no-access' | 'capture-failed' | 'not-a-web-page', message: string }} CaptureResult
 */

/**
 * Whether a URL is something the extension may send to the host at all (http/https web pages only).
 * @param {string | undefined} url
 */
export function isWebPage(url) {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Checks what came back from the page: it ran in the page, so it is as untrusted as the page.
 * @param {unknown} raw
 * @returns {RawCapture | null}
 */
export function validateCapture(raw) {
  if (!raw || typeof raw !== 'object') return null;
  const r = /** @type {Record<string, unknown>} */ (raw);
  if (typeof r.url !== 'string' || !isWebPage(r.url) || typeof r.html !== 'string') return null;
  return {
    url: r.url.slice(0, 4096),
    canonicalUrl: typeof r.canonicalUrl === 'string' && isWebPage(r.canonicalUrl) ? r.canonicalUrl.slice(0, 4096) : null,
    html: r.html.slice(0, MAX_HTML_CHARS),
    title: typeof r.title === 'string' ? r.title.slice(0, 1000) : null,
    capturedAt: typeof r.capturedAt === 'string' && !Number.isNaN(Date.parse(r.capturedAt)) ? r.capturedAt : new Date().toISOString(),
    truncated: r.truncated === true,
    looksLikeArticle: r.looksLikeArticle === true,
  };
}

/**
 * Captures the page in a tab. Works when the extension has access to the tab: activeTab after a user gesture
 * (toolbar, context menu, shortcut) or a host permission the user granted for a known outlet.
 * @param {number} tabId
 * @returns {Promise<CaptureResult>}
 */
export async function captureTab(tabId) {
  let results;
  try {
    results = await chrome.scripting.executeScript({ target: { tabId }, func: capturePage, args: [MAX_HTML_CHARS] });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const noAccess = /permission|Cannot access|cannot be scripted|Missing host/i.test(message);
    return noAccess
      ? { ok: false, code: 'no-access', message: 'Click the BiasCompanion toolbar button (or press Alt+Shift+B) on the article to look it up.' }
      : { ok: false, code: 'capture-failed', message };
  }
  const raw = validateCapture(results?.[0]?.result);
  if (!raw) return { ok: false, code: 'not-a-web-page', message: 'This is not a web page the extension can read.' };
  const { truncated: _t, looksLikeArticle, ...capture } = raw;
  return { ok: true, capture, looksLikeArticle };
}
