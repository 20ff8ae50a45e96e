// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowedSender, isBackgroundEvent, isRequest } from '../../src/shared/messages.js';
import { createMessageRouter } from '../../src/background/messages.js';

const ID = 'pkkjimigappefhckknlmcijfkbcbfnfk';
const BASE = `chrome-extension://${ID}/`;
const panel = { id: ID, url: `${BASE}sidepanel.html?tab=3`, origin: BASE.slice(0, -1) };
const options = { id: ID, url: `${BASE}options.html` };

test('requests are validated by shape', () => {
  assert.ok(isRequest({ type: 'get-state' }));
  assert.ok(isRequest({ type: 'get-state', tabId: 4 }));
  assert.ok(isRequest({ type: 'see-other-sides', tabId: 4 }));
  assert.ok(!isRequest({ type: 'see-other-sides' }));
  assert.ok(!isRequest({ type: 'see-other-sides', tabId: '4' }));
  assert.ok(!isRequest({ type: 'delete-everything' }));
  assert.ok(!isRequest({ type: 'toString' }));
  assert.ok(!isRequest(null));
});

test('sender allow-list: only this extension\'s pages, each only for its own requests', () => {
  assert.ok(isAllowedSender({ type: 'get-state' }, panel, ID, BASE));
  assert.ok(isAllowedSender({ type: 'see-other-sides', tabId: 1 }, panel, ID, BASE));
  assert.ok(isAllowedSender({ type: 'check-host' }, options, ID, BASE));
  assert.ok(!isAllowedSender({ type: 'check-host' }, panel, ID, BASE), 'the panel may not send an options request');
  assert.ok(!isAllowedSender({ type: 'get-state' }, options, ID, BASE));
  // A content script or web page: sender.url is the page's.
  assert.ok(!isAllowedSender({ type: 'get-state' }, { id: ID, url: 'https://news.example/a' }, ID, BASE));
  // Another extension.
  assert.ok(!isAllowedSender({ type: 'get-state' }, { id: 'other', url: 'chrome-extension://other/sidepanel.html' }, ID, BASE));
  assert.ok(!isAllowedSender({ type: 'get-state' }, { id: ID }, ID, BASE));
  assert.ok(!isAllowedSender({ type: 'get-state' }, { id: ID, url: `${BASE}background.js` }, ID, BASE));
});

test('the router answers allowed requests and drops everything else unanswered', async () => {
  /** @type {string[]} */
  const calls = [];
  const handler = async (/** @type {any} */ m) => { calls.push(m.type); return 'ok'; };
  const route = createMessageRouter(/** @type {any} */ ({
    'get-state': handler, 'analyze-tab': handler, 'see-other-sides': handler, 'reconnect': handler,
    'check-host': async () => { throw new Error('host gone'); }, 'open-options': handler, 'flag-key-point': handler,
  }), { id: ID, baseUrl: BASE });
  /** @type {unknown[]} */
  const answers = [];
  const respond = (/** @type {unknown} */ a) => answers.push(a);
  assert.equal(route({ type: 'get-state' }, panel, respond), true);
  assert.equal(route({ type: 'get-state' }, { id: ID, url: 'https://evil.example/' }, respond), false);
  assert.equal(route({ type: 'nope' }, panel, respond), false);
  assert.equal(route({ type: 'check-host' }, options, respond), true);
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(calls, ['get-state']);
  assert.deepEqual(answers, [{ ok: true, result: 'ok' }, { ok: false, error: 'host gone' }]);
});

test('pages accept only well-formed background events', () => {
  assert.ok(isBackgroundEvent({ type: 'tab-state', view: { tabId: 1, status: 'idle' } }));
  assert.ok(isBackgroundEvent({ type: 'connection-state', connection: { state: 'connected', hostAddress: '' } }));
  assert.ok(!isBackgroundEvent({ type: 'tab-state' }));
  assert.ok(!isBackgroundEvent({ type: 'other', view: {} }));
});

test('flag-key-point: the panel only, with a tab and a bounded point text', () => {
  assert.ok(isRequest({ type: 'flag-key-point', tabId: 3, text: 'The council voted.' }));
  assert.ok(!isRequest({ type: 'flag-key-point', tabId: 3 }));
  assert.ok(!isRequest({ type: 'flag-key-point', tabId: 3, text: '' }));
  assert.ok(!isRequest({ type: 'flag-key-point', tabId: 3, text: 'x'.repeat(4001) }));
  assert.ok(!isRequest({ type: 'flag-key-point', text: 'The council voted.' }));
  const message = /** @type {const} */ ({ type: 'flag-key-point', tabId: 3, text: 'The council voted.' });
  assert.ok(isAllowedSender(message, panel, ID, BASE));
  assert.ok(!isAllowedSender(message, options, ID, BASE), 'the options page may not flag');
  assert.ok(!isAllowedSender(message, { id: ID, url: 'https://news.example/a' }, ID, BASE), 'a content script may not flag');
});
