// @ts-check
import { Html, html, safeUrl } from './html.js';
import { countryName, factualityText, humanize, longDate, parseTime, placeText, relativeTime, shortDateTime } from './format.js';
import { BIAS_NAMES, biasKey, kebabLabel } from '../shared/bias-style.js';
import { sideOf } from '../shared/report.js';
import { renderFraming, renderKeyPoints, renderTimeline } from './insights.js';

/**
 * The side panel as pure functions of (connection state, tab view, UI state) → HTML. No DOM here: index.js
 * puts the HTML in place and keeps scroll, focus and the selected tab across updates.
 *
 * @typedef {import('../shared/report.js').CoverageReport} CoverageReport
 * @typedef {import('../shared/report.js').CoverageArticle} CoverageArticle
 * @typedef {import('../shared/report.js').OutletCard} OutletCard
 * @typedef {import('../shared/report.js').Share} Share
 * @typedef {import('../shared/messages.js').ConnectionState} ConnectionState
 * @typedef {import('../shared/messages.js').TabView} TabView
 * @typedef {'all' | 'left' | 'center' | 'right'} TabName
 * @typedef {{ tab: TabName, now: Date, timeZone?: string }} UiState
 */

/** @type {readonly TabName[]} */
export const TABS = ['all', 'left', 'center', 'right'];
const TAB_LABELS = { all: 'All', left: 'Left', center: 'Center', right: 'Right' };
const SIDE_NAMES = { left: 'Left', center: 'Center', right: 'Right' };

/**
 * @param {ConnectionState | null} connection
 * @param {TabView | null} view
 * @param {UiState} ui
 * @returns {Html}
 */
export function renderPanel(connection, view, ui) {
  return html`${renderConnection(connection)}${renderBody(connection, view, ui)}`;
}

/**
 * The connection banner: nothing when connected, otherwise what is wrong and what to do about it.
 * @param {ConnectionState | null} connection
 */
export function renderConnection(connection) {
  if (!connection || connection.state === 'connected') return html``;
  const host = connection.hostAddress || 'the host';
  switch (connection.state) {
    case 'connecting':
      return html`<div class="notice info" role="status" data-state="connecting"><p>Connecting to the BiasCompanion host at ${host}…</p></div>`;
    case 'reconnecting':
      return html`<div class="notice warn" role="status" data-state="reconnecting"><p><strong>Offline:</strong> the connection to the host at ${host} was lost. Reconnecting by itself; the panel updates when it is back.</p></div>`;
    case 'host-not-running':
      return html`<div class="notice error" role="alert" data-state="host-not-running">
<p><strong>The BiasCompanion host is not running</strong> at ${host}.</p>
<p>Start it with <code>scripts/run</code> in the BiasCompanion folder, or check the address in the options. The extension keeps retrying${connection.attempt ? html` (attempt ${connection.attempt})` : ''}.</p>
<p><button type="button" data-action="reconnect">Retry now</button> <button type="button" data-action="open-options" class="link">Options</button></p></div>`;
    case 'unpaired':
      return html`<div class="notice error" role="alert" data-state="unpaired">
<p><strong>Not paired with the host</strong> at ${host}: it refused this browser.</p>
<p>Open the options, paste the pairing code that <code>scripts/run</code> printed, and save.</p>
<p><button type="button" data-action="open-options">Open options</button></p></div>`;
    default:
      return html``;
  }
}

/**
 * @param {ConnectionState | null} connection
 * @param {TabView | null} view
 * @param {UiState} ui
 */
function renderBody(connection, view, ui) {
  if (!view || view.status === 'idle') {
    return html`<section class="empty" data-view="idle">
<h1>See every side of the story</h1>
<p>Open a news article and click the BiasCompanion toolbar button, choose <em>See other sides</em> from the page's menu, or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>B</kbd>.</p>
<p>The page is sent only to the BiasCompanion host on this computer.</p>
</section>`;
  }
  switch (view.status) {
    case 'capturing':
    case 'analyzing':
      return html`<section class="empty" data-view="loading"><p role="status" class="loading">Looking for other coverage of this page…</p></section>`;
    case 'waiting-for-host':
      return html`<section class="empty" data-view="waiting"><p role="status">The page is read and waits for the host; it is looked up as soon as the host answers${connection?.state === 'host-not-running' ? ' (start it with scripts/run)' : ''}.</p></section>`;
    case 'error':
      return html`<section class="empty" data-view="error"><p role="alert">${view.error?.message ?? 'Something went wrong.'}</p>
<p><button type="button" data-action="analyze">Try again</button></p></section>`;
    case 'ready':
      return view.report ? renderReport(view.report, view, ui) : html``;
    default:
      return html``;
  }
}

/**
 * @param {CoverageReport} report
 * @param {TabView} view
 * @param {UiState} ui
 */
export function renderReport(report, view, ui) {
  if (!report.isArticle || report.storyId == null) {
    return html`<section class="not-article" data-view="not-article">
<p class="lede">This page does not look like a news article, so there is no story to compare.</p>
${report.pageOutlet ? renderPageOutlet(report.pageOutlet) : html`<p>The site is not a known news outlet.</p>`}
</section>`;
  }
  const first = parseTime(report.firstSeen);
  const updated = parseTime(report.updated);
  return html`<article class="story" data-view="story" data-story-id="${report.storyId}">
<header class="story-head">
<p class="meta">${first ? html`First seen <time datetime="${first.toISOString()}">${shortDateTime(first, ui.timeZone)}</time>` : ''}${first && updated ? ' · ' : ''}${updated ? html`Updated <time datetime="${updated.toISOString()}">${relativeTime(updated, ui.now, ui.timeZone)}</time>` : ''}</p>
<h1 id="headline">${report.headline ?? 'Untitled story'}</h1>
</header>
${renderKeyPoints(report)}
<p class="article-count"><strong data-testid="article-count">${report.articleCount}</strong> ${report.articleCount === 1 ? 'Article' : 'Articles'} <span class="muted">from ${report.outletCount} ${report.outletCount === 1 ? 'outlet' : 'outlets'}</span></p>
${renderBlindspot(report)}
${renderDistribution(report)}
${renderFraming(report)}
${renderTimeline(report, ui)}
${renderDiscovery(report, view)}
${renderTabs(report, ui)}
${renderFirstReporter(report, ui)}
${renderCountries(report)}
${renderBreakdown('Factuality', 'factuality', report.factuality, factualityText)}
${renderBreakdown('Ownership', 'ownership', report.ownership, humanize)}
${report.pageOutlet ? renderPageOutlet(report.pageOutlet) : ''}
</article>`;
}

/** @param {CoverageReport} report */
export function renderBlindspot(report) {
  const side = report.blindspot;
  if (side !== 'left' && side !== 'center' && side !== 'right') return html``;
  return html`<div class="blindspot" role="note" data-blindspot="${side}"><strong>Blindspot:</strong> little or no coverage from ${side === 'center' ? 'the Center' : `the ${SIDE_NAMES[side]}`}. Readers of ${SIDE_NAMES[side].toLowerCase()}-leaning outlets may not see this story.</div>`;
}

/**
 * "35% of the sources lean Left": the side with the largest share of rated outlets.
 * @param {CoverageReport['distribution']} d
 */
export function leanSentence(d) {
  if (d.ratedOutlets <= 0) return 'None of the sources has a bias rating yet';
  /** @type {['left' | 'center' | 'right', number][]} */
  const sides = [['left', d.left], ['center', d.center], ['right', d.right]];
  const [side, pct] = sides.reduce((best, s) => (s[1] > best[1] ? s : best));
  return side === 'center' ? `${pct}% of the sources are Center` : `${pct}% of the sources lean ${SIDE_NAMES[side]}`;
}

/** @param {CoverageReport} report */
export function renderDistribution(report) {
  const d = report.distribution;
  const segments = /** @type {const} */ (['left', 'center', 'right']).filter((s) => d[s] > 0);
  const label = `Bias distribution: Left ${d.left}%, Center ${d.center}%, Right ${d.right}% of ${d.ratedOutlets} rated ${d.ratedOutlets === 1 ? 'outlet' : 'outlets'}`;
  return html`<section class="distribution" aria-labelledby="distribution-h"><h2 id="distribution-h">Bias distribution</h2>
<div class="bar" role="img" aria-label="${label}">${segments.map((s) => html`<span class="seg seg-${s}" data-pct="${d[s]}">${SIDE_NAMES[s].charAt(0)} ${d[s]}%</span>`)}${segments.length === 0 ? html`<span class="seg seg-none" data-pct="100">no rated sources</span>` : ''}</div>
<ul class="legend"><li><span class="dot seg-left"></span>Left ${d.left}%</li><li><span class="dot seg-center"></span>Center ${d.center}%</li><li><span class="dot seg-right"></span>Right ${d.right}%</li></ul>
<p class="lean-sentence">${leanSentence(d)}</p>
${report.counts.unrated > 0 ? html`<p class="muted">${report.counts.unrated} ${report.counts.unrated === 1 ? 'outlet has' : 'outlets have'} no bias rating.</p>` : ''}
</section>`;
}

/**
 * @param {CoverageReport} report
 * @param {TabView} view
 */
function renderDiscovery(report, view) {
  const running = view.discovery?.running === true || (report.discovery.state === 'running' && view.discovery?.done !== true);
  const found = Math.max(view.discovery?.found ?? 0, report.discovery.state === 'idle' ? 0 : report.discovery.found);
  const done = !running && (view.discovery?.done === true || report.discovery.state === 'done');
  let status = html``;
  if (report.discovery.state === 'unavailable') status = html`<p class="muted" role="status">No news search is configured on the host, so it cannot look further.</p>`;
  else if (running) status = html`<p role="status" class="progress" data-testid="discovery-progress"><span class="spinner" aria-hidden="true"></span>Searching for more coverage… ${found} found so far</p>`;
  else if (done) status = html`<p role="status" class="progress" data-testid="discovery-progress">Search finished: ${found} ${found === 1 ? 'article' : 'articles'} found.</p>`;
  return html`<section class="discovery"><button type="button" class="primary" data-action="see-other-sides"${running ? html` disabled aria-disabled="true"` : ''}>See other sides</button>${status}</section>`;
}

/**
 * Originals whose outlet falls on a side (reposts stay folded under their original).
 * @param {CoverageArticle[]} articles
 * @param {TabName} tab
 */
export function articlesFor(articles, tab) {
  return tab === 'all' ? articles : articles.filter((a) => sideOf(a.outlet.bias) === tab);
}

/**
 * @param {CoverageReport} report
 * @param {UiState} ui
 */
export function renderTabs(report, ui) {
  const selected = TABS.includes(ui.tab) ? ui.tab : 'all';
  const shown = articlesFor(report.articles, selected);
  return html`<section class="coverage" aria-label="Coverage">
<div role="tablist" aria-label="Coverage by side" class="tabs">${TABS.map((t) => {
    const count = articlesFor(report.articles, t).length;
    const isSelected = t === selected;
    return html`<button type="button" role="tab" id="tab-${t}" data-tab="${t}" aria-controls="cards" aria-selected="${isSelected ? 'true' : 'false'}" tabindex="${isSelected ? '0' : '-1'}">${TAB_LABELS[t]} <span class="tab-count" data-testid="count-${t}">${count}</span></button>`;
  })}</div>
<div role="tabpanel" id="cards" aria-labelledby="tab-${selected}" tabindex="0" class="cards">
${shown.length === 0 ? html`<p class="muted empty-tab">No ${selected === 'all' ? '' : `${SIDE_NAMES[/** @type {'left'|'center'|'right'} */ (selected)]}-leaning `}coverage yet.${selected !== 'all' ? ' “See other sides” searches for more.' : ''}</p>` : shown.map((a) => renderCard(a, report, ui))}
</div></section>`;
}

/**
 * @param {CoverageArticle} article
 * @param {CoverageReport} report
 * @param {UiState} ui
 */
export function renderCard(article, report, ui) {
  const o = article.outlet;
  const url = safeUrl(article.url);
  const published = parseTime(article.publishedAt);
  const place = placeText(o.city, o.country);
  const isCurrent = report.currentArticleId != null && article.id === report.currentArticleId;
  return html`<article class="card${isCurrent ? ' current' : ''}" data-article-id="${article.id}" aria-labelledby="card-title-${article.id}">
<div class="card-head"><span class="outlet-name">${o.name}</span>${renderBiasChip(o.bias)}<span class="factuality">${factualityText(o.factuality)}</span></div>
${place ? html`<p class="place">${place}</p>` : ''}
<h3 class="card-title" id="card-title-${article.id}">${url ? html`<a href="${url}" target="_blank" rel="noopener noreferrer">${article.title ?? url}</a>` : article.title ?? ''}</h3>
${article.snippet ? html`<p class="snippet">${article.snippet}</p>` : ''}
<p class="card-foot">${published ? html`<time datetime="${published.toISOString()}" title="${shortDateTime(published, ui.timeZone)}">${relativeTime(published, ui.now, ui.timeZone)}</time>` : ''}${url ? html`<a class="read" href="${url}" target="_blank" rel="noopener noreferrer">Read full article<span class="visually-hidden"> from ${o.name}</span></a>` : ''}</p>
${isCurrent ? html`<p class="you-are-here">You are reading this article</p>` : ''}
${renderReposts(article, ui)}
</article>`;
}

/** @param {string | null | undefined} bias */
export function renderBiasChip(bias) {
  const key = biasKey(bias);
  return html`<span class="bias bias-${key}" data-bias="${key}">${BIAS_NAMES[key]}</span>`;
}

/**
 * "+5 reposted by AP, Yahoo News, MSN and 2 more" folded under the original.
 * @param {CoverageArticle} article
 * @param {UiState} ui
 */
export function renderReposts(article, ui) {
  const reposts = article.reposts ?? [];
  if (reposts.length === 0) return html``;
  const names = [...new Set(reposts.map((r) => r.outletName))];
  const listed = names.slice(0, 3).join(', ');
  const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
  return html`<details class="reposts"><summary>+${reposts.length} reposted by ${listed}${more}</summary>
<ul>${reposts.map((r) => {
    const url = safeUrl(r.url);
    const t = parseTime(r.publishedAt);
    return html`<li>${url ? html`<a href="${url}" target="_blank" rel="noopener noreferrer">${r.outletName}</a>` : r.outletName}${t ? html` <span class="muted">${relativeTime(t, ui.now, ui.timeZone)}</span>` : ''}</li>`;
  })}</ul></details>`;
}

/**
 * "CNN broke the news in Atlanta, United States on Friday, July 11, 2025."
 * @param {CoverageReport} report
 * @param {UiState} ui
 */
export function renderFirstReporter(report, ui) {
  const f = report.firstReporter;
  if (!f) return html``;
  const place = placeText(f.city, f.country);
  const when = parseTime(f.publishedAt);
  return html`<p class="first-reporter" data-testid="first-reporter"><strong>${f.outletName}</strong> broke the news${place ? ` in ${place}` : ''}${when ? ` on ${longDate(when, ui.timeZone)}` : ''}.</p>`;
}

/** @param {CoverageReport} report */
export function renderCountries(report) {
  const top = report.sourceCountries[0];
  if (!top) return html``;
  return html`<section class="countries" aria-labelledby="countries-h"><h2 id="countries-h" class="visually-hidden">Source countries</h2>
<p data-testid="countries">Sources are mostly out of <strong>${countryName(top.key)}</strong> (${top.percent}%)</p>
${report.sourceCountries.length > 1 ? html`<ul class="shares">${report.sourceCountries.slice(0, 6).map((s) => html`<li><span>${countryName(s.key)}</span><span class="share-bar" data-pct="${s.percent}"></span><span class="num">${s.percent}%</span></li>`)}</ul>` : ''}</section>`;
}

/**
 * @param {string} title
 * @param {string} key
 * @param {Share[]} shares
 * @param {(k: string) => string} label
 */
export function renderBreakdown(title, key, shares, label) {
  return html`<section class="breakdown ${key}" aria-labelledby="${key}-h"><h2 id="${key}-h">${title}</h2>
${shares.length === 0 ? html`<p class="muted">No ${title.toLowerCase()} data for these outlets.</p>` : html`<ul class="shares">${shares.map((s) => html`<li><span>${label(s.key)}</span><span class="share-bar" data-pct="${s.percent}"></span><span class="num">${s.count} · ${s.percent}%</span></li>`)}</ul>`}</section>`;
}

/**
 * The outlet the reader is on, with every rating and its source.
 * @param {OutletCard} o
 */
export function renderPageOutlet(o) {
  const place = placeText(o.city, o.country);
  return html`<section class="page-outlet" aria-labelledby="page-outlet-h" data-testid="page-outlet">
<h2 id="page-outlet-h">About ${o.name}${o.known === false ? html` <span class="muted">(not in the outlet list)</span>` : ''}</h2>
<p>${renderBiasChip(o.bias)} <span class="factuality">${factualityText(o.factuality)}</span></p>
<dl>
${o.owner || o.ownerType ? html`<dt>Owner</dt><dd>${o.owner ?? ''}${o.owner && o.ownerType ? ' · ' : ''}${humanize(o.ownerType)}</dd>` : ''}
${place ? html`<dt>Based in</dt><dd>${place}</dd>` : ''}
<dt>Domain</dt><dd>${o.domain}</dd>
${o.flags?.length ? html`<dt>Flags</dt><dd>${o.flags.map((f) => humanize(f)).join(', ')}</dd>` : ''}
</dl>
${o.ratings?.length ? html`<h3>Ratings and their sources</h3><ul class="ratings">${o.ratings.map((r) => html`<li><span class="dim">${humanize(r.dimension)}:</span> ${kebabLabel(r.dimension) === 'bias' ? BIAS_NAMES[biasKey(r.value)] : humanize(r.value)} <span class="muted">— ${r.source}${r.retrievedAt ? `, retrieved ${r.retrievedAt}` : ''}</span></li>`)}</ul>` : html`<p class="muted">No ratings for this outlet.</p>`}
</section>`;
}
