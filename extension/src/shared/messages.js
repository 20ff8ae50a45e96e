// @ts-check
/**
 * Messages between the extension's own pages and the service worker. Web pages cannot send any (no
 * externally_connectable); content scripts are not allowed either: the capture result comes back as the return
 * value of chrome.scripting.executeScript, never as a message. Every request type lists the pages that may send it.
 *
 * @typedef {'connecting' | 'connected' | 'reconnecting' | 'host-not-running' | 'unpaired'} ConnectionStateName
 * @typedef {{ state: ConnectionStateName, hostAddress: string, detail?: string, attempt?: number }} ConnectionState
 * @typedef {'idle' | 'capturing' | 'waiting-for-host' | 'analyzing' | 'ready' | 'error'} TabStatus
 * @typedef {{ code: 'no-access' | 'capture-failed' | 'analyze-failed' | 'not-a-web-page', message: string }} TabError
 * @typedef {{ found: number, done: boolean, running: boolean }} DiscoveryProgress
 * @typedef {{
 *   tabId: number, status: TabStatus, url?: string, report?: import('./report.js').CoverageReport | null,
 *   error?: TabError | null, discovery?: DiscoveryProgress | null
 * }} TabView
 *
 * @typedef {{ type: 'get-state', tabId?: number }} GetStateRequest
 * @typedef {{ type: 'analyze-tab', tabId: number }} AnalyzeTabRequest
 * @typedef {{ type: 'see-other-sides', tabId: number }} SeeOtherSidesRequest
 * @typedef {{ type: 'reconnect' }} ReconnectRequest
 * @typedef {{ type: 'check-host' }} CheckHostRequest
 * @typedef {{ type: 'open-options' }} OpenOptionsRequest
 * @typedef {{ type: 'flag-key-point', tabId: number, text: string }} FlagKeyPointRequest
 * @typedef {GetStateRequest | AnalyzeTabRequest | SeeOtherSidesRequest | ReconnectRequest | CheckHostRequest | OpenOptionsRequest | FlagKeyPointRequest} Request
 *
 * @typedef {{ type: 'tab-state', view: TabView }} TabStateEvent
 * @typedef {{ type: 'connection-state', connection: ConnectionState }} ConnectionStateEvent
 * @typedef {TabStateEvent | ConnectionStateEvent} BackgroundEvent
 */

const PANEL = '/sidepanel.html';
const OPTIONS = '/options.html';

/** Which extension pages may send which request. */
export const ALLOWED_SENDERS = Object.freeze({
  'get-state': [PANEL],
  'analyze-tab': [PANEL],
  'see-other-sides': [PANEL],
  'reconnect': [PANEL, OPTIONS],
  'check-host': [OPTIONS],
  'open-options': [PANEL],
  'flag-key-point': [PANEL],
});

/** A key point is a sentence or two; anything longer is not one of ours. */
export const MAX_POINT_TEXT = 4000;

/**
 * @param {unknown} message
 * @returns {message is Request}
 */
export function isRequest(message) {
  if (!message || typeof message !== 'object') return false;
  const m = /** @type {Record<string, unknown>} */ (message);
  if (typeof m.type !== 'string' || !Object.hasOwn(ALLOWED_SENDERS, m.type)) return false;
  if (m.type === 'analyze-tab' || m.type === 'see-other-sides') return Number.isInteger(m.tabId);
  if (m.type === 'get-state') return m.tabId === undefined || Number.isInteger(m.tabId);
  if (m.type === 'flag-key-point') {
    return Number.isInteger(m.tabId) && typeof m.text === 'string' && m.text.length > 0 && m.text.length <= MAX_POINT_TEXT;
  }
  return true;
}

/**
 * True when the sender is one of this extension's own pages that is allowed to send this request type.
 * @param {Request} message
 * @param {{ id?: string, url?: string, origin?: string }} sender
 * @param {string} extensionId
 * @param {string} extensionBaseUrl chrome.runtime.getURL('') e.g. "chrome-extension://<id>/"
 */
export function isAllowedSender(message, sender, extensionId, extensionBaseUrl) {
  if (!sender || sender.id !== extensionId || typeof sender.url !== 'string') return false;
  if (!sender.url.startsWith(extensionBaseUrl)) return false;
  let path;
  try {
    path = new URL(sender.url).pathname;
  } catch {
    return false;
  }
  const allowed = /** @type {readonly string[]} */ (ALLOWED_SENDERS[message.type]);
  return allowed.includes(path);
}

/**
 * A background event as received by a page: only accepted from this extension's service worker.
 * @param {unknown} message
 * @returns {message is BackgroundEvent}
 */
export function isBackgroundEvent(message) {
  if (!message || typeof message !== 'object') return false;
  const m = /** @type {Record<string, unknown>} */ (message);
  if (m.type === 'tab-state') return !!m.view && typeof m.view === 'object';
  if (m.type === 'connection-state') return !!m.connection && typeof m.connection === 'object';
  return false;
}
