// The news widget's `?q=`: the newest news items the site's search finds,
// in the widget's usual list, with the count and tag options; a sentence
// when nothing matches or the search cannot load; markup in the query stays
// text; Russian widgets speak Russian; the Embed dialog writes the option.
import { test, expect, newsItems, expectNoAxeViolations } from './fixtures.mjs';

/** The news items whose title, texts or tags hold a word starting with `stem`, newest first. */
const newsWith = (stem) => newsItems.filter((i) =>
  new RegExp(`\\b${stem}`, 'i').test([i.title, i.summary, i.content_html, ...(i.tags ?? [])].join(' ')));
const titles = (page) => page.locator('.item-summary__title');

test('the newest matching news, as many as asked for, linked to the search on the full site', async ({ page }) => {
  const matches = newsWith('reintegr');
  expect(matches.length).toBeGreaterThan(3);
  await page.goto('/embed/news?q=reintegration&count=3');
  await expect(titles(page)).toHaveText(matches.slice(0, 3).map((i) => i.title));
  await expect(page.getByRole('link', { name: /Open in the full site/ }))
    .toHaveAttribute('href', '/search?q=reintegration&kind=news');
  await expectNoAxeViolations(page, 'news widget with q');
});

test('a typo and a tag together: only tagged matches, newest first', async ({ page }) => {
  const tag = 'Silk Routes';
  const matches = newsWith('istanbul').filter((i) => i.tags.includes(tag));
  expect(matches.length).toBeGreaterThan(1);
  expect(matches.length).toBeLessThan(newsWith('istanbul').length);
  await page.goto(`/embed/news?q=Istanbull&tag=${encodeURIComponent(tag)}&count=20`);
  await expect(titles(page)).toHaveText(matches.map((i) => i.title));
});

test('no match says so; markup and direction overrides in the query stay text', async ({ page }) => {
  await page.goto('/embed/news?q=zzqxv');
  await expect(page.locator('.status--empty')).toHaveText('No news matches “zzqxv”.');
  await expect(page.locator('.item-summary')).toHaveCount(0);
  const hostile = '<img src=x onerror="window.__hit=1">\u202e';
  await page.goto(`/embed/news?q=${encodeURIComponent(hostile)}`);
  await expect(page.locator('.status--empty')).toContainText('<img src=x');
  await expect(page.getByRole('main').locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => window.__hit)).toBeUndefined();
});

test('a search that cannot load says so, the widget works on, and a retry finds the news', async ({ page }) => {
  let fail = true;
  await page.route('**/search-worker_bg.wasm', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto('/embed/news?q=reintegration&count=2');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The news about “reintegration” could not be found just now: the search did not load.');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /Open in the full site/ })).toBeVisible();
  await expectNoAxeViolations(page, 'news widget search failed');
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(titles(page)).toHaveText(newsWith('reintegr').slice(0, 2).map((i) => i.title));
});

test('without q, the widget does not load the search', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/embed/news?count=3');
  await expect(page.locator('.item-summary')).toHaveCount(3);
  expect(requests.filter((u) => /search-(loader|worker)/.test(u))).toEqual([]);
});

test('in Russian: the states and the results', async ({ page }) => {
  await page.goto('/ru/embed/news?q=zzqxv');
  await expect(page.locator('.status--empty')).toHaveText('Новостей по запросу «zzqxv» нет.');
  await page.goto('/ru/embed/news?q=reintegration&count=2');
  await expect(titles(page)).toHaveText(newsWith('reintegr').slice(0, 2).map((i) => i.title));
  await expect(page.getByRole('link', { name: /Открыть на сайте/ }))
    .toHaveAttribute('href', '/ru/search?q=reintegration&kind=news');
});

test('the Embed dialog writes the search into both snippets', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Embed the latest news' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Only news that match these words (optional)').fill('call for "action"');
  await expect(dialog.locator('pre').first()).toContainText('data-q="call for &quot;action&quot;"');
  await expect(dialog.locator('pre').nth(1)).toContainText('/embed/news?q=call%20for%20%22action%22');
  await expect(dialog.locator('iframe')).toHaveAttribute('src', /\/embed\/news\?q=call%20for%20%22action%22$/);
  // axe must run on the preview's results as they stay. Its pre-rendered
  // HTML has the unsearched list, which the app replaces with its loading
  // state and then the results: a list replaced during axe's run leaves it
  // detached headings, reported out of order. The full-site link carries
  // the query only once the app runs.
  const preview = dialog.frameLocator('iframe');
  await expect(preview.getByRole('link', { name: /Open in the full site/ }))
    .toHaveAttribute('href', /^\/search\?q=call/, { timeout: 15_000 });
  await expect(preview.locator('.item-summary').first()).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page, 'embed dialog with a news search');
});
