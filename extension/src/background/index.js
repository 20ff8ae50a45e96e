// @ts-check
import { HostConnection } from './connection.js';
import { captureTab, isWebPage } from './capture.js';
import { showBadge } from './badge.js';
import { createMenus, listenForGestures } from './menus.js';
import { createMessageRouter } from './messages.js';
import { OutletDomains, isKnownOutletHost } from './outlet-domains.js';
import { openPanel } from './panel.js';
import { TabStore } from './tab-store.js';
import { loadSettings } from '../shared/settings.js';

/**
 * @typedef {import('../shared/messages.js').TabView} TabView
 * @typedef {import('../shared/messages.js').BackgroundEvent} BackgroundEvent
 * @typedef {import('../shared/report.js').PageCapture} PageCapture
 */

const store = new TabStore();
const outletDomains = new OutletDomains(loadSettings);
/** Captures taken while the host was unreachable; analysed as soon as it is back. @type {Map<number, PageCapture>} */
const pending = new Map();
/** @type {number | null} */
let lastLookedUpTab = null;

const connection = new HostConnection({
  loadSettings,
  onState: (state) => broadcast({ type: 'connection-state', connection: state }),
  onCoverageUpdated: (report) => store.applyPushedReport(report).forEach(publish),
  onDiscoveryProgress: (storyId, found, done) => store.applyDiscoveryProgress(storyId, found, done).forEach(publish),
  onConnected: () => {
    for (const [tabId, capture] of pending) {
      pending.delete(tabId);
      void analyze(tabId, capture);
    }
  },
});

/** The service worker may be stopped at any time: tab views live in session storage and come back on start. */
const restored = (async () => {
  const saved = await chrome.storage.session.get(null);
  for (const [key, value] of Object.entries(saved)) {
    if (key.startsWith('tab:') && value && typeof value === 'object') {
      const view = /** @type {TabView} */ (value);
      store.update(view.tabId, view);
      if (view.report?.storyId != null) connection.watched.add(view.report.storyId);
    }
  }
  const last = saved.lastLookedUpTab;
  if (typeof last === 'number') lastLookedUpTab = last;
})();

/** @param {BackgroundEvent} event */
function broadcast(event) {
  chrome.runtime.sendMessage(event).catch(() => { /* no page is listening */ });
}

/** @param {TabView} view */
function publish(view) {
  void chrome.storage.session.set({ [`tab:${view.tabId}`]: view }).catch(() => {});
  void showBadge(view.tabId, view.report);
  broadcast({ type: 'tab-state', view });
}

/**
 * @param {number} tabId
 * @param {{ automatic: boolean }} how
 */
async function lookUp(tabId, how) {
  await restored;
  if (!how.automatic) publish(store.update(tabId, { status: 'capturing', error: null }));
  const result = await captureTab(tabId);
  if (!result.ok) {
    if (!how.automatic) publish(store.update(tabId, { status: 'error', error: { code: result.code, message: result.message } }));
    return;
  }
  if (how.automatic && !result.looksLikeArticle) return;
  lastLookedUpTab = tabId;
  void chrome.storage.session.set({ lastLookedUpTab: tabId }).catch(() => {});
  await analyze(tabId, result.capture);
}

/**
 * @param {number} tabId
 * @param {PageCapture} capture
 */
async function analyze(tabId, capture) {
  if (!connection.connected) {
    pending.set(tabId, capture);
    publish(store.update(tabId, { status: 'waiting-for-host', url: capture.url, error: null }));
    void connection.ensureStarted();
    return;
  }
  publish(store.update(tabId, { status: 'analyzing', url: capture.url, error: null }));
  const previousStory = store.get(tabId).report?.storyId ?? null;
  try {
    const report = await connection.analyze(capture);
    const discovery = report.discovery.state === 'running' ? { found: report.discovery.found, done: false, running: true } : null;
    publish(store.update(tabId, { status: 'ready', report, error: null, discovery }));
    if (previousStory != null && previousStory !== report.storyId) releaseStory(previousStory);
  } catch (error) {
    if (!connection.connected) {
      pending.set(tabId, capture);
      publish(store.update(tabId, { status: 'waiting-for-host' }));
      return;
    }
    const message = error instanceof Error ? error.message.replace(/^An unexpected error occurred invoking '\w+' on the server\.\s*/, '') : String(error);
    publish(store.update(tabId, { status: 'error', error: { code: 'analyze-failed', message: message || 'The host could not analyse this page.' } }));
  }
}

/** Stops watching a story no tab shows any more. @param {number} storyId */
function releaseStory(storyId) {
  if (store.tabsShowing(storyId).length === 0) void connection.unwatch(storyId);
}

/** @param {number} tabId */
function forgetTab(tabId) {
  pending.delete(tabId);
  const story = store.remove(tabId);
  void chrome.storage.session.remove(`tab:${tabId}`).catch(() => {});
  if (story != null) releaseStory(story);
}

listenForGestures((tab) => {
  openPanel(tab);
  if (tab.id !== undefined) void lookUp(tab.id, { automatic: false });
});

chrome.runtime.onInstalled.addListener(() => createMenus());

chrome.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
  if (changeInfo.status === 'loading' && store.views.has(tabId)) {
    // A new page (or a reload) in this tab: the old report no longer applies. Without access to the tab the
    // browser does not say which, so both start over.
    forgetTab(tabId);
    publish(store.update(tabId, { status: 'idle', report: null }));
  }
  if (changeInfo.status === 'complete' && tab.url && isWebPage(tab.url)) void autoLookUp(tabId, tab.url);
});

chrome.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));

/**
 * Automatic lookups happen only on a known outlet's page, only when the switch is on, and only where the user
 * granted access (without it the browser does not even tell the extension the tab's URL).
 * @param {number} tabId
 * @param {string} url
 */
async function autoLookUp(tabId, url) {
  const settings = await loadSettings();
  if (!settings.autoLookup) return;
  const domains = await outletDomains.get();
  if (!isKnownOutletHost(new URL(url).hostname, domains)) return;
  await lookUp(tabId, { automatic: true });
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if ('hostAddress' in changes || 'pairingToken' in changes) {
    outletDomains.fetchedAt = 0;
    void connection.restart();
  }
});

chrome.runtime.onMessage.addListener(createMessageRouter({
  'get-state': async (message) => {
    await restored;
    void connection.ensureStarted();
    const tabId = message.tabId ?? lastLookedUpTab;
    return { connection: connection.state, view: tabId == null ? null : store.get(tabId) };
  },
  'analyze-tab': async (message) => { await lookUp(message.tabId, { automatic: false }); return null; },
  'see-other-sides': async (message) => {
    await restored;
    const storyId = store.get(message.tabId).report?.storyId;
    if (storyId == null) throw new Error('Look the page up first.');
    publish(store.update(message.tabId, { discovery: { found: store.get(message.tabId).discovery?.found ?? 0, done: false, running: true } }));
    try {
      const report = await connection.seeOtherSides(storyId);
      if (report) store.applyPushedReport(report).forEach(publish);
    } catch (error) {
      publish(store.update(message.tabId, { discovery: null }));
      throw error;
    }
    return null;
  },
  'flag-key-point': async (message) => {
    await restored;
    const storyId = store.get(message.tabId).report?.storyId;
    if (storyId == null) throw new Error('Look the page up first.');
    const report = await connection.flagKeyPoint(storyId, message.text);
    if (report) store.applyPushedReport(report).forEach(publish);
    return null;
  },
  'reconnect': async () => { await connection.restart(); return connection.state; },
  'check-host': async () => checkHost(),
  'open-options': async () => { await chrome.runtime.openOptionsPage(); return null; },
}, { id: chrome.runtime.id, baseUrl: chrome.runtime.getURL('') }));

/**
 * For the options page: is the host there, and does it accept us? Answered by the hub connection itself (its
 * negotiate POST and WebSocket carry the extension's Origin; Chromium sends no Origin on an extension's GET, so a
 * GET /api/health proves nothing without the pairing token). The health call only adds the article count.
 */
async function checkHost() {
  await connection.restart();
  const deadline = Date.now() + 8000;
  while (connection.state.state === 'connecting' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const state = connection.state;
  const result = { state: state.state, hostAddress: state.hostAddress, articles: /** @type {number | null} */ (null), version: /** @type {string | null} */ (null) };
  if (state.state !== 'connected') return result;
  const settings = await loadSettings();
  try {
    const response = await fetch(`${settings.hostAddress}/api/health`, {
      headers: settings.pairingToken ? { Authorization: `Bearer ${settings.pairingToken}` } : {},
      signal: AbortSignal.timeout(3000),
    });
    const body = response.ok ? await response.json() : null;
    result.articles = typeof body?.articles === 'number' ? body.articles : null;
    result.version = typeof body?.version === 'string' ? body.version : null;
  } catch {
    // The count is a nicety.
  }
  return result;
}

void connection.ensureStarted();
