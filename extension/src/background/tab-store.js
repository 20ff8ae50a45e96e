// @ts-check
/**
 * What the extension knows about each tab: status, the last report, discovery progress. Pure bookkeeping (no
 * chrome.* calls) so it is tested in node; index.js persists it to chrome.storage.session and broadcasts changes.
 * @typedef {import('../shared/messages.js').TabView} TabView
 * @typedef {import('../shared/report.js').CoverageReport} CoverageReport
 */

export class TabStore {
  constructor() {
    /** @type {Map<number, TabView>} */
    this.views = new Map();
  }

  /** @param {number} tabId @returns {TabView} */
  get(tabId) {
    return this.views.get(tabId) ?? { tabId, status: 'idle' };
  }

  /**
   * @param {number} tabId
   * @param {Partial<TabView>} changes
   * @returns {TabView}
   */
  update(tabId, changes) {
    const view = { ...this.get(tabId), ...changes, tabId };
    this.views.set(tabId, view);
    return view;
  }

  /** @param {number} tabId @returns {number | null} the story the tab was showing */
  remove(tabId) {
    const story = this.views.get(tabId)?.report?.storyId ?? null;
    this.views.delete(tabId);
    return story;
  }

  /** @param {number} storyId */
  tabsShowing(storyId) {
    return [...this.views.values()].filter((v) => v.report?.storyId === storyId).map((v) => v.tabId);
  }

  /** Story ids any tab is showing. */
  storyIds() {
    return [...new Set([...this.views.values()].map((v) => v.report?.storyId).filter((id) => typeof id === 'number'))];
  }

  /**
   * A pushed report replaces the story part of every tab showing that story; the page part (which outlet and
   * which article the reader is on) stays the tab's own.
   * @param {CoverageReport} pushed
   * @returns {TabView[]} the views that changed
   */
  applyPushedReport(pushed) {
    if (pushed.storyId == null) return [];
    // A tab still showing a story that has since been merged into the pushed one takes it too.
    const ids = [pushed.storyId, ...(pushed.mergedStoryIds ?? [])];
    return [...new Set(ids.flatMap((id) => this.tabsShowing(id)))].map((tabId) => {
      const old = /** @type {CoverageReport} */ (this.get(tabId).report);
      /** @type {CoverageReport} */
      const merged = {
        ...pushed,
        isArticle: old.isArticle || pushed.isArticle,
        pageOutlet: old.pageOutlet ?? pushed.pageOutlet,
        currentArticleId: old.currentArticleId ?? pushed.currentArticleId,
      };
      const discovery = this.get(tabId).discovery;
      return this.update(tabId, { report: merged, discovery: mergeDiscovery(discovery, merged) });
    });
  }

  /**
   * @param {number} storyId
   * @param {number} found
   * @param {boolean} done
   * @returns {TabView[]}
   */
  applyDiscoveryProgress(storyId, found, done) {
    return this.tabsShowing(storyId).map((tabId) => this.update(tabId, { discovery: { found, done, running: !done } }));
  }
}

/**
 * @param {TabView['discovery']} current
 * @param {CoverageReport} report
 * @returns {TabView['discovery']}
 */
function mergeDiscovery(current, report) {
  const state = report.discovery?.state;
  if (state === 'running') return { found: Math.max(report.discovery.found, current?.found ?? 0), done: false, running: true };
  if (state === 'done') return { found: report.discovery.found, done: true, running: false };
  if (state === 'unavailable') return null; // the report says why; nothing runs
  return current ?? null;
}
