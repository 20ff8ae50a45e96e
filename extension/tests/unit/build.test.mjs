// @ts-check
// Checks the built extension (npm test builds before testing): permissions, CSP, both browsers' manifests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** @param {string} target */
const manifest = async (target) => JSON.parse(await readFile(join(root, 'dist', target, 'manifest.json'), 'utf8'));

/** Chromium's id for an unpacked extension with a key: sha256 of the DER public key, 32 hex digits mapped to a-p. */
export function extensionIdFromKey(/** @type {string} */ key) {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

test('the manifest key gives the documented extension id', async () => {
  const m = await manifest('chromium');
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const id = extensionIdFromKey(m.key);
  assert.equal(id, 'pkkjimigappefhckknlmcijfkbcbfnfk');
  assert.ok(readme.includes(id));
});

test('Chromium build: least privilege, loopback-only host access, strict CSP', async () => {
  const m = await manifest('chromium');
  assert.equal(m.manifest_version, 3);
  assert.deepEqual([...m.permissions].sort(), ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
  assert.deepEqual(m.host_permissions, ['http://127.0.0.1/*', 'http://localhost/*']);
  assert.equal(m.content_scripts, undefined, 'no content script runs on every page');
  assert.equal(m.externally_connectable, undefined, 'web pages cannot message the extension');
  const csp = m.content_security_policy.extension_pages;
  assert.match(csp, /script-src 'self';/);
  assert.doesNotMatch(csp, /unsafe-|https?:\/\/(?!127\.0\.0\.1|localhost)/);
  assert.equal(m.side_panel.default_path, 'sidepanel.html');
  assert.equal(m.background.service_worker, 'background.js');
});

test('Firefox build: sidebar_action, gecko id, no Chromium-only keys', async () => {
  const m = await manifest('firefox');
  assert.equal(m.sidebar_action.default_panel, 'sidepanel.html');
  assert.ok(m.browser_specific_settings.gecko.id);
  assert.deepEqual(m.background.scripts, ['background.js']);
  assert.equal(m.key, undefined);
  assert.equal(m.side_panel, undefined);
  assert.ok(!m.permissions.includes('sidePanel'));
  assert.deepEqual(m.host_permissions, ['http://127.0.0.1/*', 'http://localhost/*']);
});

test('no remote code or fonts in the built files', async () => {
  for (const target of ['chromium', 'firefox']) {
    const dir = join(root, 'dist', target);
    for (const file of await readdir(dir)) {
      if (!/\.(html|css)$/.test(file)) continue;
      const text = await readFile(join(dir, file), 'utf8');
      assert.doesNotMatch(text, /(src|href)="https?:|@import|url\(["']?https?:|@font-face/, `${target}/${file}`);
    }
    for (const page of ['sidepanel.html', 'options.html']) {
      const text = await readFile(join(dir, page), 'utf8');
      assert.doesNotMatch(text, /<script(?![^>]*\bsrc=)/, `${page}: no inline script`);
      assert.doesNotMatch(text, /\sstyle=|<style/, `${page}: no inline style`);
    }
  }
});
