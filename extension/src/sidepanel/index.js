// @ts-check
import { renderPanel, TABS } from './render.js';
import { isBackgroundEvent } from '../shared/messages.js';

/**
 * @typedef {import('../shared/messages.js').ConnectionState} ConnectionState
 * @typedef {import('../shared/messages.js').TabView} TabView
 * @typedef {import('./render.js').TabName} TabName
 */

const root = /** @type {HTMLElement} */ (document.getElementById('panel'));

/** @type {{ connection: ConnectionState | null, view: TabView | null, tab: TabName, tabId: number | null, storyId: number | null }} */
const state = { connection: null, view: null, tab: 'all', tabId: null, storyId: null };

/**
 * @param {import('../shared/messages.js').Request} message
 * @returns {Promise<any>}
 */
async function send(message) {
  const response = await chrome.runtime.sendMessage(message);
  if (!response?.ok) throw new Error(response?.error ?? 'no answer from the extension');
  return response.result;
}

/** Re-renders in place: the scroll position, the focused control and the selected tab survive. */
function render() {
  const scrollY = window.scrollY;
  const focusedId = document.activeElement && document.activeElement !== document.body ? document.activeElement.id : '';
  const focusedAction = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.action : undefined;
  root.innerHTML = renderPanel(state.connection, state.view, { tab: state.tab, now: new Date() }).value;
  // Widths go through CSSOM: the extension's CSP forbids inline style attributes.
  for (const el of root.querySelectorAll('[data-pct]')) {
    const pct = Math.max(0, Math.min(100, Number(/** @type {HTMLElement} */ (el).dataset.pct) || 0));
    /** @type {HTMLElement} */ (el).style.setProperty('--pct', `${pct}%`);
  }
  const focusTarget = focusedId ? document.getElementById(focusedId)
    : focusedAction ? root.querySelector(`[data-action="${CSS.escape(focusedAction)}"]`) : null;
  if (focusTarget instanceof HTMLElement) focusTarget.focus({ preventScroll: true });
  window.scrollTo(0, scrollY);
}

/** @param {TabView | null} view */
function showView(view) {
  const storyId = view?.report?.storyId ?? null;
  if (view?.tabId !== state.tabId || storyId !== state.storyId) {
    if (view?.tabId !== state.tabId || storyId == null) state.tab = 'all';
  }
  state.view = view;
  state.tabId = view?.tabId ?? state.tabId;
  state.storyId = storyId;
  render();
}

/** @param {number | undefined} tabId */
async function load(tabId) {
  try {
    const result = await send({ type: 'get-state', ...(tabId !== undefined ? { tabId } : {}) });
    state.connection = result.connection;
    if (tabId !== undefined) state.tabId = tabId;
    showView(result.view);
  } catch (error) {
    root.textContent = `The extension's background is not answering: ${error instanceof Error ? error.message : error}`;
  }
}

/** Which tab this panel follows: ?tab=N, else (side panel) the active tab of its window, else the last looked up. */
async function resolveTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return { tabId: Number(param), follow: false };
  const self = await chrome.tabs.getCurrent();
  if (self) return { tabId: undefined, follow: false };
  const [active] = await chrome.tabs.query({ active: true, currentWindow: true });
  return { tabId: active?.id, follow: true };
}

/** @param {TabName} tab @param {boolean} focus */
function selectTab(tab, focus) {
  state.tab = tab;
  render();
  if (focus) document.getElementById(`tab-${tab}`)?.focus();
}

root.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-tab], [data-action]') : null;
  if (!(target instanceof HTMLElement)) return;
  if (target.dataset.tab) {
    selectTab(/** @type {TabName} */ (target.dataset.tab), false);
    return;
  }
  const tabId = state.tabId;
  switch (target.dataset.action) {
    case 'see-other-sides':
      if (tabId != null) send({ type: 'see-other-sides', tabId }).catch(() => {});
      break;
    case 'analyze':
      if (tabId != null) send({ type: 'analyze-tab', tabId }).catch(() => {});
      break;
    case 'flag-point': {
      const point = state.view?.report?.keyPoints[Number(target.dataset.point)];
      if (tabId == null || !point) break;
      target.setAttribute('disabled', '');
      send({ type: 'flag-key-point', tabId, text: point.text }).catch((error) => {
        target.removeAttribute('disabled');
        target.textContent = `Could not flag: ${error instanceof Error ? error.message : error}`;
      });
      break;
    }
    case 'reconnect':
      send({ type: 'reconnect' }).catch(() => {});
      break;
    case 'open-options':
      send({ type: 'open-options' }).catch(() => {});
      break;
  }
});

// Arrow keys, Home and End move between the tabs (WAI-ARIA tabs pattern, automatic activation).
root.addEventListener('keydown', (event) => {
  const target = event.target;
  if (!(target instanceof HTMLElement) || target.getAttribute('role') !== 'tab') return;
  const index = TABS.indexOf(state.tab);
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  selectTab(TABS[(next + TABS.length) % TABS.length], true);
});

chrome.runtime.onMessage.addListener((message, sender) => {
  if (sender.id !== chrome.runtime.id || sender.tab || !isBackgroundEvent(message)) return;
  if (message.type === 'connection-state') {
    state.connection = message.connection;
    render();
  } else if (message.view.tabId === state.tabId || state.tabId == null) {
    showView(message.view);
  }
});

const { tabId, follow } = await resolveTab();
if (follow) {
  const windowId = (await chrome.windows.getCurrent()).id;
  chrome.tabs.onActivated.addListener((info) => {
    if (info.windowId === windowId) void load(info.tabId);
  });
}
await load(tabId);
setInterval(render, 60_000);
