// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabStore } from '../../src/background/tab-store.js';
import { sampleReport } from './fixtures.mjs';

test('a pushed report updates every tab on the story and keeps each tab\'s own page part', () => {
  const store = new TabStore();
  store.update(1, { status: 'ready', report: sampleReport() });
  const other = { ...sampleReport(), currentArticleId: 1, pageOutlet: { name: 'Left Daily', domain: 'left.example', bias: 'left' } };
  store.update(2, { status: 'ready', report: other });
  store.update(3, { status: 'ready', report: { ...sampleReport(), storyId: 99 } });
  const pushed = { ...sampleReport(), articleCount: 9, currentArticleId: null, pageOutlet: null, headline: 'Updated headline' };
  const changed = store.applyPushedReport(pushed);
  assert.deepEqual(changed.map((v) => v.tabId).sort(), [1, 2]);
  assert.equal(store.get(1).report?.articleCount, 9);
  assert.equal(store.get(1).report?.headline, 'Updated headline');
  assert.equal(store.get(1).report?.currentArticleId, 3);
  assert.equal(store.get(2).report?.currentArticleId, 1);
  assert.equal(store.get(2).report?.pageOutlet?.name, 'Left Daily');
  assert.equal(store.get(3).report?.articleCount, 8, 'another story is untouched');
});

test('discovery progress reaches the tabs showing that story', () => {
  const store = new TabStore();
  store.update(1, { status: 'ready', report: sampleReport() });
  store.update(2, { status: 'ready', report: { ...sampleReport(), storyId: 7 } });
  assert.deepEqual(store.applyDiscoveryProgress(42, 3, false).map((v) => v.tabId), [1]);
  assert.deepEqual(store.get(1).discovery, { found: 3, done: false, running: true });
  store.applyDiscoveryProgress(42, 5, true);
  assert.deepEqual(store.get(1).discovery, { found: 5, done: true, running: false });
  assert.equal(store.get(2).discovery, undefined);
});

test('removing a tab tells which story it showed; storyIds lists the watched ones', () => {
  const store = new TabStore();
  store.update(1, { status: 'ready', report: sampleReport() });
  store.update(2, { status: 'idle' });
  assert.deepEqual(store.storyIds(), [42]);
  assert.equal(store.remove(1), 42);
  assert.equal(store.remove(2), null);
  assert.deepEqual(store.storyIds(), []);
  assert.equal(store.get(1).status, 'idle');
});

test('a report saying discovery is unavailable or done stops the progress shown', () => {
  const store = new TabStore();
  store.update(1, { status: 'ready', report: sampleReport(), discovery: { found: 0, done: false, running: true } });
  store.applyPushedReport({ ...sampleReport(), discovery: { state: 'unavailable', found: 0, done: false } });
  assert.equal(store.get(1).discovery, null);
  store.update(1, { discovery: { found: 1, done: false, running: true } });
  store.applyPushedReport({ ...sampleReport(), discovery: { state: 'running', found: 4, done: false } });
  assert.deepEqual(store.get(1).discovery, { found: 4, done: false, running: true });
  store.applyPushedReport({ ...sampleReport(), discovery: { state: 'done', found: 6, done: true } });
  assert.deepEqual(store.get(1).discovery, { found: 6, done: true, running: false });
});

test('a push for the story another was merged into reaches the tabs still showing the old id, which then show the survivor', () => {
  const store = new TabStore();
  store.update(1, { status: 'ready', report: { ...sampleReport(), storyId: 7 } });
  store.update(2, { status: 'ready', report: { ...sampleReport(), storyId: 8 } });
  const changed = store.applyPushedReport({ ...sampleReport(), storyId: 42, mergedStoryIds: [7, 3], articleCount: 12 });
  assert.deepEqual(changed.map((v) => v.tabId), [1]);
  assert.equal(store.get(1).report?.storyId, 42);
  assert.equal(store.get(1).report?.articleCount, 12);
  assert.equal(store.get(2).report?.storyId, 8, 'a story not merged is untouched');
  assert.deepEqual(store.storyIds().sort(), [42, 8].sort());
});
