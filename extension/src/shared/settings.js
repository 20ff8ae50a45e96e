// @ts-check
/**
 * The extension's settings, kept in chrome.storage.local (never synced: the pairing token stays on this device).
 * @typedef {{ hostAddress: string, pairingToken: string, autoLookup: boolean }} Settings
 */

export const DEFAULT_HOST_ADDRESS = 'http://127.0.0.1:5780';

/** @type {Settings} */
// Automatic lookups start off: they need the user's grant of access to the news sites (asked when switched on).
export const DEFAULT_SETTINGS = Object.freeze({ hostAddress: DEFAULT_HOST_ADDRESS, pairingToken: '', autoLookup: false });

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Validates a host address typed by the user: http only, loopback only (the extension's host permissions cover
 * nothing else), no path. Returns the normalised origin or an error message.
 * @param {string} input
 * @returns {{ ok: true, value: string } | { ok: false, error: string }}
 */
export function parseHostAddress(input) {
  const text = (input ?? '').trim();
  if (!text) return { ok: false, error: 'Enter the host address, e.g. http://127.0.0.1:5780.' };
  let url;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return { ok: false, error: 'That is not a valid address.' };
  }
  if (url.protocol !== 'http:') return { ok: false, error: 'The local host speaks plain http on loopback.' };
  if (!LOOPBACK_HOSTS.has(url.hostname)) {
    return { ok: false, error: 'Only this computer (127.0.0.1 or localhost) is allowed: nothing you read leaves it.' };
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    return { ok: false, error: 'Give only the address and port, without a path.' };
  }
  return { ok: true, value: url.origin };
}

/**
 * A pairing code as printed by scripts/run; whitespace is dropped, only URL-safe token characters survive.
 * @param {string} input
 * @returns {string}
 */
export function normalizePairingToken(input) {
  return (input ?? '').replace(/\s+/g, '').replace(/[^A-Za-z0-9_\-.~+/=]/g, '').slice(0, 512);
}

/**
 * @param {Partial<Record<keyof Settings, unknown>>} stored
 * @returns {Settings}
 */
export function withDefaults(stored) {
  const address = typeof stored.hostAddress === 'string' ? parseHostAddress(stored.hostAddress) : null;
  return {
    hostAddress: address && address.ok ? address.value : DEFAULT_SETTINGS.hostAddress,
    pairingToken: typeof stored.pairingToken === 'string' ? normalizePairingToken(stored.pairingToken) : '',
    autoLookup: typeof stored.autoLookup === 'boolean' ? stored.autoLookup : DEFAULT_SETTINGS.autoLookup,
  };
}

/** @returns {Promise<Settings>} */
export async function loadSettings() {
  const stored = await chrome.storage.local.get(['hostAddress', 'pairingToken', 'autoLookup']);
  return withDefaults(stored);
}

/**
 * @param {Partial<Settings>} changes
 * @returns {Promise<void>}
 */
export async function saveSettings(changes) {
  await chrome.storage.local.set(changes);
}
