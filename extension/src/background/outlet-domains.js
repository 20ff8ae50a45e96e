// @ts-check
/**
 * The host decides which sites are news outlets (GET /api/outlets/domains); the extension only looks pages up
 * automatically on those, and only where the user granted access.
 */

const REFRESH_MS = 30 * 60 * 1000;

/**
 * Accepts the host's { count, hosts: [...], pathScoped: [...] }, or { domains: [...] }, or a plain array; drops
 * anything that is not a plain host name (path-scoped entries are host + path and are not auto-looked-up).
 * @param {unknown} body
 * @returns {string[]}
 */
export function parseDomains(body) {
  const fields = /** @type {{ hosts?: unknown, domains?: unknown }} */ (body && typeof body === 'object' ? body : {});
  const raw = Array.isArray(body) ? body : Array.isArray(fields.hosts) ? fields.hosts : Array.isArray(fields.domains) ? fields.domains : [];
  /** @type {string[]} */
  const names = raw.filter((d) => typeof d === 'string');
  return [...new Set(names
    .map((d) => d.trim().toLowerCase().replace(/^www\./, ''))
    .filter((d) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d) && d.length <= 253))].slice(0, 20000);
}

/**
 * True when the host name is one of the domains or a subdomain of one (www., amp., edition., ...).
 * @param {string} hostname
 * @param {ReadonlySet<string>} domains
 */
export function isKnownOutletHost(hostname, domains) {
  let host = hostname.toLowerCase().replace(/\.$/, '');
  while (host.includes('.')) {
    if (domains.has(host)) return true;
    host = host.slice(host.indexOf('.') + 1);
  }
  return false;
}

/**
 * Match patterns for chrome.permissions.request when the user turns automatic lookups on.
 * @param {string[]} domains
 */
export function originPatternsFor(domains) {
  return domains.flatMap((d) => [`https://${d}/*`, `https://*.${d}/*`, `http://${d}/*`, `http://*.${d}/*`]);
}

export class OutletDomains {
  /** @param {() => Promise<import('../shared/settings.js').Settings>} loadSettings */
  constructor(loadSettings) {
    this.loadSettings = loadSettings;
    /** @type {Set<string>} */
    this.domains = new Set();
    this.fetchedAt = 0;
  }

  /** @returns {Promise<Set<string>>} */
  async get() {
    if (Date.now() - this.fetchedAt < REFRESH_MS && this.domains.size > 0) return this.domains;
    const settings = await this.loadSettings();
    try {
      const response = await fetch(`${settings.hostAddress}/api/outlets/domains`, {
        headers: settings.pairingToken ? { Authorization: `Bearer ${settings.pairingToken}` } : {},
        signal: AbortSignal.timeout(5000),
      });
      if (response.ok) {
        this.domains = new Set(parseDomains(await response.json()));
        this.fetchedAt = Date.now();
      }
    } catch {
      // Host not running: keep what we had; the connection state tells the user.
    }
    return this.domains;
  }
}
