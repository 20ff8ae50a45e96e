// @ts-check
import { loadSettings } from '../shared/settings.js';
import { countExported, deletedText, exportFileName, historyRequest, parseStatus, statusText } from './history.js';

/**
 * @typedef {import('./history.js').HistoryAction} HistoryAction
 * @typedef {import('./history.js').HistoryStatus} HistoryStatus
 */

const section = /** @type {HTMLElement} */ (document.querySelector('.history'));
const statusLine = /** @type {HTMLElement} */ (document.getElementById('history-status'));
const result = /** @type {HTMLElement} */ (document.getElementById('history-result'));
const pauseButton = /** @type {HTMLButtonElement} */ (document.getElementById('history-pause'));
const resumeButton = /** @type {HTMLButtonElement} */ (document.getElementById('history-resume'));

/**
 * @param {string} path
 * @param {RequestInit} init
 */
async function call(path, init = {}) {
  const settings = await loadSettings();
  /** @type {Record<string, string>} */
  const headers = init.body ? { 'Content-Type': 'application/json' } : {};
  if (settings.pairingToken) headers.Authorization = `Bearer ${settings.pairingToken}`;
  const response = await fetch(`${settings.hostAddress}${path}`, { ...init, headers, signal: AbortSignal.timeout(10000) });
  if (!response.ok) throw new Error(`the host answered ${response.status}`);
  return response;
}

/** @param {HistoryStatus} status */
function showStatus(status) {
  statusLine.textContent = statusText(status);
  pauseButton.setAttribute('aria-pressed', status.paused === true ? 'true' : 'false');
  resumeButton.setAttribute('aria-pressed', status.paused === false ? 'true' : 'false');
  section.dataset.paused = status.paused === null ? 'unknown' : String(status.paused);
}

/**
 * GET /api/history needs the pairing code (Chromium sends no Origin on an extension page's GET); without it the
 * count comes from the POST export, and whether recording is paused stays unknown until a button is pressed.
 */
export async function refreshHistoryStatus() {
  try {
    showStatus(parseStatus(await (await call('/api/history')).json()));
  } catch {
    try {
      const reads = countExported(await (await call(historyRequest('export-json', new Date()).path, { method: 'POST' })).json());
      showStatus({ paused: null, reads });
    } catch (error) {
      statusLine.textContent = `The host is not reachable, so the history cannot be shown (${error instanceof Error ? error.message : error}).`;
    }
  }
}

/**
 * @param {Blob} blob
 * @param {string} name
 */
function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** @param {HistoryAction} action */
async function run(action) {
  const now = new Date();
  if (action === 'delete-all' && !window.confirm('Delete your whole reading history from this computer? This cannot be undone.')) return;
  const request = historyRequest(action, now);
  const response = await call(request.path, { method: request.method, ...(request.body ? { body: request.body } : {}) });
  switch (action) {
    case 'pause':
    case 'resume':
      showStatus(parseStatus(await response.json()));
      result.textContent = action === 'pause' ? 'Recording paused: pages you look up are not added to your history.' : 'Recording resumed.';
      return;
    case 'delete-today':
    case 'delete-all':
      result.textContent = deletedText(parseStatus(await response.json()).reads ?? 0, action === 'delete-all' ? 'all' : 'today');
      await refreshHistoryStatus();
      return;
    case 'export-json':
    case 'export-csv': {
      const format = action === 'export-csv' ? 'csv' : 'json';
      download(await response.blob(), exportFileName(format, now));
      result.textContent = `Saved ${exportFileName(format, now)}.`;
    }
  }
}

section.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-history]') : null;
  if (!(button instanceof HTMLButtonElement)) return;
  const action = /** @type {HistoryAction} */ (button.dataset.history);
  button.disabled = true;
  run(action).catch((error) => {
    result.textContent = `Could not do that: ${error instanceof Error ? error.message : error}.`;
  }).finally(() => { button.disabled = false; });
});
