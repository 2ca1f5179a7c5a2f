// Pre-rendered pages: readable without JavaScript, hydrated without a
// mismatch or a console message, and the same single-page app afterwards.
import { test, expect, site, feed, newsItems, documents, events, kind, waitForApp, fromSite } from './fixtures.mjs';

/** Every route, and one page of each kind of item. */
const pages = [
  ['/', 'Budapest Process'],
  ['/about', 'About the Budapest Process'],
  ['/timeline', 'Milestones'],
  ['/members', 'Members'],
  ['/news', 'News'],
  ['/news/page/2', 'News'],
  ['/documents', 'Documents'],
  ['/events', 'Events'],
  ['/contact', 'Contact'],
  ['/search', 'Search'],
  [`/news/${newsItems[0].id}`, newsItems[0].title],
  [`/documents/${documents[0].id}`, documents[0].title],
  [`/events/${events[0].id}`, events[0].title],
  ['/members/TR', 'Members'],
  // One with related items, which hydrate from the page (components/related.rs).
  [`/timeline/${site.milestones.find((m) => m.related?.length).id}`, 'Milestones'],
  ['/embed/timeline', 'Budapest Process milestones'],
  ['/embed/map', 'Budapest Process member states'],
  ['/embed/key-data', 'Budapest Process: key data'],
  ['/embed/news', 'Budapest Process: latest news'],
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, heading] of pages) {
    test(`${path} is readable`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // No controls that would do nothing, and a polite word about them.
      for (const control of await page.locator('.app-only').all()) await expect(control).toBeHidden();
      await expect(page.getByRole('alert')).toHaveCount(0);
      // Both feeds, for feed readers that read either.
      await expect(page.locator('head link[rel="alternate"][type="application/feed+json"]')).toHaveCount(1);
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/feed.xml');
    });
  }

  test('the content is in the HTML: news, members, milestones, key data', async ({ page }) => {
    await page.goto('/news');
    await expect(page.locator('.item-summary__title')).toHaveText(newsItems.slice(0, 10).map((i) => i.title));
    await expect(page.getByText('Filtering by topic and year needs JavaScript')).toBeVisible();
    await page.goto('/members');
    await expect(page.locator('.members-table tbody tr')).toHaveCount(site.members.length);
    await expect(page.locator('.member-map svg')).toBeVisible();
    await page.goto('/timeline');
    const list = page.getByRole('list', { name: 'Milestones in time order' });
    await expect(list.getByRole('listitem')).toHaveCount(site.milestones.length);
    await page.goto('/');
    const participating = site.members.filter((m) => m.status === 'participating').length;
    await expect(page.locator('.key-card', { hasText: 'Participating states' })).toContainText(String(participating));
  });

  test('links lead to pages that are there: milestones, items, list pages', async ({ page }) => {
    await page.goto('/timeline');
    const m = site.milestones[3];
    await page.getByRole('link', { name: new RegExp(m.headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
    await expect(page).toHaveURL(`/timeline/${m.id}`);
    await expect(page.locator('.tl-detail h2')).toHaveText(m.headline);
    const next = page.locator('.tl-detail').getByRole('link', { name: /Next milestone/ });
    const nextTitle = await next.locator('.tl-nav__title').textContent();
    await next.click();
    await expect(page.locator('.tl-detail h2')).toHaveText(nextTitle);
    await expect(page).not.toHaveURL(`/timeline/${m.id}`);

    await page.goto('/news');
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL('/news/page/2');
    await expect(page.locator('.item-summary__title').first()).toHaveText(newsItems[10].title);
    await page.locator('.item-summary__title a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(newsItems[10].title);

    // Every link on the home page and in the navigation answers with a page.
    await page.goto('/');
    const hrefs = new Set(await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    for (const href of hrefs) {
      const path = href.split('#')[0];
      const response = await page.request.get(path);
      expect(response.status(), href).toBe(200);
    }
  });

  test('an unknown path is the not-found page, with status 404', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Browse the news' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
  });
});

/** The deployer points the feed <meta> of the page at `path` at a live feed, `/live/feed.json`. */
function pointFeedElsewhere(page, path) {
  return page.route((url) => url.pathname === path, async (route) => {
    const response = await route.fetch();
    // (The release HTML is minified: attribute order and quotes vary.)
    const body = (await response.text()).replace(/<meta[^>]*name="?bp-feed"?[^>]*>/, '<meta name="bp-feed" content="/live/feed.json">');
    await route.fulfill({ response, body });
  });
}

test.describe('hydration', () => {
  for (const [path] of pages) {
    test(`${path}: hydrates without a console message, and links stay in the page`, async ({ page }) => {
      const messages = [];
      page.on('console', (m) => { if (['error', 'warning'].includes(m.type()) && fromSite(m)) messages.push(`${m.type()}: ${m.text()}`); });
      await page.goto(path);
      await expect(page.locator('html')).toHaveClass(/app-ready/);
      await expect(page.locator('html')).not.toHaveClass(/no-app/);
      await page.evaluate(() => { window.__sameDocument = true; });
      // A link inside the site (widgets open the full site in a new tab).
      if (!path.startsWith('/embed/')) {
        const [link, heading] = path === '/about' ? ['Contact', 'Contact'] : ['About', 'About the Budapest Process'];
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
        await page.goBack();
        await expect(page).toHaveURL(path);
        expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
      }
      expect(messages).toEqual([]);
    });
  }

  test('a query on a pre-rendered page applies once the app runs', async ({ page }) => {
    const tag = newsItems[0].tags[0];
    await page.goto(`/news?tag=${encodeURIComponent(tag)}`);
    const tagged = newsItems.filter((i) => (i.tags ?? []).includes(tag));
    await expect(page.locator('.item-summary__title')).toHaveText(tagged.slice(0, 10).map((i) => i.title));
    await expect(page.getByLabel('Topic')).toHaveValue(tag);
    await page.goto('/members?status=observer');
    await expect(page.getByRole('heading', { level: 2, name: /Participating states/ })).toHaveCount(0);
  });

  test('the state works after hydration as before: selection and map filter', async ({ page }) => {
    await page.goto('/members');
    await page.getByLabel('Status').selectOption('observer');
    await expect(page).toHaveURL('/members?status=observer');
    await page.goto('/timeline');
    await page.getByRole('list', { name: 'Milestones in time order' }).getByRole('button').first().click();
    await expect(page).toHaveURL(new RegExp(`/timeline/${site.milestones[0].id}$`));
    await expect(page.locator('.tl-detail h2')).toHaveText(site.milestones[0].headline);
  });

  test('a host\'s spellings of a page hydrate as that page', async ({ page }) => {
    await page.goto('/news/');
    await expect(page).toHaveURL('/news');
    await expect(page.locator('.item-summary__title').first()).toHaveText(newsItems[0].title);
  });

  test('an unknown path: the app takes over the not-found page', async ({ page }) => {
    const messages = [];
    page.on('console', (m) => { if (m.type() === 'warning' && fromSite(m)) messages.push(m.text()); });
    const response = await page.goto('/news/no-such-item');
    expect(response.status()).toBe(404);
    await expect(page).toHaveURL('/news/no-such-item');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.evaluate(() => { window.__sameDocument = true; });
    await page.getByRole('link', { name: 'Browse the documents' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents');
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    expect(messages).toEqual([]);
  });

  test('a live feed elsewhere updates the page in place, with no loading state', async ({ page }) => {
    const fresh = {
      id: 'live-news-item', title: 'A story only the live feed has', content_text: 'Fresh.',
      date_published: '2099-01-01T10:00:00Z', summary: 'Published after the pages were rendered.',
    };
    await pointFeedElsewhere(page, '/news');
    await page.route('**/live/feed.json', (route) => route.fulfill({ contentType: 'application/feed+json',
      body: JSON.stringify({ ...feed, items: [fresh, ...feed.items] }) }));
    await page.addInitScript(() => {
      window.__sawLoading = false;
      new MutationObserver(() => {
        if (document.querySelector('.status--loading, .status--error')) window.__sawLoading = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/news');
    await expect(page.locator('.item-summary__title').first()).toHaveText(fresh.title);
    await expect(page.locator('.item-summary__title').nth(1)).toHaveText(newsItems[0].title);
    expect(await page.evaluate(() => window.__sawLoading)).toBe(false);
  });

  test('a live feed elsewhere updates the related links a milestone page holds; one that fails leaves them', async ({ page }) => {
    const path = '/timeline/istanbul-2013';
    const related = site.milestones.find((m) => m.id === 'istanbul-2013').related;
    const retitled = feed.items.find((i) => related.includes(i.id));
    let live = (route) => route.fulfill({ contentType: 'application/feed+json',
      body: JSON.stringify({ ...feed, items: feed.items.map((i) => (i === retitled ? { ...i, title: 'Retitled in the live feed' } : i)) }) });
    await pointFeedElsewhere(page, path);
    await page.route('**/live/feed.json', (route) => live(route));
    const links = page.locator('.tl-detail .tl-related a');
    await page.goto(path);
    await expect(links).toHaveCount(related.length);
    await expect(links.filter({ hasText: 'Retitled in the live feed' })).toHaveCount(1);
    const rendered = await page.request.get(path).then((r) => r.text());
    expect(rendered).toContain(retitled.title);

    live = (route) => route.fulfill({ status: 500, body: 'down' });
    const failed = page.waitForResponse('**/live/feed.json');
    await page.goto(path);
    await expect(page.locator('html')).toHaveClass(/app-ready/);
    expect((await failed).status()).toBe(500);
    await expect(links).toHaveCount(related.length);
    await expect(links.filter({ hasText: retitled.title })).toHaveCount(1);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a page rendered from part of the site data loads the whole file for the next page that needs it', async ({ page }) => {
    const requests = [];
    page.on('request', (r) => { const path = new URL(r.url()).pathname; if (path.startsWith('/data/site')) requests.push(path); });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await page.goto('/members');
    expect(requests).toEqual(['/data/site.members.json']);
    // The timeline reads another part: the whole file loads, once.
    await nav.getByRole('link', { name: 'Timeline' }).click();
    await expect(page.locator('.section-head .lead')).toContainText(String(site.milestones.length));
    await nav.getByRole('link', { name: 'About' }).click();
    await expect(page.getByRole('main').locator('.lead')).toHaveText(site.about.summary);
    await nav.getByRole('link', { name: 'Members' }).click();
    await expect(page.locator('.members-table tbody tr')).toHaveCount(site.members.length);
    expect(requests).toEqual(['/data/site.members.json', '/data/site.json']);
  });

  test('the whole site data failing after a part: an error with Try again, then the page', async ({ page }) => {
    let broken = true;
    await page.route('**/data/site.json', (route) => (broken ? route.fulfill({ status: 503, body: '' }) : route.fallback()));
    await page.goto('/timeline');
    await expect(page.locator('html')).toHaveClass(/app-ready/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Sorry, the site data could not be loaded.');
    await expect(alert).toContainText('503');
    broken = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('main').locator('.lead')).toHaveText(site.about.summary);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('data replaced without re-rendering: the page shows the new data', async ({ page }) => {
    const changed = { ...feed, items: feed.items.map((i) => (i.id === newsItems[0].id ? { ...i, title: 'A corrected title' } : i)) };
    await page.route('**/data/feed.json', (route) => route.fulfill({ contentType: 'application/feed+json', body: JSON.stringify(changed) }));
    await page.goto('/news');
    await expect(page.locator('.item-summary__title').first()).toHaveText('A corrected title');
  });
});

test('the widgets paint from their HTML before the wasm arrives', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.fallback(); });
  for (const [path, check] of [
    ['/embed/news', (p) => expect(p.locator('.item-summary__title').first()).toHaveText(newsItems[0].title)],
    ['/embed/key-data', (p) => expect(p.locator('.key-card').first()).toBeVisible()],
    ['/embed/map', (p) => expect(p.locator('.member-map svg')).toBeVisible()],
    ['/embed/timeline', (p) => expect(p.locator('.tl-vlist li').first()).toBeVisible()],
  ]) {
    await page.goto(path, { waitUntil: 'domcontentloaded', app: false });
    await check(page);
    await expect(page.locator('html')).not.toHaveClass(/app-ready/);
  }
  release();
  await waitForApp(page);
  expect(kind(feed.items[0])).toBeTruthy();
});
