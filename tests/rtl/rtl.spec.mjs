// Every page in the right-to-left pseudo-locale (/ar-xb/) at 1280 and 375
// pixels: the layout is mirrored (the header starts at the right, headings
// and text align right, the timeline's dates stand right of their
// headlines, the map's organisations sit left of the map), nothing
// overflows sideways, and a screenshot of each is attached to the report.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const site = JSON.parse(readFileSync(new URL('../../public/data/site.json', import.meta.url)));
const feed = JSON.parse(readFileSync(new URL('../../public/data/feed.json', import.meta.url)));
const kind = (item) => item._bp?.kind ?? 'news';
const first = (k) => feed.items.find((i) => kind(i) === k).id;

const routes = [
  '/', '/about', '/timeline', '/members', '/news', '/news/page/2', '/documents', '/events', '/contact', '/search',
  `/news/${first('news')}`, `/documents/${first('document')}`, `/events/${first('event')}`, '/members/TR',
  `/timeline/${site.milestones[0].id}`, '/embed/timeline', '/embed/map', '/embed/key-data', '/embed/news',
];

for (const width of [1280, 375]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const route of routes) {
      test(`${route} is mirrored`, async ({ page }, info) => {
        const response = await page.goto(`/ar-xb${route === '/' ? '/' : route}`);
        expect(response.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
        await expect(page.locator('html')).toHaveAttribute('lang', 'ar-XB');
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toBeVisible();
        // A heading that is an item's title takes its own direction
        // (dir="auto"): an English title reads left to right, as it should.
        const own = (await heading.getAttribute('dir')) === null;
        // Text starts at the right: the heading's text ends near the
        // content's right edge (its box may be full width, so measure the
        // text through a range).
        const edges = await heading.evaluate((h) => {
          const range = document.createRange();
          range.selectNodeContents(h);
          const text = range.getBoundingClientRect();
          const box = h.getBoundingClientRect();
          return { textRight: text.right, textLeft: text.left, boxRight: box.right, boxLeft: box.left };
        });
        if (own) expect(edges.boxRight - edges.textRight, 'the heading hugs the right').toBeLessThan(4);
        // Nothing runs off the side of the page.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(1);
        if (!route.startsWith('/embed/')) {
          const brand = await page.locator('.brand').boundingBox();
          expect(brand.x + brand.width, 'the header starts at the right').toBeGreaterThan(width * 0.6);
        }
        if (route.startsWith('/timeline')) {
          // Each milestone's shape stands at the start (right) of its text.
          const shape = await page.locator('.tl-vbutton .tl-dot').first().boundingBox();
          const date = await page.locator('.tl-vdate').first().boundingBox();
          expect(shape.x, 'the shape is right of the date').toBeGreaterThan(date.x);
        }
        if (route === '/members' && width >= 1280) {
          const map = await page.locator('.map-canvas').boundingBox();
          const aside = await page.locator('.map-aside').boundingBox();
          expect(aside.x + aside.width, 'the organisations are left of the map').toBeLessThanOrEqual(map.x + 1);
        }
        await info.attach(`rtl${route.replaceAll('/', '_')}-${width}.png`, {
          body: await page.screenshot({ fullPage: true }),
          contentType: 'image/png',
        });
      });
    }
  });
}
