// @ts-check
import { isAllowedSender, isRequest } from '../shared/messages.js';

/**
 * Routes requests from the extension's own pages to handlers; anything else (web pages, content scripts, other
 * extensions, unknown types, a page sending a type it is not allowed to) is dropped without an answer.
 * @param {{ [K in import('../shared/messages.js').Request['type']]: (message: Extract<import('../shared/messages.js').Request, { type: K }>) => Promise<unknown> }} handlers
 * @param {{ id: string, baseUrl: string }} self
 */
export function createMessageRouter(handlers, self) {
  /**
   * @param {unknown} message
   * @param {chrome.runtime.MessageSender} sender
   * @param {(response?: unknown) => void} sendResponse
   * @returns {boolean} true when an answer will be sent asynchronously
   */
  return function onMessage(message, sender, sendResponse) {
    if (!isRequest(message) || !isAllowedSender(message, sender, self.id, self.baseUrl)) return false;
    const handler = /** @type {(m: unknown) => Promise<unknown>} */ (handlers[message.type]);
    handler(message).then(
      (result) => sendResponse({ ok: true, result }),
      (error) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
}
