// Moving around: clicks, deep links, the back button, focus, 404s.
import { test, expect, newsItems } from './fixtures.mjs';

test('header links navigate and mark the current page', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [label, path, heading] of [
    ['About', '/about', 'About the Budapest Process'],
    ['Timeline', '/timeline', 'Milestones'],
    ['Members', '/members', 'Members'],
    ['News', '/news', 'News'],
    ['Events', '/events', 'Events'],
    ['Documents', '/documents', 'Documents'],
    ['Contact', '/contact', 'Contact'],
  ]) {
    await nav.getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  }
});

test('the section stays current on item pages', async ({ page }) => {
  await page.goto(`/news/${newsItems[0].id}`);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'News' }))
    .toHaveAttribute('aria-current', 'page');
});

test('back and forward restore pages and filters', async ({ page }) => {
  await page.goto('/news');
  await page.getByLabel('Year').selectOption('2019');
  await expect(page).toHaveURL('/news?year=2019');
  await page.locator('.item-summary__title a').first().click();
  await expect(page).toHaveURL(/\/news\/2019-/);
  await page.goBack();
  await expect(page).toHaveURL('/news?year=2019');
  await expect(page.getByLabel('Year')).toHaveValue('2019');
  await page.goBack();
  await expect(page).toHaveURL('/news');
  await expect(page.getByLabel('Year')).toHaveValue('');
  await page.goForward();
  await expect(page.getByLabel('Year')).toHaveValue('2019');
});

test('navigating moves focus to the main content', async ({ page }) => {
  await page.goto('/contact');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('main')).toBeFocused();
});

test('skip link jumps to the main content', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

for (const path of ['/no-such-page', '/news/no-such-item', '/documents/nope', '/events/nope', '/news/a/b']) {
  test(`unknown path ${path} shows the 404 page`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page).toHaveTitle('Page not found · Budapest Process');
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Budapest Process' })).toBeVisible();
  });
}

test('a news id from another section is not found', async ({ page }) => {
  await page.goto(`/documents/${newsItems[0].id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
