// @ts-check
/**
 * Opens the side panel (Chromium) or the sidebar (Firefox). Must be called synchronously inside the user
 * gesture's handler, before any await, or the browser refuses.
 * @param {chrome.tabs.Tab} tab
 */
export function openPanel(tab) {
  /** @type {any} */
  const firefox = /** @type {any} */ (globalThis).browser;
  try {
    if (chrome.sidePanel?.open && tab.id !== undefined) {
      chrome.sidePanel.open({ tabId: tab.id }).catch(() => {});
    } else if (firefox?.sidebarAction?.open) {
      firefox.sidebarAction.open().catch(() => {});
    }
  } catch {
    // The panel is a convenience here; the lookup goes on without it.
  }
}
