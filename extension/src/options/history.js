// @ts-check
/**
 * The reading-history controls' pure parts: which request each button makes, how the answers read, what the
 * exported file is called. The history lives only in the host's database on this computer.
 *
 * @typedef {{ paused: boolean | null, reads: number | null }} HistoryStatus  null: not known (e.g. not paired)
 * @typedef {'pause' | 'resume' | 'delete-today' | 'delete-all' | 'export-json' | 'export-csv'} HistoryAction
 * @typedef {{ method: 'PUT' | 'DELETE' | 'POST', path: string, body?: string }} HistoryRequest
 */

/**
 * "Today" as the host counts days: a UTC calendar day.
 * @param {Date} now
 */
export function utcDay(now) {
  return now.toISOString().slice(0, 10);
}

/**
 * Only non-GET requests: Chromium sends the extension's Origin on those, so no pairing code is needed.
 * @param {HistoryAction} action
 * @param {Date} now
 * @returns {HistoryRequest}
 */
export function historyRequest(action, now) {
  switch (action) {
    case 'pause': return { method: 'PUT', path: '/api/history/paused', body: JSON.stringify({ paused: true }) };
    case 'resume': return { method: 'PUT', path: '/api/history/paused', body: JSON.stringify({ paused: false }) };
    case 'delete-today': return { method: 'DELETE', path: `/api/history?day=${utcDay(now)}` };
    case 'delete-all': return { method: 'DELETE', path: '/api/history?all=true' };
    case 'export-json': return { method: 'POST', path: '/api/history/export?format=json' };
    case 'export-csv': return { method: 'POST', path: '/api/history/export?format=csv' };
  }
}

/**
 * The host's {paused, reads}; anything else becomes "unknown".
 * @param {unknown} body
 * @returns {HistoryStatus}
 */
export function parseStatus(body) {
  const b = body && typeof body === 'object' ? /** @type {Record<string, unknown>} */ (body) : {};
  return {
    paused: typeof b.paused === 'boolean' ? b.paused : null,
    reads: typeof b.reads === 'number' && Number.isFinite(b.reads) && b.reads >= 0 ? b.reads : null,
  };
}

/** @param {number} n */
const reads = (n) => `${n} ${n === 1 ? 'read' : 'reads'}`;

/**
 * @param {HistoryStatus} status
 * @returns {string}
 */
export function statusText(status) {
  const count = status.reads === null ? 'The number of stored reads is not known' : `${reads(status.reads)} stored on this computer`;
  const recording = status.paused === null ? '' : status.paused ? '; recording is paused' : '; recording is on';
  return `${count}${recording}.`;
}

/**
 * @param {number} deleted
 * @param {'today' | 'all'} what
 */
export function deletedText(deleted, what) {
  return what === 'all' ? `Deleted all history (${reads(deleted)}).` : `Deleted today's history (${reads(deleted)}, UTC day).`;
}

/**
 * @param {'json' | 'csv'} format
 * @param {Date} now
 */
export function exportFileName(format, now) {
  return `biascompanion-history-${utcDay(now)}.${format}`;
}

/**
 * The number of reads in a JSON export (an array of read events), used for the status when the host's GET is not
 * open to this page (no pairing code saved).
 * @param {unknown} body
 */
export function countExported(body) {
  return Array.isArray(body) ? body.length : null;
}
