// @ts-check
// Article pages written for the browser tests (invented events, no third-party text). Each story is covered by
// several outlets on their real domains; the browser reaches them through --host-resolver-rules, which maps
// every host name to the local fixture server.

/**
 * @typedef {{ host: string, path: string, site: string, title: string, lead: string, paragraphs: string[],
 *             author: string, hoursAgo: number }} FixtureArticle
 */

const FLOOD_FACTS = [
  'Portvale city council voted 31 to 9 on Thursday night to build a £40 million flood barrier across the mouth of the River Tane, three weeks after Storm Idris pushed a record surge of 4.2 metres into the harbour.',
  'Mayor Elena Marsh said the barrier, designed by the engineering firm Hollis & Crane, would protect about 12,000 homes and the container port, and that construction could start next spring if the national environment agency approves the plan.',
  'The storm flooded 1,800 properties in Portvale, closed the port for six days and left two people dead. Insurers have estimated the damage at more than £300 million.',
  'Opponents on the council argued that the barrier would push water onto farmland upstream and that the money should go to relocating the most exposed streets. Fishing crews have asked for a lock wide enough for their boats.',
  'The council will borrow £25 million and expects the rest from a national resilience fund. A public consultation on the final design opens next month.',
];

const GLACIER_FACTS = [
  'Researchers at the Kelvar Alpine Observatory reported on Wednesday that the Sennig glacier lost 6.1 per cent of its ice volume in a single summer, the largest loss since measurements began in 1921.',
  'Dr. Amira Haddad, who leads the monitoring programme, said the glacier tongue retreated 180 metres and that meltwater lakes formed at altitudes above 3,000 metres for the first time on record.',
  'The observatory warned that two villages in the Sennig valley face a higher risk of sudden floods from meltwater lakes and asked regional authorities to install early-warning sensors before next summer.',
  'The team combined drone surveys with 40 stakes drilled into the ice to measure thinning of up to 4 metres at the glacier front. Winter snowfall was 30 per cent below the long-term average.',
  'Tourism operators in the valley said summer ski lessons on the glacier had been cancelled for the second year running.',
];

/**
 * Each outlet tells the story with two of the shared facts and paragraphs of its own, so no two bodies are
 * near-copies (a repost is made on purpose, below).
 * @param {string[]} facts
 * @param {number} variant
 * @param {string[]} own
 */
function bodyFrom(facts, variant, own) {
  return [facts[variant % facts.length], own[0], facts[(variant + 2) % facts.length], ...own.slice(1)];
}

/** @type {FixtureArticle[]} */
export const FLOOD_STORY = [
  { host: 'www.reuters.com', path: '/world/uk/portvale-council-approves-flood-barrier-2026-11-29/', site: 'Reuters',
    title: 'Portvale council approves £40 million flood barrier after record storm surge', author: 'Jane Doe', hoursAgo: 5,
    lead: 'Portvale city council approved a £40 million flood barrier on the River Tane after Storm Idris brought a record 4.2 metre surge.',
    paragraphs: bodyFrom(FLOOD_FACTS, 0, ['Engineers have studied a barrier at the Tane estuary since a smaller flood in 2014, but earlier proposals stalled over cost.', 'Shares in listed port operators with Portvale berths rose after the vote, traders said.']) },
  { host: 'apnews.com', path: '/article/portvale-flood-barrier-storm-idris-vote', site: 'AP News',
    title: 'Portvale votes for £40 million River Tane flood barrier after Storm Idris', author: 'Sam Roe', hoursAgo: 6,
    lead: 'Councillors in Portvale voted for a £40 million flood barrier across the River Tane after the record surge of Storm Idris.',
    paragraphs: bodyFrom(FLOOD_FACTS, 1, ["Residents who packed the public gallery applauded when the result was announced, and several held signs reading 'Never again'.", 'The vote came after a six-hour debate in which 14 councillors spoke.']) },
  { host: 'www.nytimes.com', path: '/2026/11/29/world/europe/portvale-flood-barrier.html', site: 'The New York Times',
    title: 'After Record Storm Surge, Portvale Approves a £40 Million Flood Barrier', author: 'Lee Park', hoursAgo: 4,
    lead: 'The Portvale council approved a £40 million flood barrier on the River Tane weeks after Storm Idris flooded 1,800 properties.',
    paragraphs: bodyFrom(FLOOD_FACTS, 2, ['For families in the low-lying Eastquay district, the decision is personal: many are still living with relatives while their homes dry out.', "Climate scientists say surges like Storm Idris's will become more frequent as sea levels rise, putting similar towns in the same position."]) },
  { host: 'www.theguardian.com', path: '/uk-news/2026/nov/29/portvale-flood-barrier-river-tane-storm-idris', site: 'The Guardian',
    title: 'Portvale council backs £40m River Tane flood barrier after Storm Idris surge', author: 'Kim Lowe', hoursAgo: 7,
    lead: 'Portvale council has backed a £40m flood barrier across the River Tane after Storm Idris caused a record surge.',
    paragraphs: bodyFrom(FLOOD_FACTS, 3, ["Environmental groups said the council had rushed the decision and had not published a full assessment of the effect on the estuary's salt marshes.", 'Labour councillors said the town had no choice after the damage of the past month.']) },
  { host: 'www.foxnews.com', path: '/world/portvale-council-flood-barrier-storm-idris', site: 'Fox News',
    title: 'Portvale council approves pricey £40 million flood barrier after Storm Idris', author: 'Max Hill', hoursAgo: 3,
    lead: 'Portvale council approved a £40 million flood barrier on the River Tane after the Storm Idris surge, borrowing £25 million.',
    paragraphs: bodyFrom(FLOOD_FACTS, 4, ['Taxpayer advocates questioned whether the borrowing would raise council tax bills, which already rose 4.9 per cent this year.', 'Local business owners said the port closure had cost them weeks of trade and welcomed a decision.']) },
];

/** A wire copy: the AP article's text republished word for word; folds under the original as a repost. */
export const FLOOD_REPOST = /** @type {FixtureArticle} */ ({ ...FLOOD_STORY[1], host: 'www.yahoo.com',
  path: '/news/portvale-votes-40-million-river-tane-flood-barrier.html', site: 'Yahoo News', hoursAgo: 5.5 });

/** Imported while the panel is open: must appear live. */
export const FLOOD_LATE_ARTICLE = /** @type {FixtureArticle} */ ({
  host: 'nypost.com', path: '/2026/11/29/world/portvale-flood-barrier-vote/', site: 'New York Post',
  title: 'Portvale council votes for £40 million flood barrier on River Tane after Storm Idris', author: 'Ann Fox', hoursAgo: 1,
  lead: 'Portvale council voted 31 to 9 for a £40 million flood barrier on the River Tane after the record Storm Idris surge.',
  paragraphs: bodyFrom(FLOOD_FACTS, 1, ['Critics called the project a blank cheque and demanded an independent cost review before any contract is signed.', 'The harbour master said dredging would also be needed.']),
});

/** Imported after the host restarted: proves the extension re-subscribed. */
export const FLOOD_AFTER_RESTART = /** @type {FixtureArticle} */ ({
  host: 'www.cnn.com', path: '/2026/11/29/europe/portvale-flood-barrier-storm-idris-intl/index.html', site: 'CNN',
  title: 'Portvale approves £40 million flood barrier on the River Tane after Storm Idris', author: 'Ola Berg', hoursAgo: 2,
  lead: 'Portvale council approved a £40 million River Tane flood barrier after Storm Idris caused a record 4.2 metre surge.',
  paragraphs: bodyFrom(FLOOD_FACTS, 3, ['Insurance brokers told CNN that premiums in the harbour district had doubled since the storm.', 'A spokesperson for the environment agency said it would review the plan within 90 days.']),
});

export const GLACIER_STORY = /** @type {FixtureArticle[]} */ ([
  { host: 'www.huffpost.com', path: '/entry/sennig-glacier-record-ice-loss_n_1', site: 'HuffPost',
    title: 'Sennig glacier loses record 6.1% of its ice in one summer, Kelvar observatory says', author: 'Ria Sol', hoursAgo: 8,
    lead: 'The Sennig glacier lost a record 6.1 per cent of its ice in one summer, the Kelvar Alpine Observatory said.',
    paragraphs: bodyFrom(GLACIER_FACTS, 0, ['Campaigners said the findings should push the national government to speed up its emissions targets.', "The observatory's data are shared with an international glacier monitoring network."]) },
  { host: 'www.msnbc.com', path: '/news/climate/sennig-glacier-record-ice-loss', site: 'MSNBC',
    title: 'Record ice loss at Sennig glacier: 6.1% gone in a single summer', author: 'Tom Vik', hoursAgo: 7,
    lead: 'Kelvar Alpine Observatory researchers say the Sennig glacier lost 6.1 per cent of its ice volume in one summer, a record.',
    paragraphs: bodyFrom(GLACIER_FACTS, 1, ['The results were presented at a press conference in the valley town of Orlen.', 'Local guides said crevasses had opened on routes that were safe a decade ago.']) },
  { host: 'www.theguardian.com', path: '/environment/2026/nov/29/sennig-glacier-record-ice-loss', site: 'The Guardian',
    title: 'Sennig glacier suffers record ice loss of 6.1% in one summer', author: 'Kim Lowe', hoursAgo: 6,
    lead: 'The Sennig glacier lost 6.1% of its ice in a single summer, its largest loss since records began in 1921.',
    paragraphs: bodyFrom(GLACIER_FACTS, 2, ['Scientists said the loss was driven by a hot summer following a dry winter, a combination expected to recur.', 'The glacier feeds the river that supplies drinking water to 60,000 people downstream.']) },
  { host: 'www.motherjones.com', path: '/environment/2026/11/sennig-glacier-record-melt/', site: 'Mother Jones',
    title: 'The Sennig glacier just lost a record 6.1 percent of its ice in one summer', author: 'Eli Ray', hoursAgo: 5,
    lead: 'Researchers at the Kelvar Alpine Observatory measured a record 6.1 percent loss of ice at the Sennig glacier.',
    paragraphs: bodyFrom(GLACIER_FACTS, 3, ['The observatory has asked for funding to double the number of automatic weather stations on the ice.', 'Researchers said the glacier could vanish below 2,800 metres within 25 years.']) },
  { host: 'www.vox.com', path: '/climate/2026/11/29/sennig-glacier-record-ice-loss', site: 'Vox',
    title: 'Why the Sennig glacier lost a record 6.1 percent of its ice this summer', author: 'Noa Dahl', hoursAgo: 4,
    lead: 'A hot summer after a dry winter cost the Sennig glacier a record 6.1 percent of its ice, Kelvar observatory researchers say.',
    paragraphs: bodyFrom(GLACIER_FACTS, 4, ['The explanation starts with snow: a thin winter snowpack left bare ice exposed to the sun by early July.', 'Glaciologists elsewhere in the range reported similar, if smaller, losses.']) },
  { host: 'www.nbcnews.com', path: '/science/environment/sennig-glacier-record-ice-loss-rcna1', site: 'NBC News',
    title: 'Sennig glacier records its biggest ice loss since 1921', author: 'Ivy Cole', hoursAgo: 3,
    lead: 'The Sennig glacier lost 6.1% of its ice volume this summer, the biggest loss since 1921, according to the Kelvar Alpine Observatory.',
    paragraphs: bodyFrom(GLACIER_FACTS, 0, ['Officials in the valley said they would meet the observatory next week to discuss the flood sensors.', 'Hikers have been told to avoid the lower glacier until further notice.']) },
  { host: 'www.washingtonpost.com', path: '/climate-environment/2026/11/29/sennig-glacier-record-melt/', site: 'The Washington Post',
    title: 'A record summer melt took 6.1 percent of the Sennig glacier', author: 'Ben Ash', hoursAgo: 2,
    lead: 'Researchers at the Kelvar Alpine Observatory say 6.1 percent of the Sennig glacier melted in a single summer.',
    paragraphs: bodyFrom(GLACIER_FACTS, 1, ['The measurements were made with drones and stakes drilled into the ice, the researchers said.', 'The glacier has lost about a third of its volume since 1980.']) },
]);

/** @param {string} text */
const esc = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A realistic article page: JSON-LD NewsArticle, OpenGraph, canonical link, <time>, <article>.
 * @param {FixtureArticle} a
 * @param {Date} now
 */
export function articleHtml(a, now) {
  const published = new Date(now.getTime() - a.hoursAgo * 3600_000).toISOString();
  const url = `https://${a.host}${a.path}`;
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, datePublished: published,
    author: { '@type': 'Person', name: a.author }, publisher: { '@type': 'Organization', name: a.site }, mainEntityOfPage: url,
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${esc(a.title)} | ${esc(a.site)}</title>
<link rel="canonical" href="${esc(url)}">
<meta name="description" content="${esc(a.lead)}">
<meta property="og:type" content="article"><meta property="og:title" content="${esc(a.title)}">
<meta property="og:url" content="${esc(url)}"><meta property="og:site_name" content="${esc(a.site)}">
<meta property="article:published_time" content="${published}">
<meta name="author" content="${esc(a.author)}">
<script type="application/ld+json">${jsonLd}</script>
</head><body>
<header><nav><a href="/">${esc(a.site)}</a> · <a href="/world">World</a> · <a href="/business">Business</a></nav></header>
<main><article>
<h1>${esc(a.title)}</h1>
<p class="byline">By ${esc(a.author)} · <time datetime="${published}">${published.slice(0, 10)}</time></p>
<p><strong>${esc(a.lead)}</strong></p>
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main>
<footer><p>© ${esc(a.site)}</p></footer>
</body></html>`;
}

/** @param {FixtureArticle} a */
export const articleUrl = (a) => `https://${a.host}${a.path}`;
