/* report.test.mjs BINARY OUTDIR: the HTML report of examples/ in a real
 * headless Chromium (Debian's, driven by playwright-core from npm). Opens
 * the page from file://, picks a story, opens a reused passage and checks
 * both sides are highlighted with the same words, searches a speaker and
 * reads the outlets that carried her quote, opens an article and checks
 * its junk is greyed with a reason, draws the graph. Fails on any console
 * error, page error or request that leaves the file. Saves screenshots in
 * OUTDIR. */
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'report/package.json'));
const { chromium } = require('playwright-core');

const [binary, outdir] = process.argv.slice(2);
if (!binary || !outdir) {
  console.error('usage: report.test.mjs BINARY OUTDIR');
  process.exit(2);
}
mkdirSync(outdir, { recursive: true });
const html = path.resolve(outdir, 'examples-report.html');
execFileSync(binary, ['analyze', '-q', '--jsonl', path.join(outdir, 'examples.jsonl'), '--html', html,
  path.join(root, 'examples/corpus')], { stdio: 'inherit' });

const failures = [];
function check(cond, what) {
  if (!cond) failures.push(what);
  console.log((cond ? 'ok   ' : 'FAIL ') + what);
}

const executablePath = process.env.WT_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`no Chromium at ${executablePath} (scripts/install-deps installs Debian's)`);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error') failures.push('console error: ' + m.text()); });
  page.on('pageerror', (e) => failures.push('page error: ' + e.message));
  page.on('request', (r) => { if (!r.url().startsWith('file:')) failures.push('network request: ' + r.url()); });

  await page.goto(pathToFileURL(html).href);
  await page.waitForFunction(() => window.wt && window.wt.ready);

  const counts = await page.locator('header .counts').textContent();
  check(counts.includes('7 articles') && counts.includes('2 stories'), 'the header counts articles and stories');

  /* The story list: the bridge closure, six articles from five outlets. */
  const first = page.locator('#stories li').first();
  check((await first.locator('.label').textContent()).includes('Saltmarsh Bridge'), 'the first story is the bridge closure');
  check((await first.locator('.meta').textContent()).includes('6 articles'), 'it holds six articles');
  await first.click();
  await page.waitForSelector('.story-view');
  check(await page.locator('svg.timeline circle.dot').count() === 6, 'its timeline has a dot per article');
  check(await page.locator('svg.timeline circle.dot.first').count() === 1, 'one article is marked first');
  check((await page.locator('.story-view').textContent()).includes('First reported'), 'the first report is named');
  await page.screenshot({ path: path.join(outdir, 'story.png'), fullPage: true });

  /* A reused passage, side by side. */
  const compare = page.locator('.story-view a.compare').first();
  check(await compare.count() === 1, 'the story lists reused passages');
  await compare.click();
  await page.waitForSelector('.passage-view');
  const sideText = async (side) => (await page.locator(`.passage-view .${side} mark.current`).allTextContents()).join('').replace(/\s+/g, ' ').trim();
  const a = await sideText('side-a'), b = await sideText('side-b');
  check(a.length > 40, 'the left side is highlighted');
  check(b.length > 40, 'the right side is highlighted');
  const words = (s) => s.toLowerCase().split(/\W+/).filter(Boolean);
  const wa = words(a), wb = new Set(words(b));
  check(wa.filter((w) => wb.has(w)).length >= 0.8 * wa.length, 'both highlights hold the same words');
  await page.screenshot({ path: path.join(outdir, 'passage.png') });

  /* Search a speaker, then her quotes and the outlets that carried them. */
  await page.fill('header input[type=search]', 'whitfield');
  const hit = page.locator('#results li', { hasText: 'Dana Whitfield' }).first();
  await hit.waitFor();
  check((await hit.locator('.kind').textContent()) === 'speaker', 'search finds the speaker');
  await hit.click();
  const quote = page.locator('blockquote', { hasText: 'We found fractures' }).first();
  await quote.waitFor();
  const carriers = await quote.locator('.pill').allTextContents();
  for (const outlet of ['The Harbor Ledger', 'Coastline Wire', 'Northbay Herald'])
    check(carriers.includes(outlet), `her quote is carried by ${outlet}`);

  /* An article: junk greyed, with its reason. */
  await page.evaluate(() => { location.hash = 'doc/0'; });
  await page.waitForSelector('.doc-view');
  const junk = page.locator('.doc-view .article-text .junk');
  check(await junk.count() > 0, 'the article shows its boilerplate');
  check(/^boilerplate: /.test(await junk.first().getAttribute('title')), 'each junk span says why on hover');
  check(await page.locator('.doc-view .article-text .quote').count() > 0, 'quotations are marked');

  /* The graph of outlets. */
  await page.click('button[data-tab=graph]');
  await page.waitForFunction(() => window.wt.graph && window.wt.graph.nodes().length > 0);
  const graph = await page.evaluate(() => ({
    nodes: window.wt.graph.nodes().map((n) => n.data('label')),
    copied: window.wt.graph.edges('[kind = "copied"]').length,
    cites: window.wt.graph.edges('[kind = "cites"]').length,
  }));
  check(graph.nodes.includes('The Harbor Ledger') && graph.nodes.includes('Coastline Wire'), 'the graph shows the outlets');
  check(graph.copied > 0 && graph.cites > 0, 'the graph has copy and citation edges');
  await page.screenshot({ path: path.join(outdir, 'graph.png') });
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
