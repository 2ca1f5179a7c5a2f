// Upcoming events with dates relative to today, so the tests keep passing
// as the calendar moves on.
import { test, expect, replaceFeed, feedOf, isoDay } from './fixtures.mjs';

const upcomingFeed = feedOf([
  { id: 'soon', title: 'Meeting next week', content_text: 'Soon.', _bp: { kind: 'event', start: isoDay(7), end: isoDay(8), place: 'Istanbul, Türkiye' } },
  { id: 'later', title: 'Meeting next month', content_text: 'Later.', _bp: { kind: 'event', start: isoDay(40), place: 'Vienna, Austria' } },
  { id: 'running', title: 'Meeting running now', content_text: 'Now.', _bp: { kind: 'event', start: isoDay(-2), end: isoDay(2) } },
  { id: 'over', title: 'Meeting last month', content_text: 'Over.', _bp: { kind: 'event', start: isoDay(-40), end: isoDay(-39) } },
  { id: 'news', title: 'A news item', content_text: 'News.', date_published: `${isoDay(-1)}T09:00:00Z` },
]);

test('upcoming events are listed soonest first, past ones apart', async ({ page }) => {
  await replaceFeed(page, upcomingFeed);
  await page.goto('/events');
  const upcoming = page.getByRole('region', { name: 'Upcoming events' });
  await expect(upcoming.locator('.item-summary__title')).toHaveText(['Meeting running now', 'Meeting next week', 'Meeting next month']);
  await expect(page.getByRole('region', { name: 'Past events' }).locator('.item-summary__title')).toHaveText(['Meeting last month']);
  await expect(upcoming).not.toContainText('No upcoming events');
});

test('the home page shows the next events', async ({ page }) => {
  await replaceFeed(page, upcomingFeed);
  await page.goto('/');
  const upcoming = page.getByRole('region', { name: 'Upcoming events' });
  await expect(upcoming.locator('.item-summary__title')).toHaveText(['Meeting running now', 'Meeting next week', 'Meeting next month']);
  await upcoming.getByRole('link', { name: 'Meeting next week' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meeting next week');
  await expect(page.locator('.meta')).toContainText('Istanbul, Türkiye');
});

test('with the clock fixed, the bundled feed still has nothing upcoming', async ({ page }) => {
  // Every bundled event lies in the past; fixing the clock well ahead shows
  // that staying true as the calendar moves on.
  await page.clock.setFixedTime(new Date('2031-06-01T12:00:00Z'));
  await page.goto('/events');
  await expect(page.getByRole('region', { name: 'Upcoming events' })).toContainText('No upcoming events');
});

test('an event is upcoming on its last day and past the day after', async ({ page }) => {
  await replaceFeed(page, feedOf([
    { id: 'e', title: 'Two-day meeting', content_text: 'x', _bp: { kind: 'event', start: '2030-03-09', end: '2030-03-10' } },
  ]));
  await page.clock.setFixedTime(new Date('2030-03-10T23:00:00Z'));
  await page.goto('/events');
  await expect(page.getByRole('region', { name: 'Upcoming events' })).toContainText('Two-day meeting');
  await page.clock.setFixedTime(new Date('2030-03-11T00:30:00Z'));
  await page.reload();
  await expect(page.getByRole('region', { name: 'Past events' })).toContainText('Two-day meeting');
});
