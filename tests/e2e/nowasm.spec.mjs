// A browser that runs no WebAssembly, as Apple's Lockdown Mode and JIT-less
// hardened browsers do: Chromium with --js-flags=--jitless, where
// `WebAssembly` is undefined while JavaScript runs. Every page is the
// pre-rendered one, readable, with no error text.
import { test, expect, expectNoAxeViolations, site, newsItems, documents, events } from './fixtures.mjs';
import config from '../../playwright.config.mjs';

const launch = config.use.launchOptions;
test.use({ launchOptions: { ...launch, args: [...launch.args, '--js-flags=--jitless'] } });

const routes = [
  ['/', 'Budapest Process'], ['/about', 'About the Budapest Process'], ['/timeline', 'Milestones'],
  ['/members', 'Members'], ['/news', 'News'], ['/documents', 'Documents'], ['/events', 'Events'],
  ['/contact', 'Contact'], ['/search', 'Search'], ['/news/page/2', 'News'], [`/news/${newsItems[0].id}`, newsItems[0].title],
  [`/documents/${documents[0].id}`, documents[0].title], [`/events/${events[0].id}`, events[0].title],
  ['/members/TR', 'Members'], [`/timeline/${site.milestones[0].id}`, 'Milestones'],
  ['/embed/map', 'Budapest Process member states'], ['/embed/news', 'Budapest Process: latest news'],
  ['/embed/timeline', 'Budapest Process milestones'], ['/embed/key-data', 'Budapest Process: key data'],
  // The Russian pages, a few of each kind.
  ['/ru/', 'Будапештский процесс'], ['/ru/members/TR', 'Участники'], ['/ru/timeline', 'Хронология'],
  ['/ru/news', 'Новости'], [`/ru/events/${events[0].id}`, events[0].title],
  ['/ru/embed/map', 'Государства — участники Будапештского процесса'],
];

test('this browser really has no WebAssembly', async ({ page }) => {
  await page.goto('/');
  expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
  await expect(page.locator('html')).toHaveClass(/no-app/);
});

for (const [path, heading] of routes) {
  test(`${path} is readable without WebAssembly`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText(/could not be loaded|Loading|не удалось загрузить|Загрузка/)).toHaveCount(0);
    for (const control of await page.locator('.app-only').all()) await expect(control).toBeHidden();
    const text = await page.locator('#main').innerText();
    expect(text.length, 'the page has its content').toBeGreaterThan(100);
    expect(await page.evaluate(() => window.__bpErrors)).toEqual([]);
  });
}

test('the member page shows the state and its table without the app', async ({ page }) => {
  await page.goto('/members');
  await expect(page.locator('.members-table tbody tr')).toHaveCount(site.members.length);
  await expect(page.getByText('Filtering needs JavaScript')).toBeVisible();
});

test('axe finds nothing on the pages as they are without the app', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/', '/news', '/timeline', '/members/TR', '/documents', '/embed/map', '/embed/timeline']) {
    await page.goto(path);
    await expectNoAxeViolations(page, `${path} without WebAssembly`);
  }
});
