// Loads the exported site in headless Chromium from file://, at desktop and phone widths:
// the home page, the timeline, a filter, a search and an event page, with JavaScript on, and
// the timeline and an event page with it off. Fails on any console error, page error or failed
// request, and saves a screenshot of each step.
//
//   node site-check.mjs --site DIR --screenshots DIR --modules DIR [--chromium /usr/bin/chromium]
//
// --modules is the folder whose node_modules holds playwright-core (the test installs it there).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith('--')) { pairs.push([arg.slice(2), all[i + 1]]); }
  return pairs;
}, []));
for (const name of ['site', 'screenshots', 'modules']) {
  if (!args[name]) { throw new Error(`--${name} is required`); }
}

const { chromium } = createRequire(path.join(path.resolve(args.modules), 'package.json'))('playwright-core');
const site = path.resolve(args.site);
const shots = path.resolve(args.screenshots);
fs.mkdirSync(shots, { recursive: true });
const url = (page) => pathToFileURL(path.join(site, page)).href;
const problems = [];
const steps = [];

function check(condition, message) {
  if (!condition) { problems.push(message); }
}

async function open(width, height, javaScriptEnabled) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'azsy-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: args.chromium || '/usr/bin/chromium',
    headless: true,
    viewport: { width, height },
    isMobile: width < 600,
    hasTouch: width < 600,
    javaScriptEnabled,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') { problems.push(`${width}px console error on ${page.url()}: ${message.text()}`); }
  });
  page.on('pageerror', (error) => problems.push(`${width}px page error on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`${width}px request failed: ${request.url()} (${request.failure()?.errorText})`));
  return { page, close: async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); } };
}

async function shot(page, name) {
  const file = path.join(shots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  steps.push(name);
}

async function withScript(width, height, label) {
  const { page, close } = await open(width, height, true);
  try {
    // Home: the title, the timeline picture loaded, the downloads linked.
    await page.goto(url('index.html'));
    check(await page.locator('h1').count() === 1, `${label}: the home page has one h1`);
    const pictureWidth = await page.locator('figure.picture img').evaluate((img) => img.complete ? img.naturalWidth : 0);
    check(pictureWidth > 0, `${label}: the timeline picture loads`);
    check(await page.locator('a[href="downloads/azerbaijan-syria.db"]').count() > 0, `${label}: the home page links the database`);
    await shot(page, `${label}-home`);

    // Timeline: every event listed, the filters shown, then a filter by year.
    await page.goto(url('timeline.html'));
    const total = await page.locator('li[data-event]').count();
    check(total > 0, `${label}: the timeline lists events`);
    check(await page.locator('#filters').isVisible(), `${label}: the filters are shown with JavaScript on`);
    await shot(page, `${label}-timeline`);
    const data = JSON.parse(await page.locator('#timeline-data').textContent());
    const years = data.events.filter((e) => e.first !== undefined).map((e) => Number(e.first.slice(0, 4)));
    const year = String(Math.max(...years));
    await page.selectOption('#filter-by-year', year);
    const visible = await page.locator('li[data-event]:visible').count();
    const expected = data.events.filter((e) => e.first !== undefined && e.first <= `${year}-12-31` && e.last >= `${year}-01-01`).length;
    const possibly = data.events.filter((e) => e.first !== undefined && e.first <= `${year}-12-31` && e.last >= `${year}-01-01`
      && (e.open || e.first < `${year}-01-01` || e.last > `${year}-12-31`)).length;
    const marked = await page.locator('li[data-event]:visible .badge.possibly').count();
    check(marked === possibly, `${label}: filtering by ${year} marks ${possibly} events as only possibly in it, not ${marked}`);
    check(visible === expected && visible > 0 && visible < total, `${label}: filtering by ${year} shows ${expected} events, not ${visible} (of ${total})`);
    const status = await page.locator('#filter-status').textContent();
    check(status.includes(String(visible)), `${label}: the filter status says how many are shown ("${status}")`);
    await shot(page, `${label}-timeline-filtered`);
    await page.locator('#filters button[type="reset"]').click();
    await page.waitForFunction((n) => document.querySelectorAll('li[data-event]:not([hidden])').length === n, total);

    // Search: from the box in the header, as a reader would.
    await page.goto(url('index.html'));
    await page.fill('#site-q', 'gas');
    await Promise.all([page.waitForURL(/search\.html\?q=gas/), page.press('#site-q', 'Enter')]);
    await page.waitForSelector('#results li');
    const hits = await page.locator('#results li').count();
    check(hits > 0, `${label}: searching for gas finds something`);
    await shot(page, `${label}-search`);

    // An event page, reached from the first result that is an event.
    const eventLink = page.locator('#results li a[href^="events/"]').first();
    check(await eventLink.count() === 1, `${label}: a search result links an event page`);
    await Promise.all([page.waitForURL(/events\//), eventLink.click()]);
    check(await page.locator('h1').count() === 1, `${label}: the event page has one h1`);
    check(await page.locator('[data-citation]').count() > 0, `${label}: the event page shows its citations`);
    await shot(page, `${label}-event`);

    // A discrepancy page: the claims side by side on a wide screen, stacked on a narrow one.
    await page.goto(url('discrepancies/index.html'));
    await Promise.all([page.waitForURL(/discrepancies\/(?!index)/), page.locator('ul.entity-list a').first().click()]);
    const boxes = await page.locator('.claims > .claim').evaluateAll((claims) => claims.map((c) => c.getBoundingClientRect().top));
    check(boxes.length >= 2, `${label}: a discrepancy shows its claims`);
    if (boxes.length >= 2) {
      const sideBySide = boxes[0] === boxes[1];
      check(sideBySide === (width >= 700), `${label}: the claims are ${width >= 700 ? 'side by side' : 'stacked'}`);
    }
    await shot(page, `${label}-discrepancy`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(overflow <= 0, `${label}: the discrepancy page does not scroll sideways (${overflow}px too wide)`);
  } finally {
    await close();
  }
}

async function withoutScript(width, height, label) {
  const { page, close } = await open(width, height, false);
  try {
    await page.goto(url('timeline.html'));
    const total = await page.locator('li[data-event]').count();
    check(total > 0 && await page.locator('li[data-event]:visible').count() === total, `${label}: without JavaScript every event is listed`);
    check(!(await page.locator('#filters').isVisible()), `${label}: without JavaScript the filters are hidden`);
    await shot(page, `${label}-timeline-no-script`);
    const first = await page.locator('li[data-event] a').first().getAttribute('href');
    await page.goto(url(first));
    check(await page.locator('[data-citation]').count() > 0, `${label}: without JavaScript an event page shows its citations`);
  } finally {
    await close();
  }
}

await withScript(1280, 900, 'desktop');
await withScript(390, 844, 'phone');
await withoutScript(1280, 900, 'desktop');

console.log(JSON.stringify({ steps, problems }, null, 2));
process.exit(problems.length === 0 ? 0 : 1);
