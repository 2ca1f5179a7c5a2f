// Widgets on a partner site of another origin: the loader builds the
// frames, their heights follow the content, forged messages are ignored,
// links open the full site, and everything is accessible.
import { test, expect, site, feed, newsItems, expectNoAxeViolations } from './fixtures.mjs';

const PARTNER = 'http://127.0.0.1:4174/index.html';
const frameOf = (page, id) => page.frameLocator(`#${id} iframe`);
/** Clicks the news widget's first item: the full site opens in a new tab, the partner page stays. */
async function expectFirstNewsOpensInNewTab(page, context, news) {
  const popup = context.waitForEvent('page');
  await news.locator('.item-summary__title a').first().click();
  const opened = await popup;
  await opened.waitForLoadState();
  expect(opened.url()).toBe(`http://127.0.0.1:4173/news/${newsItems[0].id}`);
  expect(page.url()).toBe(PARTNER);
}
const heightOf = (page, id) => page.locator(`#${id} iframe`).evaluate((f) => f.getBoundingClientRect().height);

test.describe('on a partner page', () => {
  test.use({ viewport: { width: 1100, height: 900 } });

  test('the loader turns each element into a titled, lazy, responsive iframe', async ({ page }) => {
    await page.goto(PARTNER);
    for (const [id, title] of [['timeline', 'Budapest Process milestones timeline'], ['map', 'Budapest Process member map'],
      ['key-data', 'Budapest Process key data'], ['news', 'Budapest Process latest news']]) {
      const frame = page.locator(`#${id} iframe`);
      await expect(frame).toHaveAttribute('title', title);
      await expect(frame).toHaveAttribute('loading', 'lazy');
      expect(await frame.getAttribute('src')).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:4173/embed/${id}\\?.*embed-id=bp-\\d`));
    }
    await page.locator('#news').scrollIntoViewIfNeeded();
    await expect(frameOf(page, 'news').locator('.item-summary')).toHaveCount(3);
    await expect(frameOf(page, 'news').locator('.item-summary__title').first()).toHaveText(newsItems[0].title);
    await page.locator('#key-data').scrollIntoViewIfNeeded();
    await expect(frameOf(page, 'key-data').locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(frameOf(page, 'key-data').locator('.key-card', { hasText: 'Participating states' })).toContainText('52');
    await page.locator('#map').scrollIntoViewIfNeeded();
    await expect(frameOf(page, 'map').locator('.map-detail h2')).toHaveText('Türkiye');
    await expect(frameOf(page, 'timeline').locator('.tl-item').first()).toBeVisible();
    // No site header or footer inside widgets.
    await expect(frameOf(page, 'news').locator('.site-header')).toHaveCount(0);
    await expect(frameOf(page, 'news').getByRole('link', { name: 'Budapest Process' })).toBeVisible();
  });

  test('widgets added later are mounted once; other changes add no frames', async ({ page }) => {
    await page.goto(PARTNER);
    await expect(page.locator('[data-bp-widget] iframe')).toHaveCount(4);
    await page.evaluate(() => setTimeout(() => {
      const later = document.createElement('div');
      later.id = 'later';
      later.setAttribute('data-bp-widget', 'key-data');
      document.querySelector('main').appendChild(later);
      document.querySelector('main').appendChild(document.createElement('p'));
      const unknown = document.createElement('div');
      unknown.setAttribute('data-bp-widget', 'nope');
      document.querySelector('main').appendChild(unknown);
    }));
    await expect(page.locator('#later iframe')).toHaveCount(1);
    await page.waitForTimeout(300);
    await expect(page.locator('[data-bp-widget] iframe')).toHaveCount(5);
    await expect(page.locator('#later iframe')).toHaveAttribute('src', /\/embed\/key-data\?embed-id=bp-5$/);
  });

  test('frame heights follow the content: selection, filter, resize', async ({ page }) => {
    await page.goto(PARTNER);
    const timeline = frameOf(page, 'timeline');
    await expect(timeline.locator('.tl-item').first()).toBeVisible();
    // The content's own height replaces the 500 px hint.
    await expect.poll(() => heightOf(page, 'timeline')).not.toBe(500);
    const start = await heightOf(page, 'timeline');
    await timeline.locator('#tl-m-0').click();
    await expect(timeline.locator('.tl-detail')).toBeVisible();
    await expect.poll(() => heightOf(page, 'timeline')).toBeGreaterThan(start + 100);
    const withDetail = await heightOf(page, 'timeline');
    for (const name of ['Ministerial conference', 'Senior officials meeting', 'Project', 'Governance']) {
      await timeline.getByRole('checkbox', { name: new RegExp(name) }).uncheck();
    }
    await expect(timeline.locator('.tl-detail')).toHaveCount(0);
    await expect.poll(() => heightOf(page, 'timeline')).toBeLessThan(withDetail);
    const filtered = await heightOf(page, 'timeline');
    // A narrow window switches the widget to its vertical list: much taller.
    await page.setViewportSize({ width: 500, height: 900 });
    await expect.poll(() => heightOf(page, 'timeline')).toBeGreaterThan(filtered + 200);
    // The content really fits: the frame's document does not scroll.
    const inner = await timeline.locator('body').evaluate((b) => b.scrollHeight);
    expect(Math.abs(inner - await heightOf(page, 'timeline'))).toBeLessThanOrEqual(2);
  });

  test('the map frame grows with its details panel', async ({ page }) => {
    await page.goto(PARTNER);
    await page.locator('#map').scrollIntoViewIfNeeded();
    const map = frameOf(page, 'map');
    await expect(map.locator('.map-detail')).toBeVisible();
    await expect.poll(() => heightOf(page, 'map')).toBeGreaterThan(400);
    const withDetail = await heightOf(page, 'map');
    await map.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => heightOf(page, 'map')).toBeLessThan(withDetail - 100);
    const closed = await heightOf(page, 'map');
    await map.locator('#map-KZ').click();
    await expect(map.locator('.map-detail h2')).toHaveText('Kazakhstan');
    await expect.poll(() => heightOf(page, 'map')).toBeGreaterThan(closed + 80);
  });

  test('height messages from anyone but the widget are ignored', async ({ page }) => {
    await page.goto(PARTNER);
    await expect(frameOf(page, 'timeline').locator('.tl-item').first()).toBeVisible();
    await expect.poll(() => heightOf(page, 'timeline')).not.toBe(500);
    const before = await heightOf(page, 'timeline');
    const id = new URL(await page.locator('#timeline iframe').getAttribute('src')).searchParams.get('embed-id');
    // From another frame of the partner page, and from the page itself.
    await page.frameLocator('.forger').locator('body').evaluate((_, id) => window.forge(id, 7), id);
    await page.evaluate((id) => window.postMessage({ type: 'bp:resize', id, height: 9 }, '*'), id);
    await page.waitForTimeout(400);
    expect(await heightOf(page, 'timeline')).toBe(before);
    // The forged messages did arrive, so the check above means something.
    const forged = await page.evaluate(() => window.__messages.filter((m) => m.data?.type === 'bp:resize' && m.data.height < 10).length);
    expect(forged).toBe(2);
  });

  test('widgets also post AMP embed-size messages', async ({ page }) => {
    await page.goto(PARTNER);
    await expect.poll(() => page.evaluate(() =>
      window.__messages.some((m) => m.origin === 'http://127.0.0.1:4173' && m.data?.sentinel === 'amp' && m.data?.type === 'embed-size' && m.data.height > 0),
    )).toBe(true);
  });

  test('links open the full site in a new tab; the partner page stays', async ({ page, context }) => {
    await page.goto(PARTNER);
    await page.locator('#news').scrollIntoViewIfNeeded();
    const news = frameOf(page, 'news');
    await expectFirstNewsOpensInNewTab(page, context, news);
    await expect(news.locator('.item-summary')).toHaveCount(3);
  });

  test('without the app, links still leave in a new tab and a selection stays in the frame', async ({ page, context }) => {
    await context.route('**/*.wasm', (route) => route.abort());
    await page.goto(PARTNER);
    const timeline = frameOf(page, 'timeline');
    await expect(timeline.locator('html')).toHaveClass(/no-app/);
    const first = [...site.milestones].sort((a, b) => a.start.year - b.start.year)[0];
    await timeline.locator('#tl-m-0').click();
    const frame = page.frames().find((f) => f.url().includes('/embed/timeline'));
    await expect.poll(() => frame.url()).toContain(`milestone=${first.id}`);
    // The loader's options survive the plain navigation.
    expect(frame.url()).toMatch(/embed-id=bp-\d/);
    expect(context.pages()).toHaveLength(1);
    await page.locator('#news').scrollIntoViewIfNeeded();
    const news = frameOf(page, 'news');
    await expect(news.locator('html')).toHaveClass(/no-app/);
    await expectFirstNewsOpensInNewTab(page, context, news);
    // The frame still shows the widget (its options, such as count=3, need
    // the app: the pre-rendered widget is the default view).
    expect(page.frames().find((f) => f.url().includes('/embed/news'))).toBeTruthy();
    await expect(news.locator('.item-summary').first()).toBeVisible();
  });

  test('a selection inside a widget is in its URL and in the full-site link', async ({ page }) => {
    await page.goto(PARTNER);
    const timeline = frameOf(page, 'timeline');
    await expect(timeline.locator('html')).toHaveClass(/app-ready/);
    const first = [...site.milestones].sort((a, b) => a.start.year - b.start.year)[0];
    await timeline.locator('#tl-m-0').click();
    await expect(timeline.getByRole('link', { name: /Open in the full site/ })).toHaveAttribute('href', `/timeline/${first.id}`);
    const frame = page.frames().find((f) => f.url().includes('/embed/timeline'));
    await expect.poll(() => frame.url()).toContain(`milestone=${first.id}`);
    expect(frame.url()).toContain('embed-id=');
  });

  test('axe finds nothing on the partner page and inside its widgets', async ({ page }) => {
    await page.goto(PARTNER);
    for (const id of ['timeline', 'map', 'key-data', 'news']) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await expect(frameOf(page, id).locator('h1')).toBeVisible();
    }
    await expect(page.frameLocator('#plain').locator('h1')).toBeVisible();
    await expectNoAxeViolations(page, 'partner page with widgets');
  });
});

test.describe('widget pages on their own', () => {
  for (const path of ['/embed/timeline?milestone=istanbul-2019', '/embed/map?highlight=HU', '/embed/key-data', '/embed/news?count=4',
    '/embed/timeline?theme=dark', '/embed/map?theme=dark&status=observer']) {
    test(`axe: ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('.status--loading')).toHaveCount(0);
      await expectNoAxeViolations(page, path);
    });
  }

  test('bad options fall back to defaults, never to an error', async ({ page }) => {
    await page.goto('/embed/news?count=many&theme=neon&height=-5');
    await expect(page.locator('.item-summary')).toHaveCount(5);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
    await page.goto('/embed/map?highlight=ZZ&status=emperor');
    await expect(page.locator('#map-TR')).toBeVisible();
    await expect(page.locator('.map-detail')).toHaveCount(0);
    await page.goto('/embed/timeline?milestone=nope&category=nope&layout=diagonal');
    await expect(page.locator('.tl-item').first()).toBeVisible();
    await expect(page.locator('.tl-detail')).toHaveCount(0);
  });

  test('a widget filter and selection stay in the widget URL', async ({ page }) => {
    await page.goto('/embed/map?theme=light&embed-id=bp-9');
    await page.locator('#map-GE').click();
    await expect(page).toHaveURL('/embed/map?theme=light&embed-id=bp-9&highlight=GE');
    await expect(page.getByRole('link', { name: /Open in the full site/ })).toHaveAttribute('href', '/members/GE');
  });

  test('the news widget honours its tag filter', async ({ page }) => {
    const tag = 'legal pathways';
    await page.goto(`/embed/news?tag=${encodeURIComponent(tag)}&count=20`);
    await expect(page.locator('.item-summary')).toHaveCount(newsItems.filter((i) => i.tags.includes(tag)).length);
    expect(feed.items.length).toBeGreaterThan(0);
  });
});

test.describe('the Embed dialog on the full site', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('offers both snippets with live options, copies, and closes with Escape', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/members');
    const button = page.getByRole('button', { name: 'Embed the member map' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed the member map' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('pre').first()).toContainText('<div data-bp-widget="map"></div>');
    await dialog.getByLabel('Highlight a state').selectOption('TR');
    await dialog.getByLabel('Theme').selectOption('dark');
    const loader = '<div data-bp-widget="map" data-highlight="TR" data-theme="dark"></div>\n<script async src="http://127.0.0.1:4173/embed.js"></script>';
    await expect(dialog.locator('pre').first()).toHaveText(loader);
    await expect(dialog.locator('pre').nth(1)).toContainText('src="http://127.0.0.1:4173/embed/map?highlight=TR&amp;theme=dark"');
    await expect(dialog.locator('iframe')).toHaveAttribute('src', 'http://127.0.0.1:4173/embed/map?highlight=TR&theme=dark');
    await expect(dialog.frameLocator('iframe').locator('.map-detail h2')).toHaveText('Türkiye');
    await dialog.getByRole('button', { name: 'Copy loader code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Loader code copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(loader);
    await expectNoAxeViolations(page, 'embed dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('every widget has an Embed button', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Embed the key data' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Embed the latest news' })).toBeVisible();
    await page.goto('/timeline');
    await page.getByRole('button', { name: 'Embed the milestones timeline' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Open at a milestone').selectOption('istanbul-2013');
    await expect(dialog.locator('pre').first()).toContainText('data-milestone="istanbul-2013"');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });
});
