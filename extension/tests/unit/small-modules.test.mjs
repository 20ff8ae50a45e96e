// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { badgeFor } from '../../src/background/badge.js';
import { isKnownOutletHost, originPatternsFor, parseDomains } from '../../src/background/outlet-domains.js';
import { isWebPage, validateCapture, MAX_HTML_CHARS } from '../../src/background/capture.js';
import { sampleReport } from './fixtures.mjs';

test('badge: outlet count coloured by the page outlet\'s bias; nothing on non-news pages', () => {
  assert.deepEqual(badgeFor(sampleReport()), { text: '4', color: '#52525b' });
  assert.deepEqual(badgeFor({ ...sampleReport(), pageOutlet: { name: 'L', domain: 'l', bias: 'lean-left' } }), { text: '4', color: '#2563eb' });
  assert.equal(badgeFor({ ...sampleReport(), isArticle: false, storyId: null }).text, '');
  assert.equal(badgeFor(null).text, '');
  assert.equal(badgeFor({ ...sampleReport(), outletCount: 1500 }).text, '999+');
});

test('outlet domains: parsed defensively, subdomains match, patterns cover http and https', () => {
  assert.deepEqual(parseDomains(['Reuters.com', 'www.bbc.co.uk', 'bad domain', 5, 'reuters.com', 'localhost']), ['reuters.com', 'bbc.co.uk']);
  assert.deepEqual(parseDomains({ domains: ['apnews.com'] }), ['apnews.com']);
  assert.deepEqual(parseDomains({ count: 2, hosts: ['apnews.com', 'bbc.co.uk'], pathScoped: ['yahoo.com/news'] }), ['apnews.com', 'bbc.co.uk']);
  assert.deepEqual(parseDomains('nope'), []);
  const set = new Set(['reuters.com', 'bbc.co.uk']);
  assert.ok(isKnownOutletHost('www.reuters.com', set));
  assert.ok(isKnownOutletHost('reuters.com', set));
  assert.ok(isKnownOutletHost('news.bbc.co.uk', set));
  assert.ok(!isKnownOutletHost('co.uk', set));
  assert.ok(!isKnownOutletHost('notreuters.com', set));
  assert.deepEqual(originPatternsFor(['a.com']), ['https://a.com/*', 'https://*.a.com/*', 'http://a.com/*', 'http://*.a.com/*']);
});

test('a capture coming back from a page is checked and capped', () => {
  assert.ok(isWebPage('https://a.example/x'));
  assert.ok(!isWebPage('chrome://settings'));
  assert.ok(!isWebPage('file:///etc/passwd'));
  assert.equal(validateCapture({ url: 'chrome://newtab', html: '' }), null);
  assert.equal(validateCapture({ url: 'https://a.example', html: 5 }), null);
  const c = validateCapture({ url: 'https://a.example/x', canonicalUrl: 'javascript:1', html: 'x'.repeat(MAX_HTML_CHARS + 10), title: 't', capturedAt: 'garbage', looksLikeArticle: true });
  assert.ok(c);
  assert.equal(c.canonicalUrl, null);
  assert.equal(c.html.length, MAX_HTML_CHARS);
  assert.ok(!Number.isNaN(Date.parse(c.capturedAt)));
  assert.equal(c.looksLikeArticle, true);
});
