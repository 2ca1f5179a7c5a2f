// Filters live in the URL: choosing one updates it, opening it restores them.
import { test, expect, site, newsItems, documents } from './fixtures.mjs';

test('news tag filter updates the URL and the list', async ({ page }) => {
  await page.goto('/news');
  const tag = 'return and reintegration';
  const expected = newsItems.filter((i) => i.tags.includes(tag));
  await page.getByLabel('Topic').selectOption(tag);
  await expect(page).toHaveURL(`/news?tag=${encodeURIComponent(tag)}`);
  await expect(page.locator('.item-list > li')).toHaveCount(Math.min(expected.length, 10));
  await expect(page.getByRole('main').getByRole('status')).toContainText(`${expected.length} news items`);
});

test('changing a filter by keyboard keeps focus on it', async ({ page }) => {
  await page.goto('/news');
  const year = page.getByLabel('Year');
  await year.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\/news\?year=\d{4}$/);
  await expect(year).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\/news\?year=\d{4}$/);
  await expect(year).toBeFocused();
});

test('news filters are read from a deep link', async ({ page }) => {
  const expected = newsItems.filter((i) => i.tags.includes('ministerial conference') && i.date_published?.startsWith('2019'));
  await page.goto('/news?tag=ministerial%20conference&year=2019');
  await expect(page.getByLabel('Topic')).toHaveValue('ministerial conference');
  await expect(page.getByLabel('Year')).toHaveValue('2019');
  await expect(page.locator('.item-list > li')).toHaveCount(expected.length);
});

test('a filter matching nothing says so and offers a way back', async ({ page }) => {
  await page.goto('/news?tag=ministerial%20conference&year=2015');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('No news matches these filters.');
  await page.getByRole('link', { name: 'Show all news' }).click();
  await expect(page.locator('.item-list > li')).toHaveCount(10);
});

test('junk in the query falls back to the unfiltered list', async ({ page }) => {
  await page.goto('/news?year=soon&page=-4');
  await expect(page.locator('.item-list > li')).toHaveCount(10);
  await page.goto('/news?page=999');
  await expect(page.getByRole('link', { name: /current page/ })).toHaveText(String(Math.ceil(newsItems.length / 10)));
});

test('tag links on items open the filtered list', async ({ page }) => {
  await page.goto(`/news/${newsItems[0].id}`);
  const tag = newsItems[0].tags[0];
  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: tag }).click();
  await expect(page.getByLabel('Topic')).toHaveValue(tag);
});

test('members filter by status, region and working group', async ({ page }) => {
  await page.goto('/members');
  await page.getByLabel('Region').selectOption('central-asia');
  await expect(page).toHaveURL('/members?region=central-asia');
  const centralAsia = site.members.filter((m) => m.region === 'central-asia');
  await expect(page.locator('.members-table tbody tr')).toHaveCount(centralAsia.length);
  await expect(page.locator('.result-count')).toHaveText(`Showing ${centralAsia.length} of ${site.members.length} states.`);

  await page.goto('/members?group=silk-routes&status=observer');
  const expected = site.members.filter((m) => m.status === 'observer' && m.working_groups.some((g) => g.group === 'silk-routes'));
  await expect(page.locator('.members-table tbody tr')).toHaveCount(expected.length);
  await expect(page.getByLabel('Working group')).toHaveValue('silk-routes');
  await expect(page.getByLabel('Status')).toHaveValue('observer');

  await page.getByLabel('Status').selectOption('');
  await expect(page).toHaveURL('/members?group=silk-routes');
});

test('unknown member filter values are ignored', async ({ page }) => {
  await page.goto('/members?region=atlantis&status=emperor');
  await expect(page.locator('.members-table tbody tr')).toHaveCount(site.members.length);
});

test('documents filter by language, type and year', async ({ page }) => {
  await page.goto('/documents');
  await page.getByLabel('Language', { exact: true }).selectOption('ar');
  await expect(page).toHaveURL('/documents?lang=ar');
  const arabic = documents.filter((d) => d.attachments.some((a) => a._bp?.language === 'ar'));
  await expect(page.locator('.item-list > li')).toHaveCount(arabic.length);
  await page.getByLabel('Type').selectOption('declaration');
  await expect(page).toHaveURL('/documents?type=declaration&lang=ar');
  await page.goto('/documents?year=2019');
  await expect(page.locator('.item-list > li')).toHaveCount(documents.filter((d) => d._bp.year === 2019).length);
});
