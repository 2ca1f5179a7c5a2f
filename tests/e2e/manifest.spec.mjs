// Installing the site on a phone: every page names the web app manifest
// and the icons; the manifest parses, its icons exist at the sizes it
// states, and Chromium finds nothing in the way of installing it (beyond
// the test's private window).
import { test, expect, newsItems } from './fixtures.mjs';

/** The attributes of every `<tag …>` in (minified) HTML. */
const tags = (html, tag) => [...html.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, 'g'))]
  .map((m) => Object.fromEntries([...m[1].matchAll(/([\w-]+)=(?:"([^"]*)"|([^\s>]+))/g)].map((a) => [a[1], a[2] ?? a[3]])));

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (buffer) => [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];

test('every page names the manifest and the icons, also without the app', async ({ request }) => {
  for (const path of ['/', '/timeline', `/news/${encodeURIComponent(newsItems[0].id)}`, '/no-such-page']) {
    const links = tags(await (await request.get(path)).text(), 'link');
    expect(links, path).toContainEqual({ rel: 'manifest', href: '/manifest.webmanifest' });
    expect(links, path).toContainEqual({ rel: 'icon', href: '/icons/icon.svg', type: 'image/svg+xml' });
    expect(links, path).toContainEqual({ rel: 'apple-touch-icon', href: '/icons/icon-180.png' });
  }
});

test('the manifest and its icons', async ({ request }) => {
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: 'Budapest Process', start_url: '/', scope: '/', display: 'standalone' });
  const metas = tags(await (await request.get('/')).text(), 'meta');
  expect(metas).toContainEqual({ name: 'theme-color', content: manifest.theme_color });
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of [...manifest.icons, { src: '/icons/icon-180.png', type: 'image/png', sizes: '180x180' }]) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()['content-type'], icon.src).toContain(icon.type);
    if (icon.type === 'image/png') expect(pngSize(await file.body()).join('x')).toBe(icon.sizes);
    else expect(await file.text()).toContain('<svg');
  }
});

test('Chromium reads the manifest and would install the site', async ({ page }) => {
  await page.goto('/');
  const client = await page.context().newCDPSession(page);
  await expect.poll(async () => (await client.send('Page.getAppManifest')).url).toMatch(/\/manifest\.webmanifest$/);
  const { errors } = await client.send('Page.getAppManifest');
  expect(errors).toEqual([]);
  const { installabilityErrors } = await client.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});
