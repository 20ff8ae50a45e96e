// The host's own page: pairing status, then the reader's diet, the latest stories and feed health.
(() => {
'use strict';

const { stackedBar, bars, dailyColumns, SIDE_COLOURS } = window.BiasCharts;
const $ = (id) => document.getElementById(id);
let days = 30;

async function api(path, options = {}) {
  const response = await fetch(path, { credentials: 'same-origin', ...options });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

function sideParts(left, center, right, unrated = 0) {
  return [
    { key: 'Left', value: left, colour: SIDE_COLOURS.left },
    { key: 'Center', value: center, colour: SIDE_COLOURS.center },
    { key: 'Right', value: right, colour: SIDE_COLOURS.right },
    { key: 'Unrated', value: unrated, colour: SIDE_COLOURS.unrated },
  ];
}

function fill(id, ...nodes) {
  $(id).replaceChildren(...nodes);
}

function item(text) {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

// Article urls come from pages and feeds: only http(s) becomes a link.
function externalLink(text, url) {
  if (!/^https?:\/\//i.test(url)) return document.createTextNode(text);
  const a = document.createElement('a');
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.textContent = text;
  return a;
}

// Every outlet's article of a story, with its lean and how many copies were folded under it.
function storyArticles(report) {
  const list = document.createElement('ul');
  list.className = 'articles';
  for (const article of report.articles) {
    const li = document.createElement('li');
    li.dataset.side = side(article.outlet.bias);
    const outlet = document.createElement('span');
    outlet.className = 'outlet';
    outlet.textContent = `${article.outlet.name} · ${article.outlet.bias ?? 'unrated'}`;
    li.append(outlet, ' ', externalLink(article.title || article.url, article.url));
    if (article.reposts.length) li.append(` (+${article.reposts.length} ${article.reposts.length === 1 ? 'copy' : 'copies'})`);
    list.append(li);
  }
  return list;
}

function storyItem(summaryText, storyId, report) {
  const li = document.createElement('li');
  const details = document.createElement('details');
  details.dataset.storyId = String(storyId);
  const summary = document.createElement('summary');
  summary.textContent = summaryText;
  details.append(summary);
  if (report) details.append(storyArticles(report));
  else {
    details.addEventListener('toggle', async () => {
      if (!details.open || details.dataset.loaded) return;
      details.dataset.loaded = 'true';
      try {
        details.append(storyArticles(await api(`/api/stories/${storyId}`)));
      } catch (error) {
        details.append(item(`Could not load the story (${error.message}).`));
      }
    });
  }
  li.append(details);
  return li;
}

async function showDiet() {
  const diet = await api(`/api/history/diet?days=${days}`);
  const count = (label) => diet.bias.find((b) => b.key === label)?.count ?? 0;
  $('diet-summary').textContent = `${diet.articles} articles from ${diet.outlets.length} outlets in the last ${diet.days} days` +
    (diet.recordingPaused ? ' (recording is paused)' : '');
  $('diet-blindspot').hidden = !diet.blindspot;
  $('diet-blindspot').textContent = diet.blindspot ? `Your blindspot: you read almost nothing from the ${diet.blindspot}.` : '';
  fill('diet-bar', stackedBar(sideParts(count('left') + count('lean-left'), count('center'), count('right') + count('lean-right'), count('unrated')), 'Articles read by side'));
  fill('diet-days', dailyColumns(diet.daily, 'Articles read per day by side'));
  fill('diet-outlets', bars(diet.outlets.slice(0, 10).map((o) => ({ label: o.name, value: o.articles, colour: SIDE_COLOURS[side(o.bias)] })), 'Outlets read most'));
  fill('diet-countries', bars(diet.countries.slice(0, 8).map((c) => ({ label: c.key, value: c.count })), 'Countries'));
  fill('diet-factuality', bars(diet.factuality.map((f) => ({ label: f.key, value: f.count })), 'Factuality'));
  fill('diet-one-sided', ...(diet.oneSidedStories.length
    ? diet.oneSidedStories.map((s) => storyItem(`${s.headline} — you read the ${s.side}; also covered by the ${s.otherSidesCovering.join(' and ')}`, s.storyId))
    : [item('None: every story you read, you read from more than one side, or nobody else covered it.')]));
  $('pause').textContent = diet.recordingPaused ? 'Resume recording' : 'Pause recording';
  $('pause').dataset.paused = String(diet.recordingPaused);
}

function side(label) {
  if (label === 'left' || label === 'lean-left') return 'left';
  if (label === 'right' || label === 'lean-right') return 'right';
  return label === 'center' ? 'center' : 'unrated';
}

async function showStories() {
  const stories = await api('/api/stories?limit=10');
  const rows = await Promise.all(stories.map(async (summary) => {
    const report = await api(`/api/stories/${summary.id}`);
    const li = storyItem(report.headline, summary.id, report);
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = `${report.articleCount} articles, ${report.outletCount} outlets` + (report.blindspot ? ` · blindspot: ${report.blindspot}` : '');
    const d = report.distribution;
    li.querySelector('summary').append(meta, stackedBar(sideParts(d.left, d.center, d.right, d.ratedOutlets ? 0 : 1), `Bias of ${report.headline}`));
    return li;
  }));
  fill('stories', ...(rows.length ? rows : [item('No stories yet: read a news article with the extension, or import a corpus.')]));
}

async function showFeeds() {
  const feeds = await api('/api/feeds');
  const parked = feeds.filter((f) => f.parked);
  const failing = feeds.filter((f) => !f.parked && f.lastError);
  const healthy = feeds.length - parked.length - failing.length;
  fill('feeds-bar', stackedBar([
    { key: 'OK', value: healthy, colour: '#1a7f37' },
    { key: 'Failing', value: failing.length, colour: '#b7791f' },
    { key: 'Parked', value: parked.length, colour: '#c62828' },
  ], 'Feed health'));
  fill('feeds-failing', ...[...parked, ...failing].slice(0, 10).map((f) => item(`${f.parked ? 'parked' : 'failing'}: ${f.url} — ${f.lastError}`)));
}

async function refresh() {
  await Promise.all([showDiet(), showStories(), showFeeds()]);
}

(async () => {
  const status = $('status');
  try {
    const response = await fetch('/api/health', { credentials: 'same-origin' });
    if (!response.ok) {
      status.textContent = 'Running. This browser is not paired yet.';
      $('pair').hidden = false;
      return;
    }
    const health = await response.json();
    status.textContent = `Running, paired. ${health.articles} articles stored.`;
    status.className = 'ok';
    $('dashboard').hidden = false;
    for (const button of document.querySelectorAll('[data-days]')) {
      button.addEventListener('click', async () => {
        days = Number(button.dataset.days);
        for (const other of document.querySelectorAll('[data-days]')) other.setAttribute('aria-pressed', String(other === button));
        await showDiet();
      });
    }
    const send = (path, method, body) => api(path, { method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) });
    $('pause').addEventListener('click', async () => { await send('/api/history/paused', 'PUT', { paused: $('pause').dataset.paused !== 'true' }); await showDiet(); });
    $('delete-today').addEventListener('click', async () => { await send(`/api/history?day=${new Date().toISOString().slice(0, 10)}`, 'DELETE'); await showDiet(); });
    $('delete-all').addEventListener('click', async () => {
      if (confirm('Delete your whole reading history? The stored news stays.')) { await send('/api/history?all=true', 'DELETE'); await showDiet(); }
    });
    await refresh();
  } catch (error) {
    status.textContent = `The host does not answer (${error.message}).`;
    status.className = 'bad';
  }
})();
})();
