// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPanel, renderReport, leanSentence, articlesFor } from '../../src/sidepanel/render.js';
import { normalizeReport } from '../../src/shared/report.js';
import { sampleReport, UI } from './fixtures.mjs';

/** @param {import('../../src/shared/report.js').CoverageReport} report */
const ready = (report) => /** @type {import('../../src/shared/messages.js').TabView} */ ({ tabId: 7, status: 'ready', report });
const connected = /** @type {import('../../src/shared/messages.js').ConnectionState} */ ({ state: 'connected', hostAddress: 'http://127.0.0.1:5780' });

/** @param {string} html @param {RegExp} re */
const count = (html, re) => (html.match(new RegExp(re.source, 'g')) ?? []).length;

test('story view shows headline, article count, first reporter and source countries', () => {
  const out = renderPanel(connected, ready(sampleReport()), UI).value;
  assert.match(out, /<h1 id="headline">Harbour city council approves flood barrier after record storm<\/h1>/);
  assert.match(out, /data-testid="article-count">8<\/strong> Articles/);
  assert.match(out, /from 4 outlets/);
  assert.match(out, /<strong>Wire One<\/strong> broke the news in London, United Kingdom on Saturday, November 28, 2026\./);
  assert.match(out, /Sources are mostly out of <strong>United States<\/strong> \(67%\)/);
  assert.doesNotMatch(out, /data-state=/, 'no connection banner while connected');
});

test('tabs are ARIA tabs with per-side counts and exactly one selected', () => {
  const out = renderPanel(connected, ready(sampleReport()), UI).value;
  assert.match(out, /role="tablist"/);
  assert.equal(count(out, /role="tab"/), 4);
  assert.equal(count(out, /aria-selected="true"/), 1);
  assert.match(out, /id="tab-all"[^>]*aria-selected="true"[^>]*tabindex="0"/);
  assert.match(out, /data-testid="count-all">4</);
  assert.match(out, /data-testid="count-left">2</);
  assert.match(out, /data-testid="count-center">1</);
  assert.match(out, /data-testid="count-right">0</);
  assert.match(out, /role="tabpanel" id="cards" aria-labelledby="tab-all"/);
});

test('selecting a side shows only that side\'s cards', () => {
  const report = sampleReport();
  const out = renderPanel(connected, ready(report), { ...UI, tab: 'left' }).value;
  assert.equal(count(out, /<article class="card/), 2);
  assert.match(out, /id="tab-left"[^>]*aria-selected="true"/);
  assert.deepEqual(articlesFor(report.articles, 'center').map((a) => a.id), [3]);
  const right = renderPanel(connected, ready(report), { ...UI, tab: 'right' }).value;
  assert.match(right, /No Right-leaning coverage yet/);
});

test('cards carry outlet, coloured bias label, factuality, place, title, snippet, time and the article link', () => {
  const out = renderPanel(connected, ready(sampleReport()), UI).value;
  const card = out.slice(out.indexOf('data-article-id="1"'), out.indexOf('data-article-id="2"'));
  assert.match(card, /<span class="outlet-name">Left Daily<\/span>/);
  assert.match(card, /<span class="bias bias-left" data-bias="left">Left<\/span>/);
  assert.match(card, /Mixed factuality/);
  assert.match(card, /<p class="place">Boston, United States<\/p>/);
  assert.match(card, /<a href="https:\/\/left.example\/flood" target="_blank" rel="noopener noreferrer">Council backs flood wall<\/a>/);
  assert.match(card, /<p class="snippet">The vote was 7 to 2.<\/p>/);
  assert.match(card, />3 hours ago<\/time>/);
  assert.match(card, /Read full article/);
  const unrated = out.slice(out.indexOf('data-article-id="4"'));
  assert.match(unrated, /bias-unrated/);
  assert.match(unrated, /Factuality not rated/);
});

test('reposts fold under the original with the first names and a count', () => {
  const out = renderPanel(connected, ready(sampleReport()), UI).value;
  assert.match(out, /<summary>\+4 reposted by Alpha News, Beta Times, Gamma Herald and 1 more<\/summary>/);
  assert.doesNotMatch(out, /javascript:/, 'a non-http repost link is not rendered as a link');
  assert.match(out, /<li>Delta Wire<\/li>/);
});

test('the article the reader is on is marked', () => {
  const out = renderPanel(connected, ready(sampleReport()), UI).value;
  assert.match(out, /<article class="card current" data-article-id="3"/);
  assert.match(out, /You are reading this article/);
});

test('bias distribution bar, percentages and the lean sentence', () => {
  const out = renderPanel(connected, ready(sampleReport()), UI).value;
  assert.match(out, /class="seg seg-left" data-pct="67">L 67%/);
  assert.match(out, /class="seg seg-center" data-pct="33">C 33%/);
  assert.doesNotMatch(out, /seg seg-right"/, 'a 0% side has no segment');
  assert.match(out, /aria-label="Bias distribution: Left 67%, Center 33%, Right 0% of 3 rated outlets"/);
  assert.match(out, /<p class="lean-sentence">67% of the sources lean Left<\/p>/);
  assert.match(out, /1 outlet has no bias rating/);
  assert.equal(leanSentence({ left: 20, center: 50, right: 30, ratedOutlets: 10 }), '50% of the sources are Center');
  assert.equal(leanSentence({ left: 10, center: 20, right: 70, ratedOutlets: 10 }), '70% of the sources lean Right');
  assert.equal(leanSentence({ left: 0, center: 0, right: 0, ratedOutlets: 0 }), 'None of the sources has a bias rating yet');
});

test('blindspot banner names the missing side, and is absent without one', () => {
  const out = renderPanel(connected, ready(sampleReport()), UI).value;
  assert.match(out, /class="blindspot" role="note" data-blindspot="right"><strong>Blindspot:<\/strong> little or no coverage from the Right/);
  const none = renderPanel(connected, ready({ ...sampleReport(), blindspot: null }), UI).value;
  assert.doesNotMatch(none, /class="blindspot"/);
});

test('factuality and ownership panels, key points, the page outlet with each rating source', () => {
  const out = renderPanel(connected, ready(sampleReport()), UI).value;
  assert.match(out, /<h2 id="factuality-h">Factuality<\/h2>[\s\S]*High factuality<\/span><span class="share-bar" data-pct="67">/);
  assert.match(out, /<h2 id="ownership-h">Ownership<\/h2>[\s\S]*Corporate<\/span><span class="share-bar" data-pct="100">/);
  assert.match(out, /<h2 id="key-points-h">Key points<\/h2>[\s\S]*The council voted 7 to 2 for the barrier\./);
  assert.match(out, /About Wire One/);
  assert.match(out, /Bias:<\/span> Center <span class="muted">— RaterA, retrieved 2026-01-05/);
  assert.match(out, /Bias:<\/span> Lean Left <span class="muted">— RaterB<\/span>/);
  assert.match(out, /Factuality:<\/span> High <span class="muted">— RaterB, retrieved 2026-02-01/);
  assert.match(out, /Wire One Holdings · Corporate/);
  const noKeyPoints = renderPanel(connected, ready({ ...sampleReport(), keyPoints: [] }), UI).value;
  assert.doesNotMatch(noKeyPoints, /Key points/);
});

test('text from the host is escaped and only http(s) links are rendered', () => {
  const report = sampleReport();
  report.headline = '<img src=x onerror=alert(1)>';
  report.articles[0].title = '"><script>alert(1)</script>';
  report.articles[0].url = 'javascript:alert(1)';
  report.articles[1].outlet.name = '<b>bold</b>';
  const out = renderPanel(connected, ready(report), UI).value;
  assert.doesNotMatch(out, /<img|<script|<b>bold/);
  assert.match(out, /&#60;img src=x onerror=alert\(1\)&#62;/);
  assert.doesNotMatch(out, /href="javascript:/);
});

test('See other sides button and discovery progress', () => {
  const idle = renderPanel(connected, ready(sampleReport()), UI).value;
  assert.match(idle, /<button type="button" class="primary" data-action="see-other-sides">See other sides<\/button>/);
  const running = renderPanel(connected, { ...ready(sampleReport()), discovery: { found: 3, done: false, running: true } }, UI).value;
  assert.match(running, /data-action="see-other-sides" disabled/);
  assert.match(running, /Searching for more coverage… 3 found so far/);
  const done = renderPanel(connected, { ...ready(sampleReport()), discovery: { found: 5, done: true, running: false } }, UI).value;
  assert.match(done, /Search finished: 5 articles found\./);
  const unavailable = renderPanel(connected, ready({ ...sampleReport(), discovery: { state: 'unavailable', found: 0, done: false } }), UI).value;
  assert.match(unavailable, /No news search is configured on the host/);
});

test('a page that is not an article shows the outlet\'s ratings only', () => {
  const report = { ...sampleReport(), storyId: null, isArticle: false, articles: [] };
  const out = renderReport(report, ready(report), UI).value;
  assert.match(out, /does not look like a news article/);
  assert.match(out, /About Wire One/);
  assert.doesNotMatch(out, /role="tablist"/);
});

test('connection states say what is wrong and what to do, never a blank panel', () => {
  const host = 'http://127.0.0.1:5780';
  const notRunning = renderPanel({ state: 'host-not-running', hostAddress: host, attempt: 2 }, null, UI).value;
  assert.match(notRunning, /The BiasCompanion host is not running<\/strong> at http:\/\/127.0.0.1:5780/);
  assert.match(notRunning, /scripts\/run/);
  assert.match(notRunning, /data-action="reconnect"/);
  const unpaired = renderPanel({ state: 'unpaired', hostAddress: host }, null, UI).value;
  assert.match(unpaired, /Not paired with the host/);
  assert.match(unpaired, /pairing code/);
  const offline = renderPanel({ state: 'reconnecting', hostAddress: host }, ready(sampleReport()), UI).value;
  assert.match(offline, /<strong>Offline:<\/strong>/);
  assert.match(offline, /id="headline"/, 'the last report stays visible while reconnecting');
  const idle = renderPanel(connected, null, UI).value;
  assert.match(idle, /Open a news article and click the BiasCompanion toolbar button/);
  for (const status of /** @type {const} */ (['capturing', 'analyzing', 'waiting-for-host', 'error'])) {
    const out = renderPanel(connected, { tabId: 1, status, error: { code: 'capture-failed', message: 'boom' } }, UI).value;
    assert.ok(out.trim().length > 40, `${status} renders something`);
  }
});

test('normalizeReport fills defaults for a partial or hostile payload', () => {
  assert.equal(normalizeReport(null), null);
  assert.equal(normalizeReport('x'), null);
  const r = normalizeReport({ storyId: 5, headline: 7, articles: [{ url: 'https://a', outlet: { name: 'A', domain: 'a' } }, { nope: 1 }, null] });
  assert.ok(r);
  assert.equal(r.storyId, 5);
  assert.equal(r.headline, null);
  assert.equal(r.articles.length, 1);
  assert.deepEqual(r.counts, { left: 0, leanLeft: 0, center: 0, leanRight: 0, right: 0, unrated: 0 });
  assert.equal(r.discovery.state, 'idle');
  const out = renderPanel(connected, ready({ ...r, isArticle: true }), UI).value;
  assert.match(out, /role="tablist"/);
});

test('labels in any spelling (LeanLeft, VeryHigh, Lean Left) render the same', () => {
  const report = sampleReport();
  report.articles[0].outlet.bias = 'LeanLeft';
  report.articles[0].outlet.factuality = 'VeryHigh';
  report.articles[1].outlet.bias = 'Lean Right';
  report.pageOutlet = { name: 'P', domain: 'p.example', bias: 'Center', ratings: [{ dimension: 'Bias', value: 'LeanRight', source: 'S' }, { dimension: 'factuality', value: 'MostlyFactual', source: 'S' }] };
  const out = renderPanel(connected, ready(report), UI).value;
  const card = out.slice(out.indexOf('data-article-id="1"'), out.indexOf('data-article-id="2"'));
  assert.match(card, /bias-lean-left" data-bias="lean-left">Lean Left</);
  assert.match(card, /Very high factuality/);
  assert.match(out, /data-testid="count-left">1</);
  assert.match(out, /data-testid="count-right">1</);
  assert.match(out, /Bias:<\/span> Lean Right/);
  assert.match(out, /Factuality:<\/span> Mostly factual/);
});
