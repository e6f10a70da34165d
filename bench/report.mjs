/* bench/report.mjs HTML: how responsive a report is in headless Chromium:
 * time until the page is ready, to open the largest story, an article, a
 * passage side by side, the graph, the quotes, and to answer a search.
 * Prints one line per figure (milliseconds). */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(root, 'report/package.json'))('playwright-core');
const html = path.resolve(process.argv[2]);
const browser = await chromium.launch({ executablePath: process.env.WT_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
const time = async (what, fn) => {
  const t = Date.now();
  await fn();
  console.log(`${what}\t${Date.now() - t} ms`);
};
await time('load until ready', async () => {
  await page.goto(pathToFileURL(html).href);
  await page.waitForFunction(() => window.wt && window.wt.ready, null, { timeout: 120000 });
});
await time('open the largest story', async () => {
  await page.locator('#stories li').first().click();
  await page.waitForSelector('.story-view');
});
await time('open an article', async () => {
  await page.evaluate(() => { location.hash = 'doc/' + Math.floor(window.wt.data.docs.length / 2); });
  await page.waitForSelector('.doc-view');
});
await time('open a passage side by side', async () => {
  await page.evaluate(() => { location.hash = 'passage/' + Math.floor(window.wt.data.passages.length / 2); });
  await page.waitForSelector('.passage-view');
});
await time('draw the graph', async () => {
  await page.click('button[data-tab=graph]');
  await page.waitForFunction(() => window.wt.graph);
});
await time('list quotes by speaker', async () => {
  await page.click('button[data-tab=quotes]');
  await page.waitForSelector('#pane h2');
});
await time('search "minister"', async () => {
  await page.fill('header input[type=search]', 'minister');
  await page.locator('#results li').first().waitFor();
});
await browser.close();
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
