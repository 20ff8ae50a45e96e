// @ts-check
import { loadSettings, normalizePairingToken, parseHostAddress, saveSettings } from '../shared/settings.js';
import { originPatternsFor, parseDomains } from '../background/outlet-domains.js';
import { refreshHistoryStatus } from './history-controls.js';

const form = /** @type {HTMLFormElement} */ (document.getElementById('settings'));
const hostInput = /** @type {HTMLInputElement} */ (document.getElementById('hostAddress'));
const tokenInput = /** @type {HTMLInputElement} */ (document.getElementById('pairingToken'));
const autoInput = /** @type {HTMLInputElement} */ (document.getElementById('autoLookup'));
const hostError = /** @type {HTMLElement} */ (document.getElementById('hostAddress-error'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));
const autoStatus = /** @type {HTMLElement} */ (document.getElementById('auto-status'));
const outletCount = /** @type {HTMLElement} */ (document.getElementById('outlet-count'));

/** Known outlet domains, fetched ahead: the permission request must happen right in the click, with no wait. */
/** @type {string[]} */
let domains = [];

async function fetchDomains() {
  const settings = await loadSettings();
  try {
    const response = await fetch(`${settings.hostAddress}/api/outlets/domains`, {
      headers: settings.pairingToken ? { Authorization: `Bearer ${settings.pairingToken}` } : {},
      signal: AbortSignal.timeout(4000),
    });
    domains = response.ok ? parseDomains(await response.json()) : [];
    if (!response.ok) {
      outletCount.textContent = response.status === 401 || response.status === 403
        ? 'the host gives the list of news sites once the pairing code is saved'
        : `the host could not give the list of news sites (${response.status})`;
      return;
    }
  } catch {
    domains = [];
    outletCount.textContent = 'the list comes from the host, which is not reachable right now';
    return;
  }
  outletCount.textContent = `${domains.length} sites`;
}

async function show() {
  const settings = await loadSettings();
  hostInput.value = settings.hostAddress;
  tokenInput.value = settings.pairingToken;
  autoInput.checked = settings.autoLookup;
  await fetchDomains();
  await refreshHistoryStatus();
}

autoInput.addEventListener('change', () => {
  if (autoInput.checked && domains.length > 0) {
    chrome.permissions.request({ origins: originPatternsFor(domains) }).then((granted) => {
      autoStatus.textContent = granted ? `Access granted to ${domains.length} news sites.` : 'Access not granted: pages are looked up only when you ask.';
      if (!granted) autoInput.checked = false;
      void saveSettings({ autoLookup: autoInput.checked });
    }, (error) => { autoStatus.textContent = `Could not ask for access: ${error.message}`; });
  } else {
    if (!autoInput.checked && domains.length > 0) chrome.permissions.remove({ origins: originPatternsFor(domains) }).catch(() => {});
    void saveSettings({ autoLookup: autoInput.checked });
  }
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const address = parseHostAddress(hostInput.value);
  hostError.textContent = address.ok ? '' : address.error;
  hostInput.setAttribute('aria-invalid', address.ok ? 'false' : 'true');
  if (!address.ok) {
    hostInput.focus();
    return;
  }
  hostInput.value = address.value;
  tokenInput.value = normalizePairingToken(tokenInput.value);
  await saveSettings({ hostAddress: address.value, pairingToken: tokenInput.value, autoLookup: autoInput.checked });
  status.textContent = 'Saved.';
  await fetchDomains();
  await check();
  await refreshHistoryStatus();
});

async function check() {
  status.textContent = 'Checking the host…';
  const response = await chrome.runtime.sendMessage({ type: 'check-host' });
  const r = response?.result;
  if (!response?.ok || !r) status.textContent = 'The extension did not answer.';
  else if (r.state === 'connected') {
    status.textContent = `Connected to the host at ${r.hostAddress}${r.articles != null ? ` (${r.articles} articles stored)` : ''}.`;
    void pairOrigin();
  } else if (r.state === 'unpaired') status.textContent = `The host at ${r.hostAddress} does not accept this browser yet: paste the pairing code and save.`;
  else if (r.state === 'host-not-running') status.textContent = `The host is not running at ${r.hostAddress}. Start it with scripts/run.`;
  else status.textContent = `Still trying to reach the host at ${r.hostAddress}…`;
}

/**
 * With a pairing code, registers this extension's origin with the host (POST /api/pairing), so a browser whose
 * extension id is not the fixed one (Firefox) works without the code from then on.
 */
async function pairOrigin() {
  const settings = await loadSettings();
  if (!settings.pairingToken) return;
  await fetch(`${settings.hostAddress}/api/pairing`, {
    method: 'POST', headers: { Authorization: `Bearer ${settings.pairingToken}` }, signal: AbortSignal.timeout(4000),
  }).catch(() => {});
}

document.getElementById('check')?.addEventListener('click', () => void check());

void show();
