// When the data cannot be had. A pre-rendered page stays as it is, readable,
// with notes on what needs the app; data the running app loads on demand
// shows a plain message and a working retry when it fails; and the pages
// that do not need the failed file still work.
import { test, expect, replaceFeed, replaceSite, newsItems, site, openMembersInTheApp } from './fixtures.mjs';
import { readFileSync } from 'node:fs';


const cases = [
  ['a server error', (r) => r.fulfill({ status: 500, body: 'oops' }), /error 500/],
  ['invalid JSON', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"items": [' }), /damaged or in an unexpected format/],
  ['a wrong schema', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"posts": []}' }), /damaged or in an unexpected format/],
  ['a network failure', (r) => r.abort('connectionrefused'), /could not reach the server/],
];

for (const [name, failure] of cases) {
  test(`with ${name} for the feed the pre-rendered page stays readable`, async ({ page }) => {
    await page.route('**/data/feed.json', failure);
    await page.goto('/news');
    await expect(page.locator('html')).toHaveClass(/no-app/);
    await expect(page.locator('.item-summary__title').first()).toHaveText(newsItems[0].title);
    // No error text: the page is complete; only the filters are missing,
    // and the page says so.
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('search', { name: 'Filter news' })).toBeHidden();
    await expect(page.locator('.app-note').first()).toBeVisible();
  });
}

// In the running app, data a page needs that was not loaded yet (the map
// geometry on the way to /members) loads on demand: a failure shows a
// plain message and a retry that works.
for (const [name, failure, message] of cases) {
  test(`data loaded on demand recovers from ${name} with the retry button`, async ({ page }) => {
    let broken = true;
    await page.route('**/data/map.json', (route) => (broken ? failure(route) : route.fallback()));
    await openMembersInTheApp(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Sorry, the map could not be loaded.');
    await expect(alert).toContainText(message);
    await expect(page.locator('.members-table tbody tr')).toHaveCount(site.members.length);
    broken = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('.map-state').first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('a feed that never answers is given up at the deadline; the page stays', async ({ page }) => {
  // Shorten the deployer's timeout for this test by rewriting the meta tag.
  await page.route((url) => !url.pathname.includes('.'), async (route) => {
    const response = await route.fetch();
    // (The release HTML is minified: attribute order and quotes vary.)
    const body = (await response.text()).replace(/<meta[^>]*bp-fetch-timeout-ms[^>]*>/, '<meta name="bp-fetch-timeout-ms" content="1500">');
    await route.fulfill({ response, body });
  });
  await page.route('**/data/feed.json', () => { /* never answer */ });
  const abandoned = [];
  page.on('requestfailed', (request) => request.url().endsWith('/data/feed.json') && abandoned.push(request.failure()?.errorText));
  await page.goto('/events');
  await expect(page.getByRole('heading', { name: 'Past events' })).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/no-app/, { timeout: 6_000 });
  // The stalled download is stopped, not left holding a connection.
  await expect.poll(() => abandoned).toEqual(['net::ERR_ABORTED']);
  await expect(page.getByRole('heading', { name: 'Past events' })).toBeVisible();
});

test('every page stays readable while the feed is down', async ({ page }) => {
  await replaceFeed(page, 'nope', { status: 500 });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Latest news' }).getByRole('heading', { level: 3 }).first())
    .toHaveText(newsItems[0].title);
  await expect(page.locator('.key-card', { hasText: 'Participating states' })).toContainText('52');
  for (const [path, heading] of [['/members', 'Members'], ['/timeline', 'Milestones'], ['/about', 'About the Budapest Process'],
    ['/contact', 'Contact'], ['/documents', 'Documents'], ['/news', 'News'], ['/events', 'Events']]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  await expect(page.locator('.item-list > li').first()).toBeVisible();
});

test('in the running app, a page whose feed is down says so and retries', async ({ page }) => {
  let broken = true;
  await page.route('**/data/feed.json', (route) => (broken ? route.fulfill({ status: 500, body: 'oops' }) : route.fallback()));
  // /about needs no feed: it hydrates, and the app then goes to /documents.
  await page.goto('/about');
  await expect(page.locator('html')).toHaveClass(/app-ready/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Sorry, the news feed could not be loaded.');
  await expect(alert).toContainText('error 500');
  broken = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.item-list > li').first()).toBeVisible();
});

test('a broken site data file leaves the members page readable', async ({ page }) => {
  // The whole file and the members' part the page downloads instead.
  await page.route('**/data/site*.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/members');
  await expect(page.locator('.members-table tbody tr')).toHaveCount(site.members.length);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'News' }).click();
  await expect(page.locator('.item-summary__title').first()).toHaveText(newsItems[0].title);
});

test('site data changed since the pages were rendered: the page shows the new data', async ({ page }) => {
  const bundledSite = JSON.parse(readFileSync(new URL('../../public/data/site.json', import.meta.url), 'utf8'));
  const renamed = { ...bundledSite, members: bundledSite.members.map((m) => (m.iso2 === 'AM' ? { ...m, name: 'Armenia (renamed)' } : m)) };
  await replaceSite(page, renamed);
  await page.goto('/members');
  await expect(page.getByRole('row', { name: /Armenia \(renamed\)/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an empty feed shows empty states, not errors', async ({ page }) => {
  await replaceFeed(page, { version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: [] });
  await page.goto('/');
  await expect(page.getByText('There is no news yet.')).toBeVisible();
  await page.goto('/news');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('No news matches these filters.');
  await page.goto('/events');
  await expect(page.getByText('No past events are listed.')).toBeVisible();
});

test('a lenient read keeps the good items of a messy feed', async ({ page }) => {
  await replaceFeed(page, {
    version: 'https://jsonfeed.org/version/1.1', title: 'Messy',
    items: [
      { title: 'No id, dropped' },
      { id: 17, title: 'Numeric id', content_text: 'kept', date_published: '2020-01-02T10:00:00Z', tags: 'not-a-list' },
      { id: 'bad-date', title: 'Bad date', content_text: 'kept', date_published: 'last Tuesday', author: { name: 'Old style' } },
      'not even an object',
    ],
  });
  await page.goto('/news');
  await expect(page.locator('.item-summary__title')).toHaveText(['Numeric id', 'Bad date']);
  await page.getByRole('link', { name: 'Bad date' }).click();
  await expect(page.locator('.meta time')).toHaveText('Date not given');
  await page.goto('/news/17');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Numeric id');
});

/** Holds the wasm back for a second; returns the data requests, each with whether the wasm had arrived. */
async function dataRequestsWithSlowWasm(page) {
  let wasmArrived = false;
  await page.route('**/*.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const response = await route.fetch();
    wasmArrived = true;
    await route.fulfill({ response });
  });
  const requests = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/data/')) requests.push([path, wasmArrived]);
  });
  return requests;
}

test('the data downloads travel alongside the wasm and happen once', async ({ page }) => {
  const requests = await dataRequestsWithSlowWasm(page);
  await page.goto('/');
  await expect(page.locator('.key-card', { hasText: 'Participating states' })).toContainText('52');
  await expect(page.getByRole('region', { name: 'Latest news' }).getByRole('heading', { level: 3 }).first())
    .toHaveText(newsItems[0].title);
  expect(requests.sort()).toEqual([['/data/feed.json', false], ['/data/site.json', false]]);
});

/** The related links of a page's details panel as the render step wrote them: [href, text] pairs. */
async function renderedRelated(page, path) {
  const html = await (await page.request.get(path)).text();
  return page.evaluate((text) => [...new DOMParser().parseFromString(text, 'text/html').querySelectorAll('.tl-related a')]
    .map((a) => [a.getAttribute('href'), a.textContent]), html);
}

const shownRelated = (page) => page.locator('.tl-related a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]));

test('a member page takes its map and its related news from the page; the feed loads for the next state', async ({ page }) => {
  const requests = await dataRequestsWithSlowWasm(page);
  const rendered = await renderedRelated(page, '/members/TR');
  expect(rendered.length).toBeGreaterThan(0);
  await page.goto('/members/TR');
  await expect(page.locator('.map-state').first()).toBeAttached();
  await expect(page.getByRole('heading', { level: 2, name: 'Türkiye' })).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/app-ready/);
  expect(requests.sort()).toEqual([['/data/site.members.json', false]]);
  expect(await shownRelated(page)).toEqual(rendered);
  // Another state's news come from the feed, which loads now.
  const expected = await renderedRelated(page, '/members/HU');
  expect(expected.length).toBeGreaterThan(0);
  const feed = page.waitForRequest('**/data/feed.json');
  await page.locator('.member-map [data-iso="HU"]').click();
  await feed;
  await expect(page.getByRole('heading', { level: 2, name: 'Hungary' })).toBeVisible();
  await expect.poll(() => shownRelated(page)).toEqual(expected);
});

test('a milestone page takes its related items from the page; the feed loads for the next milestone', async ({ page }) => {
  const requests = await dataRequestsWithSlowWasm(page);
  const rendered = await renderedRelated(page, '/timeline/istanbul-2013');
  expect(rendered.length).toBeGreaterThan(0);
  await page.goto('/timeline/istanbul-2013');
  await expect(page.locator('html')).toHaveClass(/app-ready/);
  expect(requests).toEqual([['/data/site.timeline.json', false]]);
  expect(await shownRelated(page)).toEqual(rendered);
  const next = page.locator('.tl-detail .tl-nav--next');
  const path = await next.getAttribute('href');
  const expected = await renderedRelated(page, path);
  expect(expected.length).toBeGreaterThan(0);
  const feed = page.waitForRequest('**/data/feed.json');
  await next.click();
  await expect(page).toHaveURL(path);
  await feed;
  await expect.poll(() => shownRelated(page)).toEqual(expected);
  expect(requests.filter(([file]) => file === '/data/feed.json')).toHaveLength(1);
});
