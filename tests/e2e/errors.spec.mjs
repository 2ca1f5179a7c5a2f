// When the data cannot be had: each failure shows a plain message and a
// working retry, and the pages that do not need the failed file still work.
import { test, expect, replaceFeed, newsItems, site } from './fixtures.mjs';
import { readFileSync } from 'node:fs';

const bundledFeed = readFileSync(new URL('../../public/data/feed.json', import.meta.url), 'utf8');

/** Fails the feed with `failure` until `healed()` is called, then serves the real one. */
async function flakyFeed(page, failure) {
  let broken = true;
  await page.route('**/data/feed.json', (route) =>
    broken ? failure(route) : route.fulfill({ status: 200, contentType: 'application/feed+json', body: bundledFeed }));
  return () => { broken = false; };
}

const cases = [
  ['a server error', (r) => r.fulfill({ status: 500, body: 'oops' }), /error 500/],
  ['invalid JSON', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"items": [' }), /damaged or in an unexpected format/],
  ['a wrong schema', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"posts": []}' }), /damaged or in an unexpected format/],
  ['a network failure', (r) => r.abort('connectionrefused'), /could not reach the server/],
];

for (const [name, failure, message] of cases) {
  test(`news page recovers from ${name} with the retry button`, async ({ page }) => {
    const heal = await flakyFeed(page, failure);
    await page.goto('/news');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Sorry, the news feed could not be loaded.');
    await expect(alert).toContainText(message);
    heal();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('.item-summary__title').first()).toHaveText(newsItems[0].title);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('a feed that never answers ends in a timeout message', async ({ page }) => {
  // Shorten the deployer's timeout for this test by rewriting the meta tag.
  await page.route((url) => !url.pathname.includes('.'), async (route) => {
    const response = await route.fetch();
    // (The release HTML is minified: attribute order and quotes vary.)
    const body = (await response.text()).replace(/<meta[^>]*bp-fetch-timeout-ms[^>]*>/, '<meta name="bp-fetch-timeout-ms" content="1500">');
    await route.fulfill({ response, body });
  });
  const heal = await flakyFeed(page, () => { /* never answer */ });
  const abandoned = [];
  page.on('requestfailed', (request) => request.url().endsWith('/data/feed.json') && abandoned.push(request.failure()?.errorText));
  await page.goto('/events');
  await expect(page.getByRole('status')).toContainText('Loading the news feed');
  await expect(page.getByRole('alert')).toContainText('taking too long', { timeout: 6_000 });
  // The stalled download is stopped, not left holding a connection.
  await expect.poll(() => abandoned).toEqual(['net::ERR_ABORTED']);
  heal();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Past events' })).toBeVisible();
});

test('other pages keep working while the feed is down', async ({ page }) => {
  await replaceFeed(page, 'nope', { status: 500 });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Latest news' }).getByRole('alert')).toBeVisible();
  await expect(page.locator('.key-card', { hasText: 'Participating states' })).toContainText('52');
  for (const [link, heading] of [['Members', 'Members'], ['Timeline', 'Milestones'], ['About', 'About the Budapest Process'], ['Contact', 'Contact']]) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click();
  await expect(page.getByRole('alert')).toContainText('error 500');
});

test('a broken site data file fails only the pages that need it', async ({ page }) => {
  await page.route('**/data/site.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/members');
  await expect(page.getByRole('alert')).toContainText('Sorry, the site data could not be loaded.');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'News' }).click();
  await expect(page.locator('.item-summary__title').first()).toHaveText(newsItems[0].title);
});

test('the site data retry loads the members', async ({ page }) => {
  let broken = true;
  await page.route('**/data/site.json', (route) => (broken ? route.fulfill({ status: 500 }) : route.fallback()));
  await page.goto('/members');
  await expect(page.getByRole('alert')).toBeVisible();
  broken = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.members-table tbody tr')).toHaveCount(site.members.length);
});

test('an empty feed shows empty states, not errors', async ({ page }) => {
  await replaceFeed(page, { version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: [] });
  await page.goto('/');
  await expect(page.getByText('There is no news yet.')).toBeVisible();
  await page.goto('/news');
  await expect(page.getByRole('status')).toHaveText('No news matches these filters.');
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

test('pages that draw the map also get its geometry early, once', async ({ page }) => {
  const requests = await dataRequestsWithSlowWasm(page);
  await page.goto('/members/TR');
  await expect(page.locator('.map-state').first()).toBeAttached();
  await expect(page.getByRole('heading', { level: 2, name: 'Türkiye' })).toBeVisible();
  expect(requests.sort()).toEqual([['/data/feed.json', false], ['/data/map.json', false], ['/data/site.json', false]]);
});
