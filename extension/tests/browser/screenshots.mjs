// @ts-check
// Saves screenshots of the side panel against the real host: npm run screenshots [-- OUT_DIR] (default ../docs).
// Light and dark theme of a story, and a story with a blindspot.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { HostProcess, REPO_ROOT, launchBrowser, optionsUrl, panelUrl, startFixtureSite, waitFor } from './harness.mjs';
import { FLOOD_LATE_ARTICLE, FLOOD_REPOST, FLOOD_STORY, GLACIER_STORY } from './fixture-articles.mjs';

const out = resolve(process.argv[2] ?? join(REPO_ROOT, 'docs'));
await mkdir(out, { recursive: true });
const now = new Date();
const host = await HostProcess.create();
const site = await startFixtureSite(now);
const browser = await launchBrowser({ sitePort: site.port });
try {
  for (const a of [...FLOOD_STORY.slice(1), FLOOD_REPOST, FLOOD_LATE_ARTICLE, ...GLACIER_STORY.slice(1)]) await host.importArticle(a, now);
  const options = await browser.context.newPage();
  await options.goto(optionsUrl);
  await options.fill('#hostAddress', host.url);
  await options.click('button[type="submit"]');
  await waitFor(async () => /Connected/.test((await options.textContent('#status')) ?? ''), { what: 'the host connection' });
  await waitFor(async () => /stored on this computer/.test((await options.textContent('#history-status')) ?? ''), { what: 'the history status' });
  await options.screenshot({ path: join(out, 'options.png'), fullPage: true });

  /**
   * @param {import('./fixture-articles.mjs').FixtureArticle} article
   * @param {string} name
   * @param {'light' | 'dark'} scheme
   */
  const shoot = async (article, name, scheme) => {
    const page = await browser.context.newPage();
    await page.goto(site.add(article));
    await browser.clickToolbarButton(page);
    const panel = await browser.context.newPage();
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.setViewportSize({ width: 420, height: 1400 });
    await waitFor(async () => {
      await panel.goto(panelUrl());
      const current = panel.locator('.card.current .card-title');
      return (await current.count()) > 0 && ((await current.textContent()) ?? '').includes(article.title);
    }, { what: `the panel for ${article.title}`, timeoutMs: 30000, intervalMs: 500 }).catch(async (e) => {
      console.error((await panel.textContent('body'))?.slice(0, 600));
      throw e;
    });
    await panel.screenshot({ path: join(out, name), fullPage: true });
    console.log(`saved ${join(out, name)}`);
    await panel.close();
    await page.close();
  };
  await shoot(FLOOD_STORY[0], 'panel-light.png', 'light');
  await shoot(FLOOD_STORY[0], 'panel-dark.png', 'dark');
  await shoot(GLACIER_STORY[0], 'panel-blindspot.png', 'light');
} finally {
  await browser.close();
  await site.close();
  await host.dispose();
}
