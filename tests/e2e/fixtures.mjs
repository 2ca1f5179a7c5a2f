// Shared test setup: the bundled data (read from public/data so the
// expectations follow the data rather than being typed in), a guard that
// fails any test whose page throws, and small helpers.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

export const site = JSON.parse(readFileSync(new URL('../../public/data/site.json', import.meta.url)));
export const feed = JSON.parse(readFileSync(new URL('../../public/data/feed.json', import.meta.url)));

export const kind = (item) => item._bp?.kind ?? 'news';
export const newsItems = feed.items
  .filter((i) => kind(i) === 'news')
  .sort((a, b) => (b.date_published ?? '').localeCompare(a.date_published ?? ''));
export const documents = feed.items.filter((i) => kind(i) === 'document');
export const events = feed.items.filter((i) => kind(i) === 'event');

export const test = base.extend({
  // Every test fails if the page throws (a Rust panic surfaces here too).
  // Navigations wait until the app runs (or is known not to), so a test
  // does not press a button of the pre-rendered page before the app has
  // taken it over.
  page: async ({ page, javaScriptEnabled, baseURL }, use) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A Rust panic's message and place reach the console before the trap.
    page.on('console', (m) => { if (m.text().includes('panicked at')) errors.push(m.text()); });
    if (javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      // `{ app: false }` skips the wait (for tests of the page before the app).
      page.goto = async (url, { app = true, ...options } = {}) => {
        const response = await goto(url, options);
        const ours = !/^https?:/.test(url) || url.startsWith(baseURL);
        if (app && ours) await waitForApp(page);
        return response;
      };
    }
    await use(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

/**
 * Whether a console message is the site's: Playwright says so itself when
 * it blocks the service worker (playwright.config.mjs).
 */
export const fromSite = (message) => message.text() !== 'Service Worker registration blocked by Playwright';

/**
 * Serves `data` as the site data: the whole file, and the parts of it the
 * member and timeline pages download (`/data/site.members.json`), as a
 * deployer's new data would be once re-rendered. A whole file is a valid
 * part: the app reads what it holds.
 */
export async function replaceSite(page, data) {
  await page.route('**/data/site*.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }));
}

/** Waits until the app runs on the page, or the page says it cannot. */
export async function waitForApp(page) {
  await page.waitForFunction(() => document.documentElement.matches('.app-ready, .no-app'), null, { timeout: 15_000 });
}
export { expect };

/** Runs axe-core on the page and expects no violations. */
/**
 * Goes to `/members` the way a visitor of the running app does, from
 * another page: the map geometry then loads on demand (a pre-rendered
 * /members has it from the start), so its loading and error states show.
 */
export async function openMembersInTheApp(page) {
  await page.goto('/about');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
}

export async function expectNoAxeViolations(page, label = '') {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations ${label}`).toEqual([]);
}

/** Serves `body` (an object is sent as JSON) in place of the bundled feed. */
export async function replaceFeed(page, body, { status = 200, contentType = 'application/feed+json' } = {}) {
  await page.route('**/data/feed.json', (route) =>
    route.fulfill({ status, contentType, body: typeof body === 'string' ? body : JSON.stringify(body) }));
}

/** A JSON Feed around `items`. */
export const feedOf = (items) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Test feed', items });

/** YYYY-MM-DD for today plus `days`, in the browser's (UTC) calendar. */
export function isoDay(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}
