// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizePairingToken, parseHostAddress, withDefaults } from '../../src/shared/settings.js';

test('host address: loopback http only, normalised to an origin', () => {
  assert.deepEqual(parseHostAddress('http://127.0.0.1:5780'), { ok: true, value: 'http://127.0.0.1:5780' });
  assert.deepEqual(parseHostAddress(' localhost:6001 '), { ok: true, value: 'http://localhost:6001' });
  assert.deepEqual(parseHostAddress('http://127.0.0.1:5780/'), { ok: true, value: 'http://127.0.0.1:5780' });
  assert.deepEqual(parseHostAddress('http://[::1]:5780'), { ok: true, value: 'http://[::1]:5780' });
  for (const bad of ['', 'https://127.0.0.1:5780', 'http://example.com:5780', 'http://192.168.1.2:5780', 'http://127.0.0.1:5780/api', 'ftp://localhost', 'http://user:pw@localhost:1']) {
    assert.equal(parseHostAddress(bad).ok, false, bad);
  }
});

test('pairing code: whitespace and stray characters dropped, length capped', () => {
  assert.equal(normalizePairingToken('  abc-DEF_123\n'), 'abc-DEF_123');
  assert.equal(normalizePairingToken('ab cd<script>'), 'abcdscript');
  assert.equal(normalizePairingToken('x'.repeat(2000)).length, 512);
});

test('stored settings fall back to safe defaults', () => {
  assert.deepEqual(withDefaults({}), { hostAddress: 'http://127.0.0.1:5780', pairingToken: '', autoLookup: false });
  assert.deepEqual(withDefaults({ hostAddress: 'http://evil.example', pairingToken: 5, autoLookup: 'yes' }),
    { hostAddress: 'http://127.0.0.1:5780', pairingToken: '', autoLookup: false });
  assert.deepEqual(withDefaults({ hostAddress: 'http://localhost:7000', pairingToken: 'tok', autoLookup: false }),
    { hostAddress: 'http://localhost:7000', pairingToken: 'tok', autoLookup: false });
});
