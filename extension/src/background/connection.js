// @ts-check
import { HubConnectionBuilder, HttpTransportType, LogLevel, HubConnectionState } from '@microsoft/signalr';
import { normalizeReport } from '../shared/report.js';

/**
 * @typedef {import('../shared/messages.js').ConnectionState} ConnectionState
 * @typedef {import('../shared/report.js').CoverageReport} CoverageReport
 * @typedef {import('../shared/report.js').PageCapture} PageCapture
 * @typedef {import('../shared/settings.js').Settings} Settings
 * @typedef {{
 *   state: HubConnectionState,
 *   start(): Promise<void>, stop(): Promise<void>,
 *   invoke(method: string, ...args: any[]): Promise<any>,
 *   on(method: string, handler: (...args: any[]) => void): void,
 *   onreconnecting(cb: (error?: Error) => void): void,
 *   onreconnected(cb: (connectionId?: string) => void): void,
 *   onclose(cb: (error?: Error) => void): void,
 * }} Hub
 */

/** Delay before reconnect attempt n (0-based): quick at first, then every 5 seconds, forever. */
export function retryDelayMs(/** @type {number} */ attempt) {
  const steps = [0, 1000, 2000, 3000];
  return attempt < steps.length ? steps[attempt] : 5000;
}

/**
 * Tells "host not running" from "not paired" from a failed start. The SignalR client folds the negotiate
 * response into the message ("... Status code '401'"); a network failure has no status at all.
 * @param {unknown} error
 * @returns {{ state: 'unpaired' | 'host-not-running', detail: string }}
 */
export function classifyStartError(error) {
  const message = error instanceof Error ? error.message : String(error);
  const status = /Status code '(\d{3})'/.exec(message)?.[1] ?? /\b(401|403)\b/.exec(message)?.[1];
  if (status === '401' || status === '403') return { state: 'unpaired', detail: message };
  return { state: 'host-not-running', detail: message };
}

/**
 * @param {Settings} settings
 * @returns {Hub}
 */
export function createHub(settings) {
  const token = settings.pairingToken;
  return /** @type {Hub} */ (/** @type {unknown} */ (new HubConnectionBuilder()
    .withUrl(`${settings.hostAddress}/hubs/coverage`, {
      transport: HttpTransportType.WebSockets,
      ...(token ? { accessTokenFactory: () => token } : {}),
    })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => retryDelayMs(ctx.previousRetryCount) })
    .configureLogging(LogLevel.None)
    .build()));
}

/**
 * One SignalR connection to the host for the whole extension. Reconnects by itself (SignalR's automatic
 * reconnect while a connection existed, a retry loop when the first start fails or the host went away for
 * good) and, every time it is connected again, watches every story it watched before: after a host restart the
 * new server knows nothing about this client.
 */
export class HostConnection {
  /**
   * @param {{
   *   loadSettings: () => Promise<Settings>,
   *   onState: (state: ConnectionState) => void,
   *   onCoverageUpdated: (report: CoverageReport) => void,
   *   onDiscoveryProgress: (storyId: number, found: number, done: boolean) => void,
   *   onConnected?: () => void,
   *   hubFactory?: (settings: Settings) => Hub,
   *   setTimer?: (fn: () => void, ms: number) => unknown,
   *   clearTimer?: (handle: any) => void,
   * }} options
   */
  constructor(options) {
    this.options = options;
    this.hubFactory = options.hubFactory ?? createHub;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h));
    /** @type {Set<number>} */
    this.watched = new Set();
    /** @type {Hub | null} */
    this.hub = null;
    /** @type {ConnectionState} */
    this.state = { state: 'connecting', hostAddress: '' };
    this.attempt = 0;
    /** @type {unknown} */
    this.retryTimer = null;
    this.generation = 0;
    /** @type {Promise<void> | null} */
    this.starting = null;
  }

  /** @param {ConnectionState} state */
  setState(state) {
    this.state = state;
    this.options.onState(state);
  }

  get connected() {
    return this.state.state === 'connected' && this.hub?.state === HubConnectionState.Connected;
  }

  /** Connects unless already connected or connecting. */
  ensureStarted() {
    if (this.hub && this.hub.state !== HubConnectionState.Disconnected) return this.starting ?? Promise.resolve();
    if (this.starting) return this.starting;
    this.starting = this.connect().finally(() => { this.starting = null; });
    return this.starting;
  }

  /** Drops the connection and starts again now (settings changed, or the user asked to retry). */
  async restart() {
    this.generation++;
    if (this.retryTimer) this.clearTimer(this.retryTimer);
    this.retryTimer = null;
    const old = this.hub;
    this.hub = null;
    if (old) await old.stop().catch(() => {});
    this.attempt = 0;
    this.starting = null;
    return this.ensureStarted();
  }

  async connect() {
    const generation = this.generation;
    const settings = await this.options.loadSettings();
    this.setState({ state: this.attempt === 0 ? 'connecting' : this.state.state, hostAddress: settings.hostAddress, attempt: this.attempt });
    const hub = this.hubFactory(settings);
    hub.on('CoverageUpdated', (report) => {
      const normalized = normalizeReport(report);
      if (normalized) this.options.onCoverageUpdated(normalized);
    });
    hub.on('DiscoveryProgress', (storyId, found, done) => {
      if (typeof storyId === 'number') this.options.onDiscoveryProgress(storyId, Number(found) || 0, done === true);
    });
    hub.onreconnecting((error) => {
      if (generation !== this.generation) return;
      this.setState({ state: 'reconnecting', hostAddress: settings.hostAddress, detail: error?.message });
    });
    hub.onreconnected(() => {
      if (generation !== this.generation) return;
      void this.afterConnected(settings);
    });
    hub.onclose((error) => {
      if (generation !== this.generation || this.hub !== hub) return;
      this.hub = null;
      this.scheduleRetry(settings, classifyStartError(error ?? 'connection closed'));
    });
    this.hub = hub;
    try {
      await hub.start();
    } catch (error) {
      if (generation !== this.generation) return;
      this.hub = null;
      this.scheduleRetry(settings, classifyStartError(error));
      return;
    }
    if (generation !== this.generation) return;
    await this.afterConnected(settings);
  }

  /**
   * @param {Settings} settings
   * @param {{ state: 'unpaired' | 'host-not-running', detail: string }} failure
   */
  scheduleRetry(settings, failure) {
    const delay = Math.max(retryDelayMs(this.attempt), 1000);
    this.attempt++;
    this.setState({ state: failure.state, hostAddress: settings.hostAddress, detail: failure.detail, attempt: this.attempt });
    if (this.retryTimer) this.clearTimer(this.retryTimer);
    const generation = this.generation;
    this.retryTimer = this.setTimer(() => {
      this.retryTimer = null;
      if (generation === this.generation) void this.ensureStarted();
    }, delay);
  }

  /** @param {Settings} settings */
  async afterConnected(settings) {
    this.attempt = 0;
    this.setState({ state: 'connected', hostAddress: settings.hostAddress });
    const ids = [...this.watched];
    await Promise.all(ids.map((id) => this.hub?.invoke('Watch', id).catch(() => {})));
    this.options.onConnected?.();
  }

  /**
   * @param {PageCapture} capture
   * @returns {Promise<CoverageReport>}
   */
  async analyze(capture) {
    if (!this.hub || !this.connected) throw new Error('not connected to the host');
    const report = normalizeReport(await this.hub.invoke('Analyze', capture));
    if (!report) throw new Error('the host sent no report');
    if (report.storyId != null) this.watched.add(report.storyId);
    return report;
  }

  /** @param {number} storyId */
  async watch(storyId) {
    this.watched.add(storyId);
    if (this.connected) await this.hub?.invoke('Watch', storyId);
  }

  /** @param {number} storyId */
  async unwatch(storyId) {
    this.watched.delete(storyId);
    if (this.connected) await this.hub?.invoke('Unwatch', storyId).catch(() => {});
  }

  /**
   * Starts discovery; the host answers with the story's report as it stands (progress follows as events).
   * @param {number} storyId
   * @returns {Promise<CoverageReport | null>}
   */
  async seeOtherSides(storyId) {
    if (!this.hub || !this.connected) throw new Error('not connected to the host');
    this.watched.add(storyId);
    return normalizeReport(await this.hub.invoke('SeeOtherSides', storyId));
  }

  /**
   * "Does this summary seem wrong?": the host stores the flag, demotes the point and answers with the new report.
   * @param {number} storyId
   * @param {string} pointText
   * @returns {Promise<CoverageReport | null>}
   */
  async flagKeyPoint(storyId, pointText) {
    if (!this.hub || !this.connected) throw new Error('not connected to the host');
    return normalizeReport(await this.hub.invoke('FlagKeyPoint', storyId, pointText));
  }
}
