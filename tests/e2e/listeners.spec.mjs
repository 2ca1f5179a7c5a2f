// Components remove what they add to the browser: event listeners,
// observers, the objects their closures hold. One document opens and closes
// the Embed dialog (whose preview is a framed widget) and moves between the
// widget pages and a site page, many times; the listener count, the DOM and
// the JS heap come back to where they were.
import { test, expect } from './fixtures.mjs';

const ROUNDS = 50;

/** Listener and node counts and the JS heap, after a full garbage collection. */
async function usage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { listeners: counters.jsEventListeners, nodes: counters.nodes, documents: counters.documents, heap: heap.usedSize };
}

/** Moves to `path` inside the running app, as the back button would. */
async function moveTo(page, path) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function round(page) {
  // The Embed dialog, with its live preview (a framed widget).
  await page.getByRole('button', { name: 'Embed the key data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed the key data' });
  await expect(dialog.frameLocator('iframe').locator('.key-card').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(dialog.locator('iframe')).toHaveCount(0);
  // Each widget page, then back to the site.
  await moveTo(page, '/embed/map?highlight=TR');
  await expect(page.locator('.map-detail h2')).toHaveText('Türkiye');
  await moveTo(page, '/embed/timeline?milestone=istanbul-2013');
  await expect(page.locator('.tl-detail h2')).toBeVisible();
  await moveTo(page, '/embed/news');
  await expect(page.locator('.item-summary').first()).toBeVisible();
  await moveTo(page, '/embed/key-data');
  await expect(page.locator('.key-card').first()).toBeVisible();
  await moveTo(page, '/');
  await expect(page.getByRole('button', { name: 'Embed the key data' })).toBeVisible();
}

test.describe('listeners and memory', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test(`${ROUNDS} rounds of the Embed dialog and the widget pages leave nothing behind`, async ({ page }) => {
    test.setTimeout(240_000);
    const cdp = await page.context().newCDPSession(page);
    await page.goto('/');
    const start = await page.evaluate(() => performance.timeOrigin);
    // First rounds fill caches that live as long as the page (data, layouts).
    for (let i = 0; i < 3; i++) await round(page);
    const before = await usage(cdp);
    for (let i = 0; i < ROUNDS; i++) await round(page);
    const after = await usage(cdp);
    // Still the same document: every move was inside the app.
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(start);
    console.log(`listeners ${before.listeners} -> ${after.listeners}, nodes ${before.nodes} -> ${after.nodes}, ` +
      `documents ${before.documents} -> ${after.documents}, heap ${before.heap} -> ${after.heap} bytes`);
    // One listener left behind per round would add 50.
    expect(after.listeners, 'event listeners').toBeLessThanOrEqual(before.listeners + 5);
    // A closed preview's document goes once its last downloads settle (it
    // fetches its own chunk of code): asked again until then; a leaked
    // one never goes.
    await expect.poll(async () => (await usage(cdp)).documents, { message: 'documents (closed previews are gone)', timeout: 15_000 })
      .toBeLessThanOrEqual(before.documents);
    expect(after.nodes, 'DOM nodes').toBeLessThanOrEqual(before.nodes * 1.1);
    // A leaked widget (its closures and their data) would cost far more.
    expect(after.heap, 'JS heap').toBeLessThanOrEqual(before.heap * 1.1 + 256 * 1024);
  });
});
