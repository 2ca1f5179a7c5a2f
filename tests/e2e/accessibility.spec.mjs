// axe-core finds nothing on any route, in light and dark themes, on a
// desktop and a 320 px phone; nothing overflows sideways on the phone.
import { test, expect, expectNoAxeViolations, openMembersInTheApp, newsItems, documents, events } from './fixtures.mjs';

const routes = ['/', '/about', '/timeline', '/members', '/members?status=observer', '/news', '/news/page/2',
  `/news/${newsItems[0].id}`, '/documents', `/documents/${documents[0].id}`, '/events', `/events/${events[0].id}`,
  '/contact', '/search?q=istanbul', '/not-a-page'];

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violations (${scheme})`, async ({ page }) => {
    // Fourteen full axe runs take about half a minute on two busy cores.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of routes) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('.status--loading')).toHaveCount(0);
      await expectNoAxeViolations(page, `${path} (${scheme})`);
    }
  });
}

test('axe finds no violations in the error and loading states', async ({ page }) => {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/data/map.json', async (route) => { await held; await route.fulfill({ status: 500 }); });
  await openMembersInTheApp(page);
  await expect(page.locator('.status--loading')).toBeVisible();
  await expectNoAxeViolations(page, 'loading state');
  release();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page, 'error state');
});

test('phones at 320 px: no sideways scrolling, axe clean', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of routes) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.status--loading')).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `${path} at 320px`);
  }
});

test('focus is visible on links and controls', async ({ page }) => {
  await page.goto('/news');
  await page.getByLabel('Topic').focus();
  const outline = await page.getByLabel('Topic').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});

test('reduced motion stops the loading spinner', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/data/map.json', async (route) => { await held; await route.fallback(); });
  await openMembersInTheApp(page);
  // The map's own note: the page's chunk may show its loading note first.
  const spinner = page.locator('.status--loading', { hasText: 'Loading the map' }).locator('.spinner');
  const duration = await spinner.evaluate((el) => getComputedStyle(el).animationDuration);
  expect(parseFloat(duration)).toBeLessThan(0.001);
  release();
  await expect(page.locator('.map-state').first()).toBeVisible();
});
