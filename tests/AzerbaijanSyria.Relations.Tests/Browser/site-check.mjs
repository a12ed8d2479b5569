// Loads the exported site in headless Chromium from file://, at desktop (1280 px) and phone
// (390 px) widths: the home page, the timeline, a filter kept in the address, a search from the
// address, an event, a person and a discrepancy, with JavaScript on, and the timeline and an event
// page with it off. Fails on any console error, page error or failed request, on any page wider
// than the window (document.documentElement.scrollWidth > innerWidth) among those and a sample of
// every kind of page, and on a label of the timeline picture that does not fit it; saves a
// screenshot of each step.
//
//   node site-check.mjs --site DIR --screenshots DIR --modules DIR --person ID [--chromium /usr/bin/chromium]
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
for (const name of ['site', 'screenshots', 'modules', 'person']) {
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

// Whether the page is wider than the window; names the widest elements when it is.
async function checkWidth(page, label) {
  // A phone browser widens its layout to fit a page that overflows, so the limit is the window's
  // width as set, not innerWidth alone.
  const wide = await page.evaluate((set) => {
    const limit = Math.min(window.innerWidth, set);
    if (document.documentElement.scrollWidth <= limit) { return null; }
    const culprits = Array.from(document.querySelectorAll('body *'))
      .filter((e) => e.getBoundingClientRect().right > limit + 0.5 && !e.closest('.scroll'))
      .slice(-5)
      .map((e) => `${e.tagName.toLowerCase()}${e.className ? '.' + e.className : ''} (${Math.round(e.getBoundingClientRect().right)}px)`);
    return `${document.documentElement.scrollWidth}px > ${limit}px: ${culprits.join(', ')}`;
  }, page.viewportSize().width);
  check(wide === null, `${label}: ${page.url().slice(page.url().indexOf(path.basename(site)) + path.basename(site).length + 1)} is wider than the window, ${wide}`);
}

// Every nth of a list, so a sample spans it.
function spread(list, count) {
  if (list.length <= count) { return list; }
  const step = list.length / count;
  return Array.from({ length: count }, (_, i) => list[Math.floor(i * step)]);
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
    await checkWidth(page, label);
    await shot(page, `${label}-home`);

    // Timeline: every event listed, the filters shown, then a filter by year.
    await page.goto(url('timeline.html'));
    const total = await page.locator('li[data-event]').count();
    check(total > 0, `${label}: the timeline lists events`);
    check(await page.locator('#filters').isVisible(), `${label}: the filters are shown with JavaScript on`);
    await checkWidth(page, label);
    await shot(page, `${label}-timeline`);
    const data = JSON.parse(await page.locator('#timeline-data').textContent());
    const years = data.events.filter((e) => e.first !== undefined).map((e) => Number(e.first.slice(0, 4)));
    const year = String(Math.max(...years));
    await page.selectOption('#filter-by-year', year);
    const visible = await page.locator('li[data-event]:visible').count();
    const expected = data.events.filter((e) => inYear(e, Number(year))).length;
    const possibly = data.events.filter((e) => inYear(e, Number(year))
      && (e.open || e.first < `${year}-01-01` || e.last > `${year}-12-31`)).length;
    const marked = await page.locator('li[data-event]:visible .badge.possibly').count();
    check(marked === possibly, `${label}: filtering by ${year} marks ${possibly} events as only possibly in it, not ${marked}`);
    check(visible === expected && visible > 0 && visible < total, `${label}: filtering by ${year} shows ${expected} events, not ${visible} (of ${total})`);
    const status = await page.locator('#filter-status').textContent();
    check(status.includes(String(visible)), `${label}: the filter status says how many are shown ("${status}")`);
    check(new URL(page.url()).searchParams.get('year') === year, `${label}: the year filter is kept in the address (${page.url()})`);
    await page.locator('#filters button[type="reset"]').click();
    await page.waitForFunction((n) => document.querySelectorAll('li[data-event]:not([hidden])').length === n, total);
    check(new URL(page.url()).searchParams.get('year') === null, `${label}: showing all clears the address`);

    // The same filters, opened from a shared address: year and topic set, the same events shown.
    const topic = data.events.find((e) => inYear(e, Number(year)) && e.topics.length > 0)?.topics[0];
    await page.goto(url('timeline.html') + `?year=${year}` + (topic ? `&topic=${encodeURIComponent(topic)}` : ''));
    const shared = data.events.filter((e) => inYear(e, Number(year)) && (!topic || e.topics.includes(topic))).length;
    check(await page.locator('#filter-by-year').inputValue() === year, `${label}: the address sets the year filter`);
    check(await page.locator('li[data-event]:visible').count() === shared, `${label}: the shared address shows the ${shared} events of ${year}${topic ? ' on ' + topic : ''}`);
    await checkWidth(page, label);
    await shot(page, `${label}-timeline-filtered`);

    // Search: from the box in the header, as a reader would.
    await page.goto(url('index.html'));
    await page.fill('#site-q', 'gas');
    await Promise.all([page.waitForURL(/search\.html\?q=gas/), page.press('#site-q', 'Enter')]);
    await page.waitForSelector('#results li');
    const hits = await page.locator('#results li').count();
    check(hits > 0, `${label}: searching for gas finds something`);
    check(await page.locator('#results li .hit-title a').count() === hits && await page.locator('#results li .excerpt mark').count() > 0,
      `${label}: each result shows its title, and the snippet apart with the matches marked`);
    await page.fill('#q', 'gas OR aid');
    // The page changes its address at once; Playwright learns of it by an event, so wait for the page's own reading.
    const kept = await page.waitForFunction(() => new URL(window.location.href).searchParams.get('q') === 'gas OR aid', null, { timeout: 10000 }).then(() => true, () => false);
    check(kept, `${label}: typing keeps the query in the address (${await page.evaluate(() => window.location.href)})`);

    // A search opened from its address, by one spelling of a name, with the syntax of azsy search.
    await page.goto(url('search.html') + '?q=' + encodeURIComponent('Miqdad NOT Bayramov'));
    await page.waitForSelector('#results li');
    check(await page.locator('#q').inputValue() === 'Miqdad NOT Bayramov', `${label}: the address fills the search box`);
    check(await page.locator('#results li a[href^="people/"]').count() > 0, `${label}: a recorded spelling finds the person`);
    await checkWidth(page, label);
    await shot(page, `${label}-search`);

    // An event page, reached from the first result that is an event.
    const eventLink = page.locator('#results li a[href^="events/"]').first();
    check(await eventLink.count() === 1, `${label}: a search result links an event page`);
    await Promise.all([page.waitForURL(/events\//), eventLink.click()]);
    check(await page.locator('h1').count() === 1, `${label}: the event page has one h1`);
    check(await page.locator('[data-citation]').count() > 0, `${label}: the event page shows its citations`);
    check(!(await page.locator('details.all-fields dl.fields').isVisible()), `${label}: the event page folds its full field list`);
    await checkWidth(page, label);
    await shot(page, `${label}-event`);

    // A person: offices in words, events with their dates.
    await page.goto(url(`people/${args.person}.html`));
    check(await page.locator('#events ~ ol li[data-event] .when').count() > 0, `${label}: the person page lists events with dates`);
    await checkWidth(page, label);
    await shot(page, `${label}-person`);

    // Who was in office on a day, from the address: the terms whose bounds allow the day, and no others.
    await page.goto(url('offices.html'));
    const day = await page.locator('li[data-start-latest]').first().getAttribute('data-start-latest');
    await page.goto(url('offices.html') + `?on=${day}`);
    check(await page.locator('#office-day').inputValue() === day, `${label}: the address sets the day on the offices page`);
    const wrong = await page.evaluate((d) => Array.from(document.querySelectorAll('li[data-row^="positions:"]')).filter((li) => {
      const b = li.dataset;
      const allowed = !(b.startEarliest && d < b.startEarliest) && !(b.endLatest && d > b.endLatest);
      return allowed === li.hidden;
    }).map((li) => li.getAttribute('data-row')), day);
    check(wrong.length === 0, `${label}: on ${day} the offices page shows exactly the terms that may cover it (wrong: ${wrong.slice(0, 3).join(', ')})`);
    check(await page.locator('li[data-row^="positions:"]:visible').count() > 0, `${label}: someone was in office on ${day}`);
    await checkWidth(page, label);
    await shot(page, `${label}-offices`);

    // A discrepancy page: the claims side by side on a wide screen, stacked on a narrow one.
    await page.goto(url('discrepancies/index.html'));
    await Promise.all([page.waitForURL(/discrepancies\/(?!index)/), page.locator('ul.entity-list a').first().click()]);
    const boxes = await page.locator('.claims > .claim').evaluateAll((claims) => claims.map((c) => c.getBoundingClientRect().top));
    check(boxes.length >= 2, `${label}: a discrepancy shows its claims`);
    if (boxes.length >= 2) {
      const sideBySide = boxes[0] === boxes[1];
      check(sideBySide === (width >= 700), `${label}: the claims are ${width >= 700 ? 'side by side' : 'stacked'}`);
    }
    await checkWidth(page, label);
    await shot(page, `${label}-discrepancy`);

    // A sample of every kind of page: none is wider than the window.
    const pages = ['search.html', 'downloads.html', 'tables/index.html'];
    for (const folder of ['events', 'people', 'organizations', 'places', 'agreements', 'sources', 'discrepancies', 'tables']) {
      const files = fs.readdirSync(path.join(site, folder)).filter((f) => f.endsWith('.html')).sort();
      pages.push(...spread(files, 12).map((f) => `${folder}/${f}`));
    }
    for (const target of pages) {
      await page.goto(url(target));
      await checkWidth(page, label);
    }
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

// The date rule of the timeline's filter, as timeline.js applies it.
function inYear(e, year) {
  return e.first !== undefined && e.first <= `${year}-12-31` && e.last >= `${year}-01-01`;
}

// The timeline picture: every label within the picture's width.
async function picture() {
  const { page, close } = await open(1280, 900, true);
  try {
    await page.goto(url('timeline.svg'));
    const cut = await page.evaluate(() => {
      const svg = document.documentElement;
      const width = Number(svg.getAttribute('width'));
      return Array.from(svg.querySelectorAll('text')).filter((t) => t.getBBox().x + t.getBBox().width > width).map((t) => t.textContent.slice(0, 80));
    });
    check(cut.length === 0, `the timeline picture cuts ${cut.length} labels: ${cut.slice(0, 3).join(' | ')}`);
  } finally {
    await close();
  }
}

await picture();
await withScript(1280, 900, 'desktop');
await withScript(390, 844, 'phone');
await withoutScript(1280, 900, 'desktop');

console.log(JSON.stringify({ steps, problems }, null, 2));
process.exit(problems.length === 0 ? 0 : 1);
