// Offline repeat visits (public/sw.js): pages opened once work offline with
// a notice saying since when; a page never opened gets the offline page; a
// new deployment is offered, and accepting it serves the new files only.
// The other specs block service workers (playwright.config.mjs), so that
// their routes see every request; these let them run.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, newsItems, expectNoAxeViolations, waitForApp } from './fixtures.mjs';

test.use({ serviceWorkers: 'allow' });

const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const newsPath = `/news/${encodeURIComponent(newsItems[0].id)}`;

/** Waits until the service worker controls the page. */
async function controlled(page) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 20_000 });
}

/** Waits until the worker has saved each page (it saves in the background). */
async function saved(page, paths) {
  await expect.poll(() => page.evaluate(async (wanted) => {
    const found = await Promise.all(wanted.map((p) => caches.match(location.origin + p)));
    return found.every(Boolean);
  }, paths), { timeout: 15_000 }).toBe(true);
}

test('pages opened once work offline, with the notice; others get the offline page', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await controlled(page);
  for (const path of ['/news', newsPath, '/members']) await page.goto(path);
  await saved(page, ['/', '/news', newsPath, '/members']);

  await context.setOffline(true);
  const messages = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`); });
  for (const [path, heading] of [['/', 'Budapest Process'], ['/news', 'News'], [newsPath, newsItems[0].title], ['/members', 'Members']]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' }), path)
      .toHaveText(`You are offline. Showing content from ${today()}.`);
    // The app runs from the saved files too.
    await expect(page.locator('html'), path).toHaveClass(/app-ready/);
  }
  // Hydrated from the saved files, with no warning (the notice is outside
  // what the app renders), and nothing failed to load.
  expect(messages).toEqual([]);
  // The app's own navigation works offline as well.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'News' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
  await expectNoAxeViolations(page, 'with the offline notice');

  const response = await page.goto('/documents', { app: false });
  expect(response.status()).toBe(503);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  const savedPages = page.locator('[data-saved-pages]');
  await expect(savedPages.getByRole('heading', { level: 2 })).toHaveText('Saved on this device');
  await expect(savedPages.getByRole('link')).toHaveCount(4);
  await expect(savedPages.getByRole('link', { name: newsItems[0].title })).toHaveAttribute('href', newsPath);
  await expect(savedPages.getByRole('link', { name: /^Members/ })).toHaveAttribute('href', '/members');
  await expectNoAxeViolations(page, 'on the offline page');
  // Back online, the same address is the page itself.
  await context.setOffline(false);
  await page.goto('/documents');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents');
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toHaveCount(0);
});

// The worker's install keeps the data and chunks it finds in the HTTP
// cache: a download the page has not started by then is not there. The
// first page's own downloads are held back a while (by the browser, not a
// route, which would turn the HTTP cache off), as on a slow device whose
// first paint comes late: the worker must wait for them, or the first page
// opened does not work offline when no later page fetched its files again.
for (const path of ['/', '/members']) {
  test(`the first page opened works offline though its downloads started late: ${path}`, async ({ page, context }) => {
    test.setTimeout(60_000);
    const cdp = await context.newCDPSession(page);
    cdp.on('Fetch.requestPaused', ({ requestId }) => {
      setTimeout(() => cdp.send('Fetch.continueRequest', { requestId }).catch(() => {}), 1_500);
    });
    // The data files and the views' chunks (the core is named …_bg.wasm).
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/data/*' }, { urlPattern: '*-site-*-*.wasm' }] });
    await page.goto(path);
    await controlled(page);
    await cdp.send('Fetch.disable');
    await saved(page, [path]);
    await context.setOffline(true);
    const messages = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`); });
    page.on('requestfailed', (r) => messages.push(`failed: ${r.url()}`));
    await page.goto(path);
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
    await expect(page.locator('html')).toHaveClass(/app-ready/);
    expect(messages).toEqual([]);
  });
}

test('a saved page whose data was not saved: the page as rendered, with the offline notice', async ({ page, context }) => {
  await page.goto('/news');
  await controlled(page);
  await saved(page, ['/news']);
  // As when the browser dropped the file, or it never reached the worker.
  await page.evaluate(async () => {
    for (const name of await caches.keys()) await (await caches.open(name)).delete('/data/feed.json');
  });
  await context.setOffline(true);
  await page.goto('/news', { app: false });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' }))
    .toHaveText(`You are offline. Showing content from ${today()}.`);
  await expect(page.locator('html')).toHaveClass(/no-app/);
  // The list as it was rendered, with no error in its place.
  await expect(page.locator('.item-list .item-summary__title').first()).toHaveText(newsItems[0].title);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('pages opened in the app, without a page load, are saved too', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [name, path] of [['News', '/news'], ['Members', '/members']]) {
    await page.evaluate(() => { window.__sameDocument = true; });
    await nav.getByRole('link', { name }).click();
    await expect(page).toHaveURL(path);
    expect(await page.evaluate(() => window.__sameDocument), 'an in-app navigation').toBe(true);
  }
  await saved(page, ['/news', '/members']);
  await context.setOffline(true);
  await page.goto('/members');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Members');
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
});

test('the offline notice and the offline page speak the address\'s language', async ({ page, context }) => {
  // The Russian page is saved first, so an English address must look past
  // it for an English page to hold the offline page.
  await page.goto('/ru/news');
  await controlled(page);
  await page.goto('/ru/news');
  await saved(page, ['/ru/news', '/i18n/ru.txt']);
  await page.goto('/about');
  await saved(page, ['/about']);
  await page.goto('/ru/news');
  await context.setOffline(true);
  await page.goto('/ru/news');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const when = new Date().toLocaleDateString('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  await expect(page.getByRole('status').filter({ hasText: 'Нет подключения' }))
    .toHaveText(`Нет подключения к сети. Показано содержимое от ${when}.`);
  // The app runs from the saved files, the language's catalogue included.
  await expect(page.locator('html')).toHaveClass(/app-ready/);
  await expectNoAxeViolations(page, 'with the Russian offline notice');

  // A Russian page never saved: the offline page in Russian, in a saved
  // Russian page; the English page in its list marked as English.
  const response = await page.goto('/ru/documents', { app: false });
  expect(response.status()).toBe(503);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Нет подключения к сети');
  await expect(page).toHaveTitle(/^Нет подключения к сети · /);
  const savedPages = page.locator('[data-saved-pages]');
  await expect(savedPages.getByRole('heading', { level: 2 })).toHaveText('Сохранено на этом устройстве');
  await expect(savedPages.locator('a[href="/about"]')).toHaveAttribute('lang', 'en');
  await expect(savedPages.locator('a[href="/ru/news"]')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('main').getByRole('link', { name: 'главной страницы' })).toHaveAttribute('href', '/ru/');
  await expectNoAxeViolations(page, 'on the Russian offline page');
  // An English page never saved: the English offline page, in the saved
  // English page though a Russian one was saved first.
  await page.goto('/events', { app: false });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('widgets are never answered from the cache', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);
  await page.goto('/embed/news');
  await page.goto('/');
  const cached = await page.evaluate(async () => {
    const names = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) names.push(new URL(request.url).pathname);
    }
    return names;
  });
  expect(cached).toContain('/');
  expect(cached.filter((p) => p.startsWith('/embed'))).toEqual([]);
  await context.setOffline(true);
  // Offline, a widget fails as it would without the worker.
  await expect(page.goto('/embed/news')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});

test.describe('a new deployment', () => {
  test.describe.configure({ mode: 'serial' });
  const port = 4175;
  let dir;
  let server;

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bp-deploy-'));
    cpSync('dist', dir, { recursive: true });
    server = spawn(process.execPath, ['tests/serve.mjs', String(port), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((resolve) => server.stdout.once('data', resolve));
  });
  test.afterAll(() => {
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Build B: the bundle under a new name, every page rendered again. */
  function deployB() {
    const shell = readFileSync(join(dir, 'app-shell.html'), 'utf8');
    const js = /\/(budapest-process-site-[0-9a-f]{12,16}\.js)/.exec(shell)[1];
    const hash = /-([0-9a-f]{12,16})\.js$/.exec(js)[1];
    const next = [...hash].reverse().join('') === hash ? hash.replace(/./, (c) => (c === 'f' ? '0' : 'f')) : [...hash].reverse().join('');
    // The bundle's files (glue, core, the chunks and their loader) name
    // one another: every one of them moves, and the scripts say so.
    const prefix = js.replace('.js', '');
    for (const name of readdirSync(dir).filter((n) => n.startsWith(prefix) && /\.(js|wasm)$/.test(n))) {
      const moved = join(dir, name.replace(hash, next));
      renameSync(join(dir, name), moved);
      if (name.endsWith('.js')) writeFileSync(moved, readFileSync(moved, 'utf8').replaceAll(hash, next));
    }
    writeFileSync(join(dir, 'app-shell.html'), shell.replaceAll(hash, next));
    // boot.js keeps its name from one version to the next; build B's says so.
    writeFileSync(join(dir, 'boot.js'), `${readFileSync(join(dir, 'boot.js'), 'utf8')}window.__bpBuild = 'B';\n`);
    execFileSync('./scripts/render', ['--dist', dir, '--no-compress'], { stdio: 'inherit' });
    return { before: hash, after: next };
  }

  test('is offered, and accepting it serves only the new files', async ({ page }) => {
    test.setTimeout(120_000);
    const base = `http://127.0.0.1:${port}`;
    await page.goto(`${base}/`);
    await controlled(page);
    await page.goto(`${base}/news`);
    await saved(page, ['/', '/news']);
    const { before, after } = deployB();

    await page.reload();
    await waitForApp(page);
    // The page is still the old version, whole, until the visitor agrees.
    expect(await page.locator('meta[name=bp-wasm]').getAttribute('content')).toContain(before);
    const update = page.getByRole('status').filter({ hasText: 'A new version is available.' });
    await expect(update).toBeVisible({ timeout: 20_000 });
    await expectNoAxeViolations(page, 'with the update notice');

    const bundle = [];
    page.on('request', (request) => {
      if (/-[0-9a-f]{12,16}(_bg|-[a-z]+-[0-9a-f]{16})?\.(js|wasm)$/.test(request.url())) bundle.push(request.url());
    });
    await Promise.all([
      page.waitForEvent('load'),
      update.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
    expect(await page.locator('meta[name=bp-wasm]').getAttribute('content')).toContain(after);
    // Not the old version's boot.js, although the HTTP cache holds it under
    // the same name.
    expect(await page.evaluate(() => window.__bpBuild)).toBe('B');
    expect(bundle.length).toBeGreaterThan(0);
    expect(bundle.filter((url) => !url.includes(after)), 'files of the old version').toEqual([]);
    await expect(update).toHaveCount(0);
    // Only the new version's caches remain.
    const names = await page.evaluate(() => caches.keys());
    expect(names.length).toBe(2);
  });

  test('that turns the worker off removes it and its caches', async ({ page }) => {
    test.setTimeout(120_000);
    const base = `http://127.0.0.1:${port}`;
    await page.goto(`${base}/news`);
    await controlled(page);
    expect((await page.evaluate(() => caches.keys())).length).toBeGreaterThan(0);
    // The deployer's switch (docs/deploy.md), then the render step.
    const shell = readFileSync(join(dir, 'app-shell.html'), 'utf8');
    const off = shell.replace(/(<meta content=)\S+( name=bp-service-worker>)/, '$1off$2');
    expect(off).not.toBe(shell);
    writeFileSync(join(dir, 'app-shell.html'), off);
    execFileSync('./scripts/render', ['--dist', dir, '--no-compress'], { stdio: 'inherit' });

    // The next visit finds the retiring worker, which clears up and hands
    // the page back to the network.
    await page.reload();
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length === 0
      && (await caches.keys()).length === 0).catch(() => false), { timeout: 20_000 }).toBe(true);
    // The retiring worker reloads its pages itself, which may cut this
    // reload short (Chromium then reports the aborted load, the detached
    // frame, or a page no longer attached, by timing); either way a page
    // from the network follows.
    await page.reload().catch(async (error) => {
      if (!/ERR_ABORTED|frame was detached|Not attached to an active page/.test(error.message)) throw error;
      await page.waitForLoadState('load');
    });
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    // Once the open page is closed, nothing is left to answer for the site.
    const next = await page.context().newPage();
    await page.close();
    await next.goto(`${base}/`);
    await waitForApp(next);
    expect(await next.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  });
});
