// @ts-check
// Builds the extension for Chromium (dist/chromium) and Firefox (dist/firefox) from the same source.
// Usage: node build.mjs [--target chromium|firefox] (both by default)
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const targetArg = process.argv.indexOf('--target');
const targets = targetArg > 0 ? [process.argv[targetArg + 1]] : ['chromium', 'firefox'];

/** @type {Record<string, string>} */
const entries = {
  background: 'src/background/index.js',
  sidepanel: 'src/sidepanel/index.js',
  options: 'src/options/index.js',
};
const staticFiles = ['sidepanel.html', 'sidepanel.css', 'options.html', 'options.css', 'icons'];

/**
 * Applies the Firefox overlay: keys in $remove are dropped, permissions in $removePermissions filtered out,
 * everything else replaces the base value.
 * @param {Record<string, any>} base
 * @param {Record<string, any>} overlay
 */
export function applyOverlay(base, overlay) {
  const result = { ...base };
  for (const key of overlay.$remove ?? []) delete result[key];
  if (overlay.$removePermissions) result.permissions = result.permissions.filter((/** @type {string} */ p) => !overlay.$removePermissions.includes(p));
  for (const [key, value] of Object.entries(overlay)) if (!key.startsWith('$')) result[key] = value;
  return result;
}

/** @param {string} target */
async function buildTarget(target) {
  if (target !== 'chromium' && target !== 'firefox') throw new Error(`unknown target ${target}`);
  const out = join(here, 'dist', target);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(here, file)])),
    outdir: out,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: target === 'chromium' ? ['chrome116'] : ['firefox128'],
    minify: false,
    sourcemap: false,
    legalComments: 'linked',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  for (const file of staticFiles) {
    await cp(join(here, 'static', file), join(out, file), { recursive: true }).catch((error) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  const base = JSON.parse(await readFile(join(here, 'manifest.json'), 'utf8'));
  const manifest = target === 'firefox'
    ? applyOverlay(base, JSON.parse(await readFile(join(here, 'manifest.firefox.json'), 'utf8')))
    : base;
  await writeFile(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const target of targets) {
    const out = await buildTarget(target);
    console.log(`built ${target}: ${out}`);
  }
}
