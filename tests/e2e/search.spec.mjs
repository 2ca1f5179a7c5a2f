// Site-wide search: the combobox in the header, the /search page with its
// filters in the URL, the empty and error states, hostile input, and
// accessibility with the list open. Expectations come from the bundled data.
import { test, expect, site, feed, documents, expectNoAxeViolations } from './fixtures.mjs';

const box = (page) => page.getByRole('combobox', { name: 'Search the site' });
const chair = site.members.find((m) => m.roles?.some((r) => r.kind === 'chair'));
// The first answers come from the feed's titles; what is checked against
// every text waits for the whole feed.
// (The box's list and the results page each say what they searched.)
const wholeFeed = (page) => expect(page.locator('[data-full-text="in"]').first()).toBeAttached();

test('keyboard only: / focuses the box, arrows choose, Enter opens the page', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.type('turkey');
  const list = page.getByRole('listbox', { name: 'Search suggestions' });
  await expect(list).toBeVisible();
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  // The first suggestion is the Chair, under its current name.
  const first = list.getByRole('option').first();
  await expect(first).toContainText(chair.name);
  await expect(first.locator('mark')).toHaveCount(0); // "Turkey" is a former name: nothing to mark in "Türkiye"
  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', await first.getAttribute('id'));
  await expect(box(page)).toBeFocused();
  // The polite live region says how many there are.
  await expect(page.locator('.site-search [aria-live="polite"]')).toHaveText(/^\d+ results?$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/members/${chair.iso2}`);
  await expect(page.locator('.map-detail h2')).toHaveText(chair.name);
});

test('/ focuses the box before the app has started, and is text in a field', async ({ page }) => {
  // The app's wasm held back: the page as pre-rendered, with boot.js.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto('/about', { app: false });
  await expect(page.locator('html')).not.toHaveClass(/app-ready|no-app/);
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  // In the box (or any field) the key is a character, not a shortcut.
  await page.keyboard.type('a/b');
  await expect(box(page)).toHaveValue('a/b');
  release();
  await expect(page.locator('html')).toHaveClass(/app-ready/);
  // Focus leaves the box (a click could land on its suggestions, which
  // cover the top of the page once they arrive).
  await box(page).blur();
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  // With a modifier it is left to the browser.
  await box(page).blur();
  await page.keyboard.press('Control+/');
  await expect(box(page)).not.toBeFocused();
});

test('arrows wrap, Escape closes the list and then clears the box', async ({ page }) => {
  await page.goto('/about');
  await box(page).click();
  await page.keyboard.type('istanbul');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.last()).toHaveText('All results for “istanbul”');
  // The whole feed's answer may reorder the suggestions (the choice then
  // stays on its link, tested below): the arrows go after it.
  await wholeFeed(page);
  await page.keyboard.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('listbox')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(box(page)).toHaveValue('istanbul');
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveValue('');
  // Focus leaving the box closes its list; coming back with a key opens it.
  await page.keyboard.type('istanbul');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(box(page)).not.toBeFocused();
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toBeHidden();
  await box(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  // `/` typed into a field is a character, not the shortcut.
  await page.keyboard.type('a/b');
  await expect(box(page)).toHaveValue('a/b');
});

test('the chosen suggestion stays chosen when the whole feed answers the same text again', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/data/feed.json', async (route) => { await held; await route.continue(); });
  await page.goto('/about');
  await box(page).click();
  // No title says "stranded"; some texts do.
  await page.keyboard.type('stranded');
  const list = page.getByRole('listbox');
  await expect(list).toHaveAttribute('data-full-text', 'loading');
  const options = list.getByRole('option');
  await expect(page.locator('.site-search__status')).toHaveText('No title matches yet: the full text is still loading.');
  await expect(options).toHaveCount(1);
  await expect(options.last()).toHaveText('All results for “stranded”');
  await page.keyboard.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  release();
  await wholeFeed(page);
  // The full text finds some, above the chosen "all results".
  await expect.poll(() => options.count()).toBeGreaterThan(1);
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await expect(list.locator('[aria-selected="true"]')).toHaveCount(1);
  await expect(box(page)).toHaveAttribute('aria-activedescendant', await options.last().getAttribute('id'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search?q=stranded');
});

test('matches are marked in titles and passages; a click opens the result', async ({ page }) => {
  await page.goto('/news');
  await box(page).fill('stockholm');
  const list = page.getByRole('listbox');
  await expect(list.locator('mark').first()).toHaveText(/stockholm/i);
  await list.getByRole('option').first().click();
  await expect(page).toHaveURL('/timeline/som-34-stockholm');
});

test('Enter with nothing chosen opens the results page, grouped by kind', async ({ page }) => {
  await page.goto('/');
  await box(page).fill('istanbul commitments');
  await box(page).press('Enter');
  await expect(page).toHaveURL('/search?q=istanbul%20commitments');
  await expect(page).toHaveTitle(/Search: istanbul commitments/);
  // The box's list closed as the results page opened.
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toBeHidden();
  await wholeFeed(page);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results for “istanbul commitments”$/);
  // Polled: the answer from the whole feed follows the mark by a message.
  await expect.poll(() => page.locator('.search-group h2').count()).toBeGreaterThanOrEqual(3);
  // The milestone and the document itself come first.
  const firstFour = () => page.locator('.search-result__title a').evaluateAll((links) =>
    links.slice(0, 4).map((a) => a.getAttribute('href')));
  await expect.poll(firstFour).toContain('/timeline/istanbul-2019');
  await expect.poll(firstFour).toContain('/documents/doc-istanbul-commitments-2019');
  await expect(page.locator('.search-result__title mark').first()).toBeVisible();
});

test('a deep link with kind and year filters; changing them updates the URL', async ({ page }) => {
  await page.goto('/search?q=istanbul&kind=documents&year=2019');
  await expect(page.getByLabel('Search for')).toHaveValue('istanbul');
  await expect(page.getByLabel('Kind')).toHaveValue('documents');
  await expect(page.getByLabel('Year')).toHaveValue('2019');
  await wholeFeed(page);
  const hrefs = () => page.locator('.search-result__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')).sort());
  const expected = documents.filter((d) => d._bp?.year === 2019 && /istanbul/i.test(JSON.stringify(d))).map((d) => `/documents/${d.id}`);
  await expect.poll(hrefs).toEqual(expected.sort());
  await page.getByLabel('Kind').selectOption('');
  await expect(page).toHaveURL('/search?q=istanbul&year=2019');
  // The worker answers the wider question after the URL has changed.
  await expect.poll(() => page.locator('.search-group').count()).toBeGreaterThan(1);
  await page.getByLabel('Search for').fill('stockholm');
  await expect(page).toHaveURL('/search?q=stockholm&year=2019');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('No results for “stockholm”');
});

test('no results: the lists and a one-letter correction', async ({ page }) => {
  await page.goto('/search?q=perh');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('No results for “perh”');
  const empty = page.locator('.status--empty');
  await expect(empty.getByRole('link', { name: 'news' })).toHaveAttribute('href', '/news');
  await empty.getByRole('link', { name: 'perth' }).click();
  await expect(page).toHaveURL('/search?q=perth');
  await expect(page.locator('.search-result__title a').first()).toHaveAttribute('href', '/timeline/perth-2004');
});

// The data the index is built from, or the worker itself, fails to load:
// both the box and the page say so, and a retry (with the file back) works.
for (const [what, url] of [['the index cannot load', '**/data/{feed,search-titles}.json'], ['the search worker cannot start', '**/search-worker_bg.wasm']]) {
  test(`${what}: a clear message and a retry that works`, async ({ page }) => {
    let fail = true;
    await page.route(url, (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
    await page.goto('/about');
    await box(page).fill('istanbul');
    await expect(page.locator('.site-search__status')).toContainText('Search is not available');
    await box(page).press('Enter');
    await expect(page).toHaveURL('/search?q=istanbul');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('search index');
    fail = false;
    await alert.getByRole('button').click();
    await expect(page.locator('.search-result').first()).toBeVisible();
  });
}

// The worker answers from the feed's titles (written by the render step)
// while the feed itself downloads, then from the whole feed. "stranded" is
// only in texts, never in a title, so it is found only once the feed is in.
test('the titles answer first; the full text follows', async ({ page }) => {
  const inTexts = feed.items.filter((i) => /stranded/i.test(`${i.summary} ${i.content_html}`));
  const inNames = [site, ...feed.items.map((i) => i.title)].filter((t) => /strand/i.test(JSON.stringify(t)));
  expect(inTexts.length).toBeGreaterThan(0);
  expect(inNames).toEqual([]);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const sizes = {};
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/data/')) sizes[path] = (await r.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.route('**/data/feed.json', async (route) => { await held; await route.continue(); });
  await page.goto('/about');
  const list = page.getByRole('listbox', { name: 'Search suggestions' });
  await box(page).fill('istanbul');
  await expect(list).toHaveAttribute('data-full-text', 'loading');
  await expect(list.getByRole('option').first()).toContainText(/istanbul/i);
  await expect(page.locator('.site-search__status')).toHaveText('Matches in titles; the full text is still loading.');
  await box(page).fill('stranded');
  await expect(page.locator('.site-search__status')).toHaveText('No title matches yet: the full text is still loading.');
  release();
  await expect(list).toHaveAttribute('data-full-text', 'in');
  // The same question is asked again of the whole feed.
  const firstTitle = list.locator('.site-search__option-title').first();
  await expect.poll(async () => inTexts.map((i) => i.title).includes(await firstTitle.textContent())).toBe(true);
  await expect(page.locator('.site-search__status')).toHaveCount(0);
  expect(sizes['/data/search-titles.json']).toBeGreaterThan(0);
  expect(sizes['/data/search-titles.json'] * 3).toBeLessThan(sizes['/data/feed.json']);
});

test('the feed fails after its titles: titles stay searchable, and a retry brings the rest', async ({ page }) => {
  let fail = true;
  await page.route('**/data/feed.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto('/about');
  await box(page).fill('istanbul');
  await expect(page.locator('.site-search__status')).toHaveText('Matches in titles only: the full text did not load.');
  await box(page).press('Enter');
  await expect(page).toHaveURL('/search?q=istanbul');
  await expect(page.locator('.search-result').first()).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('the full text of the news, events and documents could not be loaded');
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expectNoAxeViolations(page);
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toHaveCount(0);
  await page.getByLabel('Search for').fill('stranded');
  await expect(page.locator('.search-result').first()).toBeVisible();
});

test('the engine loads only when someone searches', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => { if (/\/search-(loader|worker)/.test(r.url())) fetched.push(new URL(r.url()).pathname); });
  await page.goto('/news');
  await page.waitForFunction(() => document.documentElement.matches('.app-ready'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
  await expect(page).toHaveURL('/events');
  expect(fetched).toEqual([]);
  await box(page).focus();
  await expect.poll(() => fetched).toContain('/search-worker_bg.wasm');
  await box(page).fill('istanbul');
  await expect(page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first()).toContainText(/istanbul/i);
});

test('hostile input is text: long, regex, markup, direction overrides', async ({ page }) => {
  await page.goto('/search');
  const field = page.getByLabel('Search for');
  for (const text of ['a'.repeat(10_000), '.*+?^${}()|[]\\', '<img src=x onerror="window.__hit=1">', '\u202Eevil\u202C "unclosed']) {
    await field.fill(text);
    // A count, or (with no word in it) the hint; a long query is shown cut.
    await expect(page.locator('.result-count, .search-hint')).toBeVisible();
    expect((await page.locator('#main').innerText()).length).toBeLessThan(5_000);
  }
  await box(page).fill('<img src=x onerror="window.__hit=1"> istanbul');
  await expect(page.locator('.site-search__status')).toHaveText('No results. Press Enter for suggestions.');
  expect(await page.evaluate(() => window.__hit)).toBeUndefined();
  expect(await page.locator('main img, .site-search img').count()).toBe(0);
});

test('axe: the list open, and the results page', async ({ page }) => {
  await page.goto('/');
  await box(page).fill('silk routes');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expectNoAxeViolations(page, 'search list open');
  await page.goto('/search?q=silk%20routes');
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expectNoAxeViolations(page, 'search results');
});

test('widgets have no search box', async ({ page }) => {
  await page.goto('/embed/news');
  await expect(box(page)).toHaveCount(0);
});
