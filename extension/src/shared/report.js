// @ts-check
/**
 * JSDoc mirror of host/Coverage/CoverageReport.cs as it arrives over the wire (camelCase, kebab-case enums,
 * ISO-8601 times). Everything from the host is treated as untrusted text when rendered.
 * @typedef {'left' | 'lean-left' | 'center' | 'lean-right' | 'right'} BiasLabel
 * @typedef {'left' | 'center' | 'right'} Side
 * @typedef {{ dimension: string, value: string, source: string, retrievedAt?: string | null }} RatingCard
 * @typedef {{
 *   id?: string | null, name: string, domain: string, known?: boolean, bias?: string | null,
 *   ratings?: RatingCard[], factuality?: string | null, owner?: string | null, ownerType?: string | null,
 *   country?: string | null, city?: string | null, flags?: string[]
 * }} OutletCard
 * @typedef {{ id: number, url: string, outletName: string, outletDomain: string, publishedAt?: string | null }} Repost
 * @typedef {{
 *   id: number, url: string, title?: string | null, snippet?: string | null, publishedAt?: string | null,
 *   language?: string | null, outlet: OutletCard, reposts?: Repost[]
 * }} CoverageArticle
 * @typedef {{ left: number, leanLeft: number, center: number, leanRight: number, right: number, unrated: number }} BiasCounts
 * @typedef {{ left: number, center: number, right: number, ratedOutlets: number }} BiasDistribution
 * @typedef {{
 *   outletName: string, outletDomain: string, city?: string | null, country?: string | null,
 *   publishedAt?: string | null, articleId: number
 * }} FirstReporter
 * @typedef {{ key: string, count: number, percent: number }} Share
 * @typedef {{ text: string, articleIds: number[], sides: string[], onlySide?: string | null, flagged?: boolean }} KeyPoint
 * @typedef {{ side: string, headline: string, articleId: number, onlyThisSide: KeyPoint[] }} SideFraming
 * @typedef {{ start: string, count: number }} TimeBucket
 * @typedef {{ side: string, firstAt: string, articles: number, unit: string, buckets: TimeBucket[] }} SideTimeline
 * @typedef {{ text: string, keyPoints: number[], articleIds: number[] }} SummarySentence
 * @typedef {{ sentences: SummarySentence[], model: string }} GeneratedSummary
 * @typedef {{ state: string, found: number, done: boolean }} DiscoveryStatus
 * @typedef {{
 *   storyId?: number | null, mergedStoryIds?: number[], headline?: string | null, firstSeen?: string | null, updated?: string | null,
 *   isArticle: boolean, pageOutlet?: OutletCard | null, currentArticleId?: number | null,
 *   articles: CoverageArticle[], articleCount: number, outletCount: number, counts: BiasCounts,
 *   distribution: BiasDistribution, blindspot?: string | null, firstReporter?: FirstReporter | null,
 *   sourceCountries: Share[], factuality: Share[], ownership: Share[], keyPoints: KeyPoint[],
 *   summary?: GeneratedSummary | null, framing?: SideFraming[], timeline?: SideTimeline[],
 *   discovery: DiscoveryStatus
 * }} CoverageReport
 * @typedef {{ url: string, canonicalUrl: string | null, html: string, title: string | null, capturedAt: string }} PageCapture
 */

import { kebabLabel } from './bias-style.js';

/** @type {readonly BiasLabel[]} */
export const BIAS_LABELS = ['left', 'lean-left', 'center', 'lean-right', 'right'];

/**
 * The three-way side of a five-point bias label; null when unrated or unknown.
 * @param {string | null | undefined} bias
 * @returns {Side | null}
 */
export function sideOf(bias) {
  switch (kebabLabel(bias)) {
    case 'left': case 'lean-left': return 'left';
    case 'center': return 'center';
    case 'lean-right': case 'right': return 'right';
    default: return null;
  }
}

/**
 * Fills the defaults the C# record has, so a partial or hostile payload never breaks rendering.
 * @param {unknown} value
 * @returns {CoverageReport | null}
 */
export function normalizeReport(value) {
  if (!value || typeof value !== 'object') return null;
  const r = /** @type {Record<string, any>} */ (value);
  const arr = (/** @type {unknown} */ v) => (Array.isArray(v) ? v : []);
  const num = (/** @type {unknown} */ v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const counts = r.counts && typeof r.counts === 'object' ? r.counts : {};
  const dist = r.distribution && typeof r.distribution === 'object' ? r.distribution : {};
  const disc = r.discovery && typeof r.discovery === 'object' ? r.discovery : {};
  return {
    storyId: typeof r.storyId === 'number' ? r.storyId : null,
    mergedStoryIds: arr(r.mergedStoryIds).filter((id) => typeof id === 'number' && Number.isFinite(id)),
    headline: typeof r.headline === 'string' ? r.headline : null,
    firstSeen: typeof r.firstSeen === 'string' ? r.firstSeen : null,
    updated: typeof r.updated === 'string' ? r.updated : null,
    isArticle: r.isArticle === true,
    pageOutlet: r.pageOutlet && typeof r.pageOutlet === 'object' ? r.pageOutlet : null,
    currentArticleId: typeof r.currentArticleId === 'number' ? r.currentArticleId : null,
    articles: arr(r.articles).filter((a) => a && typeof a === 'object' && a.outlet && typeof a.url === 'string'),
    articleCount: num(r.articleCount),
    outletCount: num(r.outletCount),
    counts: {
      left: num(counts.left), leanLeft: num(counts.leanLeft), center: num(counts.center),
      leanRight: num(counts.leanRight), right: num(counts.right), unrated: num(counts.unrated),
    },
    distribution: { left: num(dist.left), center: num(dist.center), right: num(dist.right), ratedOutlets: num(dist.ratedOutlets) },
    blindspot: typeof r.blindspot === 'string' ? r.blindspot : null,
    firstReporter: r.firstReporter && typeof r.firstReporter === 'object' ? r.firstReporter : null,
    sourceCountries: arr(r.sourceCountries),
    factuality: arr(r.factuality),
    ownership: arr(r.ownership),
    keyPoints: arr(r.keyPoints).map(normalizeKeyPoint).filter((k) => k !== null),
    summary: normalizeSummary(r.summary),
    framing: arr(r.framing).filter((f) => f && typeof f.side === 'string' && typeof f.headline === 'string')
      .map((f) => ({ side: f.side, headline: f.headline, articleId: num(f.articleId), onlyThisSide: arr(f.onlyThisSide).map(normalizeKeyPoint).filter((k) => k !== null) })),
    timeline: arr(r.timeline).filter((t) => t && typeof t.side === 'string' && typeof t.firstAt === 'string')
      .map((t) => ({
        side: t.side, firstAt: t.firstAt, articles: num(t.articles), unit: t.unit === 'hour' ? 'hour' : 'day',
        buckets: arr(t.buckets).filter((b) => b && typeof b.start === 'string').map((b) => ({ start: b.start, count: num(b.count) })),
      })),
    discovery: {
      state: typeof disc.state === 'string' ? disc.state : 'idle',
      found: num(disc.found),
      done: disc.done === true,
    },
  };
}

/** @param {unknown} value @returns {number[]} */
const numbers = (value) => (Array.isArray(value) ? value.filter((n) => typeof n === 'number' && Number.isFinite(n)) : []);

/**
 * @param {any} k
 * @returns {KeyPoint | null}
 */
function normalizeKeyPoint(k) {
  if (!k || typeof k !== 'object' || typeof k.text !== 'string') return null;
  return {
    text: k.text,
    articleIds: numbers(k.articleIds),
    sides: Array.isArray(k.sides) ? k.sides.filter((/** @type {unknown} */ s) => typeof s === 'string') : [],
    onlySide: typeof k.onlySide === 'string' ? k.onlySide : null,
    flagged: k.flagged === true,
  };
}

/**
 * @param {any} s
 * @returns {GeneratedSummary | null}
 */
function normalizeSummary(s) {
  if (!s || typeof s !== 'object' || !Array.isArray(s.sentences)) return null;
  const sentences = s.sentences.filter((/** @type {any} */ x) => x && typeof x.text === 'string')
    .map((/** @type {any} */ x) => ({ text: x.text, keyPoints: numbers(x.keyPoints), articleIds: numbers(x.articleIds) }));
  return sentences.length ? { sentences, model: typeof s.model === 'string' ? s.model : 'a local model' } : null;
}
