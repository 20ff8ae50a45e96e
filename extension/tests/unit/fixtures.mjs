// @ts-check
// A hand-written coverage report shaped like the host's CoverageReport JSON (camelCase, kebab-case enums).

/** @returns {import('../../src/shared/report.js').CoverageReport} */
export function sampleReport() {
  return {
    storyId: 42,
    headline: "Harbour city council approves flood barrier after record storm",
    firstSeen: '2026-11-28T08:00:00Z',
    updated: '2026-11-29T10:00:00Z',
    isArticle: true,
    pageOutlet: {
      id: 'wire-one', name: 'Wire One', domain: 'wireone.example', known: true, bias: 'center',
      ratings: [
        { dimension: 'bias', value: 'center', source: 'RaterA', retrievedAt: '2026-01-05' },
        { dimension: 'bias', value: 'lean-left', source: 'RaterB', retrievedAt: null },
        { dimension: 'factuality', value: 'high', source: 'RaterB', retrievedAt: '2026-02-01' },
      ],
      factuality: 'high', owner: 'Wire One Holdings', ownerType: 'corporate', country: 'GB', city: 'London', flags: [],
    },
    currentArticleId: 3,
    articles: [
      {
        id: 1, url: 'https://left.example/flood', title: 'Council backs flood wall', snippet: 'The vote was 7 to 2.',
        publishedAt: '2026-11-29T07:00:00Z', language: 'en',
        outlet: { name: 'Left Daily', domain: 'left.example', bias: 'left', factuality: 'mixed', country: 'US', city: 'Boston' },
        reposts: [],
      },
      {
        id: 2, url: 'https://leanleft.example/flood', title: 'Flood barrier approved', snippet: null,
        publishedAt: '2026-11-28T09:00:00Z', language: 'en',
        outlet: { name: 'Lean Left Post', domain: 'leanleft.example', bias: 'lean-left', factuality: 'high', country: 'US', city: null },
        reposts: [],
      },
      {
        id: 3, url: 'https://wireone.example/flood', title: 'Harbour city approves flood barrier', snippet: 'Record storm prompted the plan.',
        publishedAt: '2026-11-28T08:00:00Z', language: 'en',
        outlet: { name: 'Wire One', domain: 'wireone.example', bias: 'center', factuality: 'high', country: 'GB', city: 'London' },
        reposts: [
          { id: 10, url: 'https://a.example/x', outletName: 'Alpha News', outletDomain: 'a.example', publishedAt: '2026-11-28T09:00:00Z' },
          { id: 11, url: 'https://b.example/x', outletName: 'Beta Times', outletDomain: 'b.example', publishedAt: null },
          { id: 12, url: 'https://c.example/x', outletName: 'Gamma Herald', outletDomain: 'c.example', publishedAt: null },
          { id: 13, url: 'javascript:alert(1)', outletName: 'Delta Wire', outletDomain: 'd.example', publishedAt: null },
        ],
      },
      {
        id: 4, url: 'https://unrated.example/flood', title: 'Barrier vote', snippet: null, publishedAt: null, language: 'en',
        outlet: { name: 'Unrated Gazette', domain: 'unrated.example', bias: null, factuality: null, country: null, city: null },
        reposts: [],
      },
    ],
    articleCount: 8,
    outletCount: 4,
    counts: { left: 1, leanLeft: 1, center: 1, leanRight: 0, right: 0, unrated: 1 },
    distribution: { left: 67, center: 33, right: 0, ratedOutlets: 3 },
    blindspot: 'right',
    firstReporter: { outletName: 'Wire One', outletDomain: 'wireone.example', city: 'London', country: 'GB', publishedAt: '2026-11-28T08:00:00Z', articleId: 3 },
    sourceCountries: [{ key: 'US', count: 2, percent: 67 }, { key: 'GB', count: 1, percent: 33 }],
    factuality: [{ key: 'high', count: 2, percent: 67 }, { key: 'mixed', count: 1, percent: 33 }],
    ownership: [{ key: 'corporate', count: 3, percent: 100 }],
    keyPoints: [{ text: 'The council voted 7 to 2 for the barrier.', articleIds: [1, 3], sides: ['left', 'center'] }],
    discovery: { state: 'idle', found: 0, done: false },
  };
}

export const UI = Object.freeze({ tab: /** @type {'all'} */ ('all'), now: new Date('2026-11-29T10:00:00Z'), timeZone: 'UTC' });
