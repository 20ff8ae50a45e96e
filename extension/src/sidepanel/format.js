// @ts-check
/** Text formatting for the panel: pure, locale "en", time zone given (the browser's own by default). */
import { kebabLabel } from '../shared/bias-style.js';

/**
 * "lean-left" → "Lean left", "public-broadcaster" → "Public broadcaster".
 * @param {string | null | undefined} value
 */
export function humanize(value) {
  if (!value) return '';
  const words = kebabLabel(value).replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const FACTUALITY = /** @type {Record<string, string>} */ ({
  'very-high': 'Very high factuality', 'high': 'High factuality', 'mostly-factual': 'Mostly factual',
  'mixed': 'Mixed factuality', 'low': 'Low factuality', 'very-low': 'Very low factuality',
});

/** @param {string | null | undefined} value */
export function factualityText(value) {
  if (!value) return 'Factuality not rated';
  return FACTUALITY[kebabLabel(value)] ?? humanize(value);
}

/** @type {Intl.DisplayNames | null} */
let regionNames = null;

/**
 * ISO 3166-1 alpha-2 → English country name ("US" → "United States"); anything else is shown as given.
 * @param {string | null | undefined} code
 */
export function countryName(code) {
  if (!code) return '';
  if (/^[A-Za-z]{2}$/.test(code)) {
    try {
      regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
      return regionNames.of(code.toUpperCase()) ?? code;
    } catch {
      return code;
    }
  }
  return code;
}

/**
 * "Chiyoda, Japan"; empty when nothing is known.
 * @param {string | null | undefined} city
 * @param {string | null | undefined} country
 */
export function placeText(city, country) {
  return [city, countryName(country)].filter(Boolean).join(', ');
}

/**
 * @param {string | null | undefined} iso
 * @returns {Date | null}
 */
export function parseTime(iso) {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t);
}

/**
 * "Friday, July 11, 2025".
 * @param {Date} date
 * @param {string | undefined} timeZone
 */
export function longDate(date, timeZone) {
  return date.toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone });
}

/**
 * "Jul 11, 2025, 14:05".
 * @param {Date} date
 * @param {string | undefined} timeZone
 */
export function shortDateTime(date, timeZone) {
  return date.toLocaleString('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone });
}

/**
 * "just now", "5 minutes ago", "3 hours ago", "2 days ago", then the date.
 * @param {Date} date
 * @param {Date} now
 * @param {string | undefined} timeZone
 */
export function relativeTime(date, now, timeZone) {
  const seconds = Math.round((now.getTime() - date.getTime()) / 1000);
  if (seconds < 0) return shortDateTime(date, timeZone);
  if (seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.floor(hours / 24);
  if (days < 7) return `${days} day${days === 1 ? '' : 's'} ago`;
  return shortDateTime(date, timeZone);
}
