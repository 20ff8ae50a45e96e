// @ts-check
/**
 * Runs in the page (injected with chrome.scripting.executeScript, only after the user clicked the toolbar
 * button / menu / shortcut, or on a known outlet's page the user granted access to). It reads, never changes,
 * the page and returns what the host needs. Must stay self-contained: executeScript serialises the function.
 *
 * @param {number} maxHtmlChars cap on the HTML sent (the host caps it too)
 * @returns {{ url: string, canonicalUrl: string | null, html: string, title: string | null, capturedAt: string,
 *             truncated: boolean, looksLikeArticle: boolean }}
 */
export function capturePage(maxHtmlChars) {
  const doc = document;
  /** @param {string} selector @param {string} attribute */
  const attr = (selector, attribute) => {
    const el = doc.querySelector(selector);
    const value = el ? el.getAttribute(attribute) : null;
    return value && value.trim() ? value.trim() : null;
  };
  /** @param {string | null} href */
  const absolute = (href) => {
    if (!href) return null;
    try {
      const u = new URL(href, doc.baseURI);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch {
      return null;
    }
  };
  const canonicalUrl = absolute(attr('link[rel~="canonical" i]', 'href')) ?? absolute(attr('meta[property="og:url"]', 'content'));
  const ogType = (attr('meta[property="og:type"]', 'content') ?? '').toLowerCase();
  const jsonLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
    .map((s) => (s.textContent ?? '').slice(0, 200000)).join(' ');
  const looksLikeArticle = ogType === 'article'
    || /"@type"\s*:\s*\[?\s*"(News|Reportage|Analysis|Opinion|Report|Blog)?(Article|Posting)"/.test(jsonLd)
    || !!doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"]')
    || (!!doc.querySelector('article') && !!doc.querySelector('h1') && !!doc.querySelector('time[datetime]'));
  const full = doc.documentElement ? doc.documentElement.outerHTML : '';
  const truncated = full.length > maxHtmlChars;
  return {
    url: location.href,
    canonicalUrl,
    html: truncated ? full.slice(0, maxHtmlChars) : full,
    title: doc.title ? doc.title.slice(0, 1000) : null,
    capturedAt: new Date().toISOString(),
    truncated,
    looksLikeArticle,
  };
}
