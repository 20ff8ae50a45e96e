// @ts-check
// The connection logic against a scripted stand-in for SignalR's HubConnection (the browser tests use the
// real host); timers are captured and fired by hand, so nothing here depends on time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HubConnectionState } from '@microsoft/signalr';
import { HostConnection, classifyStartError, retryDelayMs } from '../../src/background/connection.js';

class FakeHub {
  /** @param {() => Promise<void>} start */
  constructor(start) {
    this.startImpl = start;
    this.state = HubConnectionState.Disconnected;
    /** @type {any[][]} */
    this.invoked = [];
    /** @type {Record<string, (...a: any[]) => void>} */
    this.handlers = {};
    /** @type {Record<string, (e?: any) => void>} */
    this.callbacks = {};
  }
  async start() { await this.startImpl(); this.state = HubConnectionState.Connected; }
  async stop() { this.state = HubConnectionState.Disconnected; }
  /** @param {string} method @param {...any} args */
  async invoke(method, ...args) {
    this.invoked.push([method, ...args]);
    if (method === 'Analyze') return { storyId: 42, isArticle: true, headline: 'H', articles: [] };
    if (method === 'FlagKeyPoint') return { storyId: args[0], isArticle: true, keyPoints: [{ text: 'B', articleIds: [1], sides: ['left'] }, { text: args[1], articleIds: [2], sides: ['right'], flagged: true }] };
    return null;
  }
  /** @param {string} m @param {(...a: any[]) => void} h */
  on(m, h) { this.handlers[m] = h; }
  /** @param {(e?: any) => void} cb */
  onreconnecting(cb) { this.callbacks.reconnecting = cb; }
  /** @param {(e?: any) => void} cb */
  onreconnected(cb) { this.callbacks.reconnected = cb; }
  /** @param {(e?: any) => void} cb */
  onclose(cb) { this.callbacks.close = cb; }
}

function setup(/** @type {(() => Promise<void>)[]} */ starts) {
  /** @type {FakeHub[]} */
  const hubs = [];
  /** @type {{ fn: () => void, ms: number }[]} */
  const timers = [];
  /** @type {string[]} */
  const states = [];
  /** @type {any[]} */
  const pushed = [];
  const connection = new HostConnection({
    loadSettings: async () => ({ hostAddress: 'http://127.0.0.1:5780', pairingToken: '', autoLookup: true }),
    onState: (s) => states.push(s.state),
    onCoverageUpdated: (r) => pushed.push(r),
    onDiscoveryProgress: () => {},
    hubFactory: () => {
      const hub = new FakeHub(starts[Math.min(hubs.length, starts.length - 1)]);
      hubs.push(hub);
      return /** @type {any} */ (hub);
    },
    setTimer: (fn, ms) => { timers.push({ fn, ms }); return timers.length; },
    clearTimer: () => {},
  });
  return { connection, hubs, timers, states, pushed };
}

const refused = async () => { throw new Error("Failed to complete negotiation with the server: TypeError: Failed to fetch"); };
const unauthorized = async () => { throw new Error("Failed to complete negotiation with the server: Error: Unauthorized: Status code '401'"); };
const ok = async () => {};

test('retry delays start quick and settle at 5 s', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 50].map(retryDelayMs), [0, 1000, 2000, 3000, 5000, 5000]);
});

test('start errors are told apart: host not running vs not paired', () => {
  assert.equal(classifyStartError(new Error('TypeError: Failed to fetch')).state, 'host-not-running');
  assert.equal(classifyStartError(new Error("Unauthorized: Status code '401'")).state, 'unpaired');
  assert.equal(classifyStartError(new Error("Forbidden: Status code '403'")).state, 'unpaired');
  assert.equal(classifyStartError("Status code '500'").state, 'host-not-running');
});

test('a failed first start is retried until the host is up, then watched stories are re-subscribed', async () => {
  const { connection, hubs, timers, states } = setup([refused, refused, ok]);
  connection.watched.add(42);
  await connection.ensureStarted();
  assert.equal(states.at(-1), 'host-not-running');
  assert.equal(timers.length, 1);
  timers[0].fn();
  await connection.starting;
  assert.equal(states.at(-1), 'host-not-running');
  timers[1].fn();
  await connection.starting;
  assert.equal(states.at(-1), 'connected');
  assert.equal(hubs.length, 3);
  assert.deepEqual(hubs[2].invoked, [['Watch', 42]]);
});

test('a refused pairing shows as unpaired', async () => {
  const { connection, states } = setup([unauthorized]);
  await connection.ensureStarted();
  assert.equal(states.at(-1), 'unpaired');
  assert.equal(connection.connected, false);
});

test('after SignalR reconnects (host restarted) every watched story is watched again', async () => {
  const { connection, hubs, states } = setup([ok]);
  await connection.ensureStarted();
  const report = await connection.analyze({ url: 'https://a.example/x', canonicalUrl: null, html: '<p>', title: 't', capturedAt: '2026-11-29T00:00:00Z' });
  assert.equal(report.storyId, 42);
  await connection.watch(7);
  const hub = hubs[0];
  hub.invoked.length = 0;
  hub.callbacks.reconnecting(new Error('socket closed'));
  assert.equal(states.at(-1), 'reconnecting');
  hub.callbacks.reconnected('new-id');
  await new Promise((r) => setImmediate(r));
  assert.equal(states.at(-1), 'connected');
  assert.deepEqual(hub.invoked.map((c) => c.join(':')).sort(), ['Watch:42', 'Watch:7']);
});

test('when SignalR gives up (closed) the loop starts a new connection', async () => {
  const { connection, hubs, timers, states } = setup([ok, ok]);
  connection.watched.add(5);
  await connection.ensureStarted();
  hubs[0].state = HubConnectionState.Disconnected;
  hubs[0].callbacks.close(new Error('Failed to fetch'));
  assert.equal(states.at(-1), 'host-not-running');
  timers[0].fn();
  await connection.starting;
  assert.equal(states.at(-1), 'connected');
  assert.deepEqual(hubs[1].invoked, [['Watch', 5]]);
});

test('pushed reports are normalised; Analyze needs a connection', async () => {
  const { connection, hubs, pushed } = setup([ok]);
  await assert.rejects(connection.analyze({ url: 'https://a', canonicalUrl: null, html: '', title: null, capturedAt: '' }), /not connected/);
  await connection.ensureStarted();
  hubs[0].handlers.CoverageUpdated({ storyId: 3, headline: 'x', articles: 'bad' });
  hubs[0].handlers.CoverageUpdated('garbage');
  assert.equal(pushed.length, 1);
  assert.deepEqual(pushed[0].articles, []);
});

test('unwatch stops watching; restart drops the old connection', async () => {
  const { connection, hubs } = setup([ok, ok]);
  await connection.ensureStarted();
  await connection.watch(9);
  await connection.unwatch(9);
  assert.deepEqual(hubs[0].invoked, [['Watch', 9], ['Unwatch', 9]]);
  await connection.restart();
  assert.equal(hubs[0].state, HubConnectionState.Disconnected);
  assert.equal(hubs.length, 2);
  assert.ok(connection.connected);
});

test('flagging a key point invokes the hub with the story and the text and returns the normalised report', async () => {
  const { connection, hubs } = setup([ok]);
  await assert.rejects(connection.flagKeyPoint(4, 'A'), /not connected/);
  await connection.ensureStarted();
  const report = await connection.flagKeyPoint(4, 'A');
  assert.deepEqual(hubs[0].invoked, [['FlagKeyPoint', 4, 'A']]);
  assert.deepEqual(report?.keyPoints.map((k) => [k.text, k.flagged]), [['B', false], ['A', true]]);
});
