// Share on item pages: the device's share sheet where there is one (the
// Web Share API, stubbed here: Chromium on Linux has none), otherwise the
// link is copied with a visible "Link copied"; never in a widget, and not
// without the app.
import { test, expect, newsItems, site, expectNoAxeViolations } from './fixtures.mjs';

const item = newsItems[0];
const itemPath = `/news/${encodeURIComponent(item.id)}`;
const milestone = site.milestones[0];
const share = (page) => page.getByRole('button', { name: 'Share this page' });

/** Takes the share sheet away, as on a desktop without one. */
const noShareSheet = () => { delete Navigator.prototype.share; delete Navigator.prototype.canShare; };
/** A share sheet that records what it was given (or is closed unused). */
const stubShareSheet = (closed) => {
  Navigator.prototype.canShare = () => true;
  Navigator.prototype.share = async (data) => {
    if (closed) throw new DOMException('closed', 'AbortError');
    window.__shared = { title: data.title, url: data.url };
  };
};

test('without a share sheet, Share copies the link and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(noShareSheet);
  await page.goto(itemPath);
  await share(page).click();
  await expect(page.locator('.share__status')).toHaveText('Link copied');
  const origin = new URL(page.url()).origin;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${itemPath}`);
  await expectNoAxeViolations(page, 'link copied');
});

test('when the link cannot be copied either, the page shows it to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
    delete Navigator.prototype.canShare;
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }) });
  });
  await page.goto(itemPath);
  await share(page).click();
  await expect(page.locator('.share__status')).toHaveText(`Could not copy the link; it is ${new URL(page.url()).origin}${itemPath}`);
});

test('with a share sheet, Share hands it the title and the link', async ({ page }) => {
  await page.addInitScript(stubShareSheet, false);
  await page.goto(itemPath);
  await share(page).click();
  await expect.poll(() => page.evaluate(() => window.__shared)).toEqual({ title: item.title, url: `${new URL(page.url()).origin}${itemPath}` });
  await expect(page.locator('.share__status')).toHaveText('');
});

test('closing the share sheet unused copies nothing and says nothing', async ({ page }) => {
  await page.addInitScript(stubShareSheet, true);
  await page.goto(itemPath);
  await share(page).click();
  await page.waitForTimeout(300);
  await expect(page.locator('.share__status')).toHaveText('');
});

test('member states and milestones share their own pages', async ({ page }) => {
  await page.addInitScript(stubShareSheet, false);
  await page.goto('/members/TR');
  await page.locator('.map-detail').getByRole('button', { name: 'Share this page' }).click();
  await expect.poll(() => page.evaluate(() => window.__shared?.url)).toMatch(/\/members\/TR$/);
  await page.goto(`/timeline/${milestone.id}`);
  await page.locator('.tl-detail').getByRole('button', { name: 'Share this page' }).click();
  await expect.poll(() => page.evaluate(() => window.__shared?.url)).toMatch(new RegExp(`/timeline/${milestone.id}$`));
});

test('no Share in widgets, and none without the app', async ({ page }) => {
  await page.goto('/embed/map?highlight=TR');
  await expect(page.locator('.map-detail')).toBeVisible();
  await expect(page.locator('.share')).toHaveCount(0);
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(itemPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
  await expect(share(page)).toBeHidden();
});
