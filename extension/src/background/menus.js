// @ts-check
export const SEE_OTHER_SIDES_MENU = 'see-other-sides';

/** Creates the page context menu item (once per install/update; menus persist). */
export function createMenus() {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({
      id: SEE_OTHER_SIDES_MENU,
      title: 'See other sides',
      contexts: ['page', 'selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
}

/**
 * Wires the user gestures that grant activeTab on the current tab (toolbar button, context menu, keyboard
 * shortcut) to one handler.
 * @param {(tab: chrome.tabs.Tab) => void} onSeeOtherSides
 */
export function listenForGestures(onSeeOtherSides) {
  chrome.action.onClicked.addListener((tab) => onSeeOtherSides(tab));
  chrome.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SEE_OTHER_SIDES_MENU && tab) onSeeOtherSides(tab);
  });
  chrome.commands.onCommand.addListener((command, tab) => {
    if (command === 'see-other-sides' && tab) onSeeOtherSides(tab);
  });
}
