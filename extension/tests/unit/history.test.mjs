// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countExported, deletedText, exportFileName, historyRequest, parseStatus, statusText, utcDay } from '../../src/options/history.js';

// 00:30 on 29 November in UTC+2 is still 28 November in UTC, the day the host deletes.
const NOW = new Date('2026-11-28T22:30:00Z');

test('each history button makes the host request it names, never a GET', () => {
  assert.deepEqual(historyRequest('pause', NOW), { method: 'PUT', path: '/api/history/paused', body: '{"paused":true}' });
  assert.deepEqual(historyRequest('resume', NOW), { method: 'PUT', path: '/api/history/paused', body: '{"paused":false}' });
  assert.deepEqual(historyRequest('delete-today', NOW), { method: 'DELETE', path: '/api/history?day=2026-11-28' });
  assert.deepEqual(historyRequest('delete-all', NOW), { method: 'DELETE', path: '/api/history?all=true' });
  assert.deepEqual(historyRequest('export-json', NOW), { method: 'POST', path: '/api/history/export?format=json' });
  assert.deepEqual(historyRequest('export-csv', NOW), { method: 'POST', path: '/api/history/export?format=csv' });
  assert.equal(utcDay(NOW), '2026-11-28');
});

test('status line from the host answer, unknown parts said as such', () => {
  assert.deepEqual(parseStatus({ paused: true, reads: 12 }), { paused: true, reads: 12 });
  assert.deepEqual(parseStatus({ paused: 'yes', reads: -1 }), { paused: null, reads: null });
  assert.deepEqual(parseStatus(null), { paused: null, reads: null });
  assert.equal(statusText({ paused: true, reads: 12 }), '12 reads stored on this computer; recording is paused.');
  assert.equal(statusText({ paused: false, reads: 1 }), '1 read stored on this computer; recording is on.');
  assert.equal(statusText({ paused: null, reads: 0 }), '0 reads stored on this computer.');
  assert.equal(statusText({ paused: null, reads: null }), 'The number of stored reads is not known.');
});

test('deletion messages, export file names and the count of an export', () => {
  assert.equal(deletedText(3, 'today'), "Deleted today's history (3 reads, UTC day).");
  assert.equal(deletedText(1, 'all'), 'Deleted all history (1 read).');
  assert.equal(exportFileName('json', NOW), 'biascompanion-history-2026-11-28.json');
  assert.equal(exportFileName('csv', NOW), 'biascompanion-history-2026-11-28.csv');
  assert.equal(countExported([{}, {}]), 2);
  assert.equal(countExported({ reads: 2 }), null);
});
