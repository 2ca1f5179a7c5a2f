// The shipped nginx configuration (deploy/nginx), tested on a real nginx:
// security headers, caching, types, precompression, and a Content-Security-
// Policy that is enforced while the site keeps working. These tests need
// the nginx run of the suite (E2E_SERVER=nginx, part of scripts/test).
import { test, expect, newsItems } from './fixtures.mjs';
import { readdirSync } from 'node:fs';

test.skip(process.env.E2E_SERVER !== 'nginx', 'headers come from the nginx configuration');

const dist = readdirSync(new URL('../../dist/', import.meta.url));
const wasm = dist.find((f) => /^budapest-process-site-[0-9a-f]{12,16}_bg\.wasm$/.test(f));
const js = dist.find((f) => /^budapest-process-site-[0-9a-f]{12,16}\.js$/.test(f));
const css = dist.find((f) => /^main-[0-9a-f]{12,16}\.css$/.test(f));

test('security headers: strict scripts; site framed only by itself, widgets by anyone', async ({ request }) => {
  for (const [path, ancestors, status] of [['/', "'self'", 200], [`/news/${newsItems[0].id}`, "'self'", 200],
    ['/members/TR', "'self'", 200], ['/embed/map', '*', 200], ['/embed/timeline?milestone=istanbul-2013', '*', 200],
    ['/embedded', "'self'", 404], ['/embed/nothing', '*', 404],
    ['/ru/news', "'self'", 200], ['/ru/members/TR', "'self'", 200], ['/ru/embed/map', '*', 200],
    ['/ru/no-such-page', "'self'", 404]]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    const csp = response.headers()['content-security-policy'];
    expect(csp, path).toContain(`frame-ancestors ${ancestors}`);
    const script = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  }
});

test('the files the app fetches carry nosniff but no policies, which govern documents and workers only', async ({ request }) => {
  const data = ['/data/site.json', '/data/site.members.json', '/data/site.timeline.json', '/data/feed.json', '/i18n/ru.txt'];
  for (const path of [`/${wasm}`, `/${js}`, `/${css}`, ...data]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['content-security-policy'], path).toBeUndefined();
    expect(headers['referrer-policy'], path).toBeUndefined();
    // Immutable files are never revalidated; the data is, by its ETag.
    if (data.includes(path)) {
      expect(headers.etag, path).toBeTruthy();
      expect(headers['cache-control'], path).toBe('no-cache');
    } else expect(headers.etag, path).toBeUndefined();
  }
  // Pages keep theirs.
  expect((await request.get('/timeline')).headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  // The workers run under the policy their script came with.
  for (const path of ['/sw.js', '/search-worker.js']) {
    expect((await request.get(path)).headers()['content-security-policy'], path).toContain("script-src 'self' 'wasm-unsafe-eval'");
  }
});

test('caching: hashed assets for a year, the app and data revalidated', async ({ request }) => {
  for (const file of [wasm, js, css]) {
    expect(file).toBeTruthy();
    const response = await request.get(`/${file}`);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  }
  for (const path of ['/', '/index.html', '/app-shell.html', '/timeline', '/news/page/2', '/timeline/istanbul-2013',
    '/data/site.json', '/data/feed.json', '/boot.js', '/feed.xml', '/sitemap.xml', '/no-such-page',
    // The search worker's names carry no hash: a new deployment must replace all three together.
    '/search-loader.js', '/search-worker.js', '/search-worker_bg.wasm',
    // The service worker: a deployment must be found at once.
    '/sw.js', '/offline.html']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
  expect((await request.get('/embed.js')).headers()['cache-control']).toBe('public, max-age=3600');
  expect((await request.get('/data/missing.json')).status()).toBe(404);
});

/** The text of the first match of `pattern` in `html`. */
const grab = (html, pattern) => html.match(pattern)?.[1];

test('every page is its own file: its HTML carries its content and head', async ({ request }) => {
  const item = newsItems[0];
  const html = await (await request.get(`/news/${item.id}`)).text();
  expect(grab(html, /<title>([^<]*)<\/title>/)).toBe(`${item.title} · Budapest Process`);
  expect(grab(html, /<meta property="og:title" content="([^"]*)">/)).toBe(`${item.title} · Budapest Process`);
  expect(grab(html, /<meta property="og:type" content="([^"]*)">/)).toBe('article');
  expect(grab(html, /<meta name="description" content="([^"]*)">/)).toBe(item.summary.replaceAll('"', '&quot;'));
  const ld = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
  const article = ld.find((d) => d['@type'] === 'NewsArticle');
  expect(article.headline).toBe(item.title);
  expect(article.datePublished).toBe(new Date(item.date_published).toISOString().replace('.000Z', 'Z'));
  expect(ld.find((d) => d['@type'] === 'BreadcrumbList').itemListElement.map((e) => e.name))
    .toEqual(['Home', 'News', item.title]);
  expect(html).toContain(`<h1 dir="auto">${item.title}`);
  const home = await (await request.get('/')).text();
  const org = [...home.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]))
    .find((d) => d['@type'] === 'GovernmentOrganization');
  expect(org.address.streetAddress).toContain('Gonzagagasse 1');
  expect(org.address.addressLocality).toBe('Vienna');
  // A widget points search engines at the site page it shows.
  const widget = await (await request.get('/embed/map')).text();
  expect(grab(widget, /<link rel="canonical" href="([^"]*)">/)).toMatch(/\/members$/);
});

test('every URL in the sitemap answers 200 with a title of its own', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
  expect(locs.length).toBeGreaterThan(150);
  const base = new URL(locs[0]).origin;
  const titles = new Map();
  for (const loc of locs) {
    const path = decodeURI(loc.slice(base.length));
    const response = await request.get(loc.slice(base.length) || '/');
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const title = grab(html, /<title>([^<]*)<\/title>/);
    expect(title, path).toBeTruthy();
    expect(html.match(/<title>/g), path).toHaveLength(1);
    expect(grab(html, /<link rel="canonical" href="([^"]*)">/), path).toBe(loc);
    expect(titles.get(title), `${path} has the title of ${titles.get(title)}`).toBeUndefined();
    titles.set(title, path);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
});

test('unknown paths answer 404 with the not-found page; host spellings of a page work', async ({ request }) => {
  for (const path of ['/no-such-page', '/news/no-such-item', '/members/XX', '/timeline/nowhere', '/news/page/999']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toContain('Page not found');
    expect(html, path).toContain('<meta name="robots" content="noindex">');
  }
  for (const path of ['/news/', '/news/index.html', '/members/TR/']) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  // Each language's own not-found page, found from the address; a first
  // segment shaped like a language the site does not have gets English.
  for (const [path, lang] of [['/ru/no-such-page', 'ru'], ['/ru/news/no-such-item', 'ru'], ['/xx/no-such-page', 'en'],
    ['/de-at/news', 'en'], ['/data/missing.json', 'en']]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain(`<html lang="${lang}"`);
  }
});

test('types and precompressed files', async ({ request }) => {
  const wasmResponse = await request.get(`/${wasm}`, { headers: { 'accept-encoding': 'br' } });
  expect(wasmResponse.headers()['content-type']).toBe('application/wasm');
  expect(wasmResponse.headers()['content-encoding']).toBe('br');
  const gzipped = await request.get(`/${js}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(gzipped.headers()['content-encoding']).toBe('gzip');
  const feed = await request.get('/data/feed.json');
  expect(feed.headers()['content-type']).toMatch(/^application\/feed\+json/);
  const atom = await request.get('/feed.xml');
  expect(atom.headers()['content-type']).toMatch(/^application\/atom\+xml/);
  const page = await request.get('/members', { headers: { 'accept-encoding': 'br' } });
  expect(page.headers()['content-encoding'], 'pre-rendered pages are precompressed').toBe('br');
});

test('the policy is enforced: injected inline script is refused and reported', async ({ page }) => {
  const messages = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Budapest Process' })).toBeVisible();
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.appendChild(s);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__handler = true');
    img.src = 'x-missing.png';
    document.body.appendChild(img);
  });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => [window.__inline, window.__handler])).toEqual([undefined, undefined]);
  expect(messages.some((m) => /Content Security Policy/i.test(m) && /inline/i.test(m))).toBe(true);
});

test('the site works under the policy: routes, map, timeline, feed images', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto('/members/TR');
  await expect(page.locator('.map-detail h2')).toHaveText('Türkiye');
  await page.goto('/timeline/istanbul-2013');
  await expect(page.locator('.tl-detail h2')).toBeVisible();
  await page.goto(`/news/${newsItems[0].id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newsItems[0].title);
  // An https image in the feed is allowed by img-src.
  await page.route('https://images.example/photo.png', (r) => r.fulfill({ contentType: 'image/png', body: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64') }));
  await page.route('**/data/feed.json', (r) => r.fulfill({ contentType: 'application/feed+json', body: JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 't',
    items: [{ id: 'pic', title: 'With a picture', content_html: '<p>x</p><img src="https://images.example/photo.png" alt="A photo">' }] }) }));
  await page.goto('/news/pic');
  await expect(page.getByRole('img', { name: 'A photo' })).toHaveJSProperty('naturalWidth', 1);
  expect(violations).toEqual([]);
});

test('a partner can frame the widgets but not the site', async ({ page }) => {
  const messages = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.goto('http://127.0.0.1:4174/index.html');
  await page.evaluate(() => setTimeout(() => {
    const site = document.createElement('iframe');
    site.title = 'framed site';
    site.src = 'http://127.0.0.1:4173/about';
    document.body.appendChild(site);
  }));
  // The browser refuses to show the site inside another site: the frame
  // ends on the browser's error page instead of the site.
  await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error://')), { timeout: 10_000 }).toBe(true);
  expect(page.frames().some((f) => f.url() === 'http://127.0.0.1:4173/about')).toBe(false);
  expect(messages.filter((m) => /Refused to frame/.test(m) && /embed/.test(m))).toEqual([]);
  await page.locator('#news').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('#news iframe').locator('.item-summary').first()).toBeVisible();
});
