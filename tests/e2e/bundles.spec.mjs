// A first visit to `/` loads only the home page's bundle (src/bin/home.rs);
// every other page loads the full app. Both must give the same site.
import { test, expect, newsItems } from './fixtures.mjs';
import { readFileSync } from 'node:fs';

const homeShell = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');

/** The wasm files a page fetches, by name without the hash. */
function watchWasm(page) {
  const loaded = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.match(/^\/(home|budapest-process-site)-[0-9a-f]+_bg\.wasm$/);
    if (name) loaded.push(name[1]);
  });
  return loaded;
}

test('the home page loads the home bundle alone', async ({ page }) => {
  const loaded = watchWasm(page);
  await page.goto('/');
  await expect(page.locator('.key-card', { hasText: 'Participating states' })).toContainText('52');
  await expect(page.getByRole('region', { name: 'Latest news' }).getByRole('heading', { level: 3 }).first())
    .toHaveText(newsItems[0].title);
  await expect(page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]')).toHaveCount(0);
  await expect(page.locator('a.brand')).toHaveAttribute('aria-current', 'page');
  expect(loaded).toEqual(['home']);
});

test('leaving the home page loads the full app, which can show home again', async ({ page }) => {
  const loaded = watchWasm(page);
  await page.goto('/');
  await expect(page.locator('.key-card').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Milestones');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }))
    .toHaveAttribute('aria-current', 'page');
  // Back home inside the full app: no page load, the same home page.
  await page.locator('a.brand').click();
  await expect(page).toHaveURL('/');
  await expect(page.locator('.key-card', { hasText: 'Participating states' })).toContainText('52');
  await expect(page.locator('a.brand')).toHaveAttribute('aria-current', 'page');
  expect(loaded).toEqual(['home', 'budapest-process-site']);
});

test('a host that serves the home shell for every path still gets the right page', async ({ page }) => {
  const loaded = watchWasm(page);
  await page.route('**/timeline', (route) => route.fulfill({ contentType: 'text/html', body: homeShell }));
  await page.goto('/timeline');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Milestones');
  expect(loaded).toContain('budapest-process-site');
});
