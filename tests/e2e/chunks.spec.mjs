// The release build splits most pages' views out of the app's core wasm
// into chunks (src/chunks.rs, src/split.rs, scripts/post-build): a page
// downloads only the chunk of what it shows, a pre-rendered page readies
// its chunk before hydrating, and a chunk that does not load leaves the
// rest of the site working.
import { test, expect, site, newsItems } from './fixtures.mjs';

const CHUNK = /-(timeline|members|lists|items|search|embed|pages|shared)-[0-9a-f]{16}\.wasm$/;

/**
 * The chunks (by name, shared files left out) the page requests from now
 * on; not its frames' (the Embed dialog's preview is a widget page).
 */
function chunksRequested(page) {
  const names = [];
  page.on('request', (request) => {
    if (request.frame() !== page.mainFrame()) return;
    const name = CHUNK.exec(new URL(request.url()).pathname)?.[1];
    if (name && name !== 'shared') names.push(name);
  });
  return names;
}

test('the home page downloads no chunk', async ({ page }) => {
  const chunks = chunksRequested(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/app-ready/);
  expect(chunks).toEqual([]);
});

test('a pre-rendered page downloads only its own chunk, and hydrates with it', async ({ page }) => {
  const chunks = chunksRequested(page);
  await page.goto('/timeline');
  await expect(page.locator('html')).toHaveClass(/app-ready/);
  expect(chunks).toEqual(['timeline']);
  // The hydrated timeline answers: a milestone selected by keyboard.
  const rail = page.getByRole('list', { name: 'Milestones in time order' });
  await rail.getByRole('button', { name: /^Istanbul Declaration and the Silk Routes Partnership,/ }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/timeline\/[^/]+$/);
  await expect(page.locator('.tl-detail').getByRole('heading', { level: 2 })).toBeVisible();
  expect(chunks).toEqual(['timeline']);
});

test('moving between pages downloads each chunk once, in the same document', async ({ page }) => {
  const chunks = chunksRequested(page);
  await page.goto('/about');
  await page.evaluate(() => { window.__sameDocument = true; });
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [label, heading] of [['News', 'News'], ['Documents', 'Documents'], ['Timeline', 'Milestones'], ['News', 'News']]) {
    await nav.getByRole('link', { name: label }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  expect(chunks.sort()).toEqual(['lists', 'pages', 'timeline']);
});

test('a list page leaves the item pages\' code for its first item link', async ({ page }) => {
  const chunks = chunksRequested(page);
  await page.goto('/news');
  await expect(page.locator('html')).toHaveClass(/app-ready/);
  expect(chunks).toEqual(['lists']);
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.locator('.item-summary__title a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newsItems[0].title);
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  expect(chunks).toEqual(['lists', 'items']);
  // An item's own page needs no list code.
  const other = await page.context().newPage();
  const direct = chunksRequested(other);
  await other.goto(`/news/${newsItems[0].id}`);
  await expect(other.locator('html')).toHaveClass(/app-ready/);
  expect(direct).toEqual(['items']);
});

test('a chunk that does not load: an alert with a retry, and the rest of the site works', async ({ page }) => {
  let refuse = true;
  await page.route(/-lists-[0-9a-f]{16}\.wasm$/, (route) => (refuse ? route.abort() : route.continue()));
  await page.goto('/about');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'News' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText("Sorry, this page's interactive part could not be loaded.", { timeout: 15_000 });
  await nav.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Milestones');
  await nav.getByRole('link', { name: 'News' }).click();
  await expect(alert).toBeVisible({ timeout: 15_000 });
  refuse = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a pre-rendered page whose chunk does not load stays as it was rendered', async ({ page }) => {
  await page.route(/-timeline-[0-9a-f]{16}\.wasm$/, (route) => route.abort());
  await page.goto('/timeline');
  await expect(page.locator('html')).toHaveClass(/no-app/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Milestones');
  // Every milestone is there, as rendered, and nothing says it failed.
  await expect(page.locator('#main [id^="tl-m-"]')).toHaveCount(site.milestones.length);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(/could not be loaded|Loading/)).toHaveCount(0);
});

// The header's search box is in every page's code; its suggestions, keys
// and the worker's client are in the `search` chunk, loaded on first focus.
test('the search box loads its suggestions on first focus, and works without them', async ({ page }) => {
  const chunks = chunksRequested(page);
  let refuse = true;
  await page.route(/-search-[0-9a-f]{16}\.wasm$/, (route) => (refuse ? route.abort() : route.continue()));
  await page.goto('/about');
  await expect(page.locator('html')).toHaveClass(/app-ready/);
  const box = page.getByRole('combobox', { name: 'Search the site' });
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  expect(chunks).toEqual(['pages']);
  await box.fill('istanbul');
  await expect.poll(() => chunks).toEqual(['pages', 'search']);
  // Without its suggestions the box says so, and Enter still opens the
  // results page (whose own code is refused too: an alert with a retry).
  await expect(page.locator('.site-search__status')).toHaveText('Suggestions could not be loaded. Press Enter to search on the search page.');
  await page.evaluate(() => { window.__sameDocument = true; });
  await box.press('Enter');
  await expect(page).toHaveURL('/search?q=istanbul');
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  await expect(page.getByRole('alert')).toBeVisible({ timeout: 15_000 });
  // Back on a page, focusing the box again tries again.
  refuse = false;
  await page.goBack();
  await expect(page).toHaveURL('/about');
  await box.focus();
  await box.fill('istanbul');
  const list = page.getByRole('listbox', { name: 'Search suggestions' });
  await expect(list.getByRole('option').first()).toContainText(/istanbul/i);
  await expect(page.locator('.site-search__status')).toHaveCount(0);
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
});

// What is typed while the suggestions' code is on its way is not lost: the
// list opens for it when the code arrives, unless Enter has already opened
// the results page.
/** `/about` with the `search` chunk held back until `release()`. */
async function withSearchChunkHeld(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/-search-[0-9a-f]{16}\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto('/about');
  await expect(page.locator('html')).toHaveClass(/app-ready/);
  return { release, box: page.getByRole('combobox', { name: 'Search the site' }) };
}

test('text typed before the suggestions arrive gets its list', async ({ page }) => {
  const { release, box } = await withSearchChunkHeld(page);
  await box.click();
  await page.keyboard.type('istanbul');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  release();
  const list = page.getByRole('listbox', { name: 'Search suggestions' });
  await expect(list.getByRole('option').first()).toContainText(/istanbul/i);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
});

test('Enter before the suggestions arrive opens the results page, and no list opens after', async ({ page }) => {
  const { release, box } = await withSearchChunkHeld(page);
  await box.fill('istanbul');
  await box.press('Enter');
  await expect(page).toHaveURL('/search?q=istanbul');
  release();
  // The results page (same chunk) draws its results once the code is in.
  await expect(page.locator('.search-result__title a').first()).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toBeHidden();
});

// The Embed buttons are on the home, timeline and members pages; their
// dialog is in the `embed` chunk, loaded at the first click.
test('the Embed dialog loads at the first click, opens again, and says so when it cannot load', async ({ page }) => {
  const chunks = chunksRequested(page);
  let refuse = true;
  await page.route(/-embed-[0-9a-f]{16}\.wasm$/, (route) => (refuse ? route.abort() : route.continue()));
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/app-ready/);
  expect(chunks).toEqual([]);
  const keyData = page.getByRole('button', { name: 'Embed the key data' });
  await keyData.click();
  await expect(page.getByRole('alert')).toHaveText('The embedding options could not be loaded. Check your connection and press the button again.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The same button tries again.
  refuse = false;
  await keyData.click();
  const dialog = page.getByRole('dialog', { name: 'Embed the key data' });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(dialog.locator('pre').first()).toContainText('<div data-bp-widget="key-data"></div>');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(keyData).toBeFocused();
  await keyData.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The other button's dialog is its own, from the code already in.
  await page.getByRole('button', { name: 'Embed the latest news' }).click();
  await expect(page.getByRole('dialog', { name: 'Embed the latest news' })).toBeVisible();
  expect(chunks.filter((c) => c === 'embed').length).toBeGreaterThanOrEqual(1);
  expect(chunks.filter((c) => c !== 'embed')).toEqual([]);
});
