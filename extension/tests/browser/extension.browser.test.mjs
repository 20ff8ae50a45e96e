// @ts-check
// The unpacked extension in real Chromium against the real host (no mock anywhere): a page is looked up, the
// panel shows the story, updates arrive live, the host restarts, and web pages are kept out. A suite that
// cannot start the host or the browser fails; it never skips.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { HostProcess, launchBrowser, optionsUrl, panelUrl, startFixtureSite, waitFor } from './harness.mjs';
import { FLOOD_AFTER_RESTART, FLOOD_LATE_ARTICLE, FLOOD_REPOST, FLOOD_STORY, GLACIER_STORY } from './fixture-articles.mjs';
import { sideOf } from '../../src/shared/report.js';

/** @typedef {import('playwright-core').Page} Page */

describe('extension + real host + Chromium', { timeout: 300_000 }, () => {
  const now = new Date();
  /** @type {HostProcess} */ let host;
  /** @type {Awaited<ReturnType<typeof startFixtureSite>>} */ let site;
  /** @type {Awaited<ReturnType<typeof launchBrowser>>} */ let browser;
  /** @type {Page} */ let articlePage;
  /** @type {Page} */ let panel;
  /** @type {number} */ let storyId;

  /** @type {Promise<void> | null} */ let base = null;
  /** @type {Promise<void> | null} */ let corpus = null;
  // Shared set-up as promises awaited by each test (not a before hook): when the host or the browser cannot start,
  // every test fails with the reason instead of being cancelled.
  const ready = () => (base ??= (async () => {
    host = await HostProcess.create();
    site = await startFixtureSite(now);
    for (const a of [...FLOOD_STORY, FLOOD_REPOST, FLOOD_LATE_ARTICLE, FLOOD_AFTER_RESTART, ...GLACIER_STORY]) site.add(a);
    browser = await launchBrowser({ sitePort: site.port });
    articlePage = await browser.context.newPage();
    await articlePage.goto(site.add(FLOOD_STORY[0]));
  })());
  // The corpus: the other outlets' coverage of the story the reader opens.
  const withCorpus = () => (corpus ??= (async () => {
    await ready();
    for (const a of [...FLOOD_STORY.slice(1), FLOOD_REPOST]) await host.importArticle(a, now);
  })());

  after(async () => {
    await browser?.close().catch(() => {});
    await site?.close().catch(() => {});
    await host?.dispose().catch(() => {});
  });

  /**
   * Rethrows a panel wait's timeout with what the panel, the extension and the host showed instead, so a failure on a
   * loaded CI machine can be told apart from a slow one.
   * @param {Page} view
   */
  const explainPanel = (view) => async (/** @type {Error} */ error) => {
    const current = await view.locator('.card.current .card-title').allTextContents().catch((e) => [`(unreadable: ${e})`]);
    const tabs = await browser.worker().evaluate(async () => {
      const saved = await chrome.storage.session.get(null);
      return Object.entries(saved).map(([k, v]) => {
        const tab = /** @type {{ status?: string, url?: string, error?: unknown, report?: { storyId?: number } }} */ (v);
        return `${k}: ${JSON.stringify(v && typeof v === 'object' ? { status: tab.status, url: tab.url, error: tab.error, story: tab.report?.storyId } : v)}`;
      });
    }).catch((e) => [`(worker unreadable: ${e})`]);
    throw new Error(`${error.message}\n--- current card: ${current.join(' | ')}\n--- the extension's tab views:\n${tabs.join('\n')}\n--- host log (tail):\n${host.log.slice(-2000)}`);
  };

  /** @param {Page} page */
  const articleCount = async (page) => Number(await page.textContent('[data-testid="article-count"]'));

  test('options page saves the host address and reaches the host without pairing', async () => {
    await ready();
    const page = await browser.context.newPage();
    await page.goto(optionsUrl);
    await page.fill('#hostAddress', host.url);
    await page.click('button[type="submit"]');
    await waitFor(async () => /Connected|not running|does not accept|Still trying/.test((await page.textContent('#status')) ?? ''), { what: 'the connection check' });
    assert.match((await page.textContent('#status')) ?? '', /^Connected to the host at http:\/\/127\.0\.0\.1:\d+ \(\d+ articles stored\)\.$|^Connected to the host at http:\/\/127\.0\.0\.1:\d+\.$/);
    await page.close();
  });

  test('opening an article and clicking the toolbar button: the panel shows the story with correct tabs, counts and cards, and the badge is set', async () => {
    await withCorpus();
    await browser.clickToolbarButton(articlePage);
    panel = await browser.context.newPage();
    await panel.goto(panelUrl());
    await panel.waitForSelector('#headline', { timeout: 30000 });
    storyId = Number(await panel.getAttribute('[data-story-id]', 'data-story-id'));
    const report = /** @type {import('../../src/shared/report.js').CoverageReport} */ (await host.api(`/api/stories/${storyId}`));

    assert.equal(await articleCount(panel), report.articleCount);
    assert.ok(report.articleCount >= FLOOD_STORY.length, `all ${FLOOD_STORY.length} flood articles are in one story (got ${report.articleCount})`);
    const bySide = { all: report.articles.length, left: 0, center: 0, right: 0 };
    for (const a of report.articles) {
      const side = sideOf(a.outlet.bias);
      if (side) bySide[side]++;
    }
    for (const [tab, expected] of Object.entries(bySide)) {
      assert.equal(Number(await panel.textContent(`[data-testid="count-${tab}"]`)), expected, `${tab} tab count`);
    }
    assert.equal(await panel.getAttribute('#tab-all', 'aria-selected'), 'true');
    assert.equal(await panel.locator('[role="tab"]').count(), 4);
    const titles = await panel.locator('.card .card-title').allTextContents();
    assert.equal(titles.length, report.articles.length);
    for (const a of FLOOD_STORY) assert.ok(titles.some((t) => t.includes(a.title)), `a card for "${a.title}"`);
    assert.equal(await panel.locator('.card.current').count(), 1, 'the article the reader is on is marked');
    assert.match((await panel.textContent('.lean-sentence')) ?? '', /^\d+% of the sources (lean Left|lean Right|are Center)$|no bias rating/);

    const badge = await browser.worker().evaluate(async () => {
      const { lastLookedUpTab } = await chrome.storage.session.get('lastLookedUpTab');
      return chrome.action.getBadgeText({ tabId: /** @type {number} */ (lastLookedUpTab) });
    });
    assert.equal(badge, String(report.outletCount));
  });

  test('an article imported into the story appears live, keeping the selected tab and the scroll position', async () => {
    await withCorpus();
    assert.ok(panel, 'the previous test opened the panel');
    const before = await articleCount(panel);
    await panel.click('#tab-center');
    await panel.evaluate(() => window.scrollTo(0, 150));
    const scrollBefore = await panel.evaluate(() => window.scrollY);
    const imported = await host.importArticle(FLOOD_LATE_ARTICLE, now);
    assert.equal(imported.storyId, storyId, 'the late article joins the same story');
    await waitFor(async () => (await articleCount(panel)) === before + 1, { what: 'the live update in the panel' });
    assert.equal(await panel.getAttribute('#tab-center', 'aria-selected'), 'true', 'the selected tab is kept');
    assert.equal(await panel.evaluate(() => window.scrollY), scrollBefore, 'the scroll position is kept');
    await panel.click('#tab-all');
    const titles = await panel.locator('.card .card-title').allTextContents();
    assert.ok(titles.some((t) => t.includes(FLOOD_LATE_ARTICLE.title)));
  });

  test('host stopped and restarted: the panel says so, the extension reconnects, re-subscribes and recovers', async () => {
    await withCorpus();
    assert.ok(panel, 'the panel is open');
    await host.stop();
    await panel.waitForSelector('[data-state="reconnecting"], [data-state="host-not-running"]', { timeout: 20000 });
    await host.start();
    await waitFor(async () => (await panel.locator('[data-state]').count()) === 0, { timeoutMs: 30000, what: 'the panel to show the host connected again' });
    const before = await articleCount(panel);
    const imported = await host.importArticle(FLOOD_AFTER_RESTART, now);
    assert.equal(imported.storyId, storyId);
    await waitFor(async () => (await articleCount(panel)) === before + 1, { what: 'a live update after the restart (the story was watched again)' });
  });

  test('key points: a second outlet\'s article of the story shows cited points with side chips; flagging the first demotes it, here and in the host', async () => {
    await withCorpus();
    // The reader opens a second outlet's article of the same story (the first was opened above).
    const second = await browser.context.newPage();
    await second.goto(site.add(FLOOD_STORY[1]));
    await browser.clickToolbarButton(second);
    const view = await browser.context.newPage();
    await waitFor(async () => {
      await view.goto(panelUrl());
      const current = view.locator('.card.current .card-title');
      return (await current.count()) > 0 && ((await current.textContent()) ?? '').includes(FLOOD_STORY[1].title)
        && (await view.locator('.key-point').count()) >= 2;
    }, { what: 'the panel with the key points of the second article', timeoutMs: 60000, intervalMs: 500 }).catch(explainPanel(view));
    const id = Number(await view.getAttribute('[data-story-id]', 'data-story-id'));
    const report = /** @type {import('../../src/shared/report.js').CoverageReport} */ (await host.api(`/api/stories/${id}`));
    assert.ok(new Set(report.articles.map((a) => a.outlet.domain)).size >= 2, 'the story has at least two outlets');
    assert.ok(report.keyPoints.length >= 2, `the host has key points (got ${report.keyPoints.length})`);

    const texts = await view.locator('.key-point .point-text').allTextContents();
    assert.deepEqual(texts, report.keyPoints.map((k) => k.text), 'the panel shows the host\'s points in its order');
    const urls = new Set(report.articles.map((a) => a.url));
    for (const [i, point] of report.keyPoints.entries()) {
      const item = view.locator(`.key-point[data-point="${i}"]`);
      const chips = await item.locator('.side-chip').evaluateAll((els) => els.map((e) => e.getAttribute('data-side')));
      assert.deepEqual(chips, point.sides, `point ${i + 1} shows the sides that support it`);
      const hrefs = await item.locator('a.source').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      assert.ok(hrefs.length >= 1, `point ${i + 1} links its articles`);
      for (const href of hrefs) assert.ok(urls.has(href ?? ''), `${href} is an article of the story`);
      assert.equal(await item.locator('.only-side').count(), point.onlySide ? 1 : 0);
    }

    const first = texts[0];
    await view.click('.key-point[data-point="0"] [data-action="flag-point"]');
    await waitFor(async () => {
      const last = view.locator('.key-point').last();
      return (await last.getAttribute('data-flagged')) === 'true' && (await last.locator('.point-text').textContent()) === first;
    }, { what: 'the flagged point to move last, marked' });
    assert.match((await view.locator('.key-point').last().textContent()) ?? '', /You flagged this/);
    assert.notEqual(await view.locator('.key-point .point-text').first().textContent(), first);
    const after = /** @type {import('../../src/shared/report.js').CoverageReport} */ (await host.api(`/api/stories/${id}`));
    const stored = after.keyPoints[after.keyPoints.length - 1];
    assert.equal(stored.text, first, 'the host demoted the point');
    assert.equal(stored.flagged, true, 'the host stored the flag');
    await view.close();
    await second.close();
  });

  test('options: pausing the reading history pauses it in the host, resuming resumes it', async () => {
    await ready();
    const page = await browser.context.newPage();
    await page.goto(optionsUrl);
    await waitFor(async () => (await page.inputValue('#hostAddress')) !== '', { what: 'the saved settings' });
    if ((await page.inputValue('#hostAddress')) !== host.url) {
      await page.fill('#hostAddress', host.url);
      await page.click('button[type="submit"]');
    }
    await waitFor(async () => /reads? stored on this computer/.test((await page.textContent('#history-status')) ?? ''), { what: 'the history status line' });
    assert.match((await page.textContent('.history')) ?? '', /never leaves this computer/);
    await page.click('#history-pause');
    await waitFor(async () => /recording is paused/.test((await page.textContent('#history-status')) ?? ''), { what: 'the paused status' });
    assert.deepEqual((await host.api('/api/history')).paused, true, 'GET /api/history reports paused');
    await page.click('#history-resume');
    await waitFor(async () => /recording is on/.test((await page.textContent('#history-status')) ?? ''), { what: 'the resumed status' });
    assert.equal((await host.api('/api/history')).paused, false);
    await page.close();
  });

  test('options: export JSON downloads the host\'s history; delete all (confirmed) empties it', async () => {
    await ready();
    const page = await browser.context.newPage();
    await page.goto(optionsUrl);
    await waitFor(async () => /reads? stored on this computer/.test((await page.textContent('#history-status')) ?? ''), { what: 'the history status line' });
    const { reads } = await host.api('/api/history');
    assert.ok(reads > 0, 'the lookups above were recorded');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#history-export-json')]);
    assert.match(download.suggestedFilename(), /^biascompanion-history-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const exported = JSON.parse(await readFile(path, 'utf8'));
    assert.ok(Array.isArray(exported));
    assert.equal(exported.length, reads, 'the download holds every read');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('#history-delete-all');
    await waitFor(async () => /Deleted all history/.test((await page.textContent('#history-result')) ?? ''), { what: 'the deletion' });
    assert.equal((await host.api('/api/history')).reads, 0);
    await waitFor(async () => /^0 reads stored/.test((await page.textContent('#history-status')) ?? ''), { what: 'the status line to show no reads' });
    await page.close();
  });

  test('a web page cannot reach the host, while the extension can', async () => {
    await ready();
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(panelUrl());
    const wsUrl = `${host.url.replace('http:', 'ws:')}/hubs/coverage`;
    /** @param {string} url */
    const tryWebSocket = (url) => new Promise((resolve) => {
      const socket = new WebSocket(url);
      const timer = setTimeout(() => resolve('timeout'), 5000);
      socket.onopen = () => { clearTimeout(timer); socket.close(); resolve('opened'); };
      socket.onerror = () => { clearTimeout(timer); resolve('refused'); };
    });
    assert.equal(await articlePage.evaluate(tryWebSocket, wsUrl), 'refused', 'a news site cannot open the hub (WebSockets have no CORS)');
    const fetched = await articlePage.evaluate(async (url) => {
      try {
        const r = await fetch(`${url}/api/health`);
        return `status ${r.status}`;
      } catch {
        return 'blocked';
      }
    }, host.url);
    assert.equal(fetched, 'blocked');
    const refused = await fetch(`${host.url}/api/health`, { headers: { Origin: 'http://www.reuters.com' } });
    assert.equal(refused.status, 403, 'the host itself refuses a web origin');
    assert.equal(await extensionPage.evaluate(tryWebSocket, wsUrl), 'opened', 'the extension origin is let in');
    await extensionPage.close();
  });
  test('a page that is not a news article: no badge, and the panel shows only the site\'s outlet', async () => {
    await ready();
    const front = await browser.context.newPage();
    const links = FLOOD_STORY.map((a) => `<li><a href="${a.path}">${a.title}</a></li>`).join('');
    await front.goto(site.addRaw('www.reuters.com', '/world/', `<!doctype html><html lang="en"><head><title>World News - Reuters</title></head><body><h1>News</h1><ul>${links}</ul></body></html>`));
    await browser.clickToolbarButton(front);
    const view = await browser.context.newPage();
    await waitFor(async () => {
      await view.goto(panelUrl());
      return (await view.locator('[data-view="not-article"]').count()) > 0;
    }, { what: 'the not-an-article view', intervalMs: 500 }).catch(explainPanel(view));
    assert.match((await view.textContent('[data-view="not-article"]')) ?? '', /does not look like a news article/);
    assert.equal(await view.locator('[role="tablist"]').count(), 0);
    const badge = await browser.worker().evaluate(async () => {
      const { lastLookedUpTab } = await chrome.storage.session.get('lastLookedUpTab');
      return chrome.action.getBadgeText({ tabId: /** @type {number} */ (lastLookedUpTab) });
    });
    assert.equal(badge, '');
    await view.close();
    await front.close();
  });

  test('the host\'s own page: pairing with the code, then a latest story opens to every outlet\'s article with its lean', async () => {
    await withCorpus();
    const dashboard = await browser.context.newPage();
    await dashboard.goto(host.url);
    await dashboard.waitForSelector('#pair:not([hidden])');
    await dashboard.fill('#code', host.token);
    await Promise.all([dashboard.waitForNavigation(), dashboard.click('#pair button[type="submit"]')]);
    await dashboard.waitForSelector('#dashboard:not([hidden])');
    const story = dashboard.locator('#stories details', { hasText: 'Portvale' }).first();
    await story.waitFor();
    const id = Number(await story.getAttribute('data-story-id'));
    const report = /** @type {import('../../src/shared/report.js').CoverageReport} */ (await host.api(`/api/stories/${id}`));
    assert.equal(await story.locator('.articles').isVisible(), false, 'closed until the reader opens it');
    await story.locator('summary').click();
    const rows = story.locator('.articles li');
    assert.equal(await rows.count(), report.articles.length);
    for (const a of report.articles) {
      const row = rows.filter({ hasText: a.outlet.name }).first();
      assert.match((await row.textContent()) ?? '', new RegExp(a.outlet.bias ?? 'unrated'));
      assert.equal(await row.locator('a').getAttribute('href'), a.url, 'the outlet\'s own article, not the raw API');
      assert.equal(await row.getAttribute('data-side'), sideOf(a.outlet.bias) ?? 'unrated');
    }
    await dashboard.close();
  });
});
