// The Russian interface under /ru/: every route in Russian with the right
// language marks, dates and plurals as Russian writes them (checked against
// the browser's own Intl data, not the site's), the language switcher, the
// remembered choice, and the widgets in Russian.
import { test, expect, site, newsItems, documents, events, expectNoAxeViolations } from './fixtures.mjs';

const member = site.members.find((m) => m.iso2 === 'TR');
const milestone = site.milestones[0];
const routes = [
  '/ru/', '/ru/about', '/ru/timeline', '/ru/members', '/ru/news', '/ru/documents', '/ru/events',
  '/ru/contact', '/ru/search', `/ru/news/${newsItems[0].id}`, `/ru/documents/${documents[0].id}`,
  `/ru/events/${events[0].id}`, `/ru/members/${member.iso2}`, `/ru/timeline/${milestone.id}`,
  '/ru/embed/timeline', '/ru/embed/map', '/ru/embed/key-data', '/ru/embed/news',
];
const cyrillic = /[А-Яа-яЁё]/;

for (const path of routes) {
  test(`${path} is in Russian, marked as such, and passes axe`, async ({ page }) => {
    const messages = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text()); });
    const response = await page.goto(path);
    expect(response.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('.app-ready')).toHaveCount(1);
    const heading = page.getByRole('heading', { level: 1 });
    // A page named by its content (an item, a milestone) keeps the
    // content's English title, marked as English.
    const own = await heading.evaluate((h) => !h.closest('[lang="en"]') && h.getAttribute('lang') !== 'en');
    if (own) await expect(heading).toHaveText(cyrillic);
    await expect(page).toHaveTitle(/Будапештский процесс/);
    expect(messages.filter((m) => !m.includes('Service Worker registration blocked'))).toEqual([]);
    await expectNoAxeViolations(page, path);
  });
}

test('Russian dates and plural forms follow the language rules', async ({ page }) => {
  await page.goto('/ru/');
  const rule = new Intl.PluralRules('ru');
  const forms = {
    one: 'государство-участник', few: 'государства-участника', many: 'государств-участников',
  };
  const participating = site.members.filter((m) => m.status === 'participating').length;
  const card = page.locator('.key-card', { hasText: forms[rule.select(participating)] });
  await expect(card).toContainText(String(participating));
  // Dates as the browser's own CLDR data writes them in Russian.
  await page.goto(`/ru/news/${newsItems[0].id}`);
  const day = new Date(newsItems[0].date_published);
  const written = new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(day);
  await expect(page.locator('main time, #main time').first()).toHaveText(written);
  // Country names in Russian, from CLDR (the browser's copy).
  await page.goto(`/ru/members/${member.iso2}`);
  const russianName = new Intl.DisplayNames('ru', { type: 'region' }).of(member.iso2);
  await expect(page.locator('#map-detail-heading')).toHaveText(russianName);
});

// The release bundle carries English only; a page in another language
// reads that language's catalogue from its file (src/i18n/catalogue.rs).
// So is the code that reads it, a chunk of its own (src/split.rs).
const catalogueCode = /-catalogue-[0-9a-f]{16}\.wasm$/;

test('English pages never download the Russian catalogue; Russian pages read it once', async ({ page }) => {
  const catalogues = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/i18n/')) catalogues.push(path);
    if (catalogueCode.test(path)) catalogues.push('the code that reads it');
  });
  for (const path of ['/', '/news', '/members/TR']) {
    await page.goto(path);
    await expect(page.locator('.app-ready')).toHaveCount(1);
  }
  await page.getByRole('combobox', { name: /search/i }).fill('turkiye');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  expect(catalogues).toEqual([]);
  await page.goto('/ru/news');
  await expect(page.locator('.app-ready')).toHaveCount(1);
  expect(catalogues.sort()).toEqual(['/i18n/ru.txt', 'the code that reads it']);
  // Names from the file: every member state's, in Russian.
  await page.goto('/ru/members');
  await expect(page.locator('.app-ready')).toHaveCount(1);
  await page.locator('#map-HU').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Венгрия' })).toBeVisible();
});

test('a Russian member or timeline page reads its part of the catalogue; another chunk\'s view waits for the whole', async ({ page }) => {
  const catalogues = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/i18n/')) catalogues.push(path);
  });
  await page.goto('/ru/members');
  expect(catalogues).toEqual(['/i18n/ru.members.txt']);
  const nav = page.getByRole('navigation', { name: 'Основное меню' });
  // The about page is another chunk's view, whose words the part leaves
  // out: the whole catalogue comes first.
  await nav.getByRole('link', { name: 'О процессе' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('О Будапештском процессе');
  expect(catalogues).toEqual(['/i18n/ru.members.txt', '/i18n/ru.txt']);
  // With the language names the part leaves out too.
  await nav.getByRole('link', { name: 'Документы' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Документы');
  await expect(page.getByRole('combobox', { name: 'Язык' })).toContainText('английский');
  expect(catalogues).toEqual(['/i18n/ru.members.txt', '/i18n/ru.txt']);
  // The other part's view has its words now too.
  await nav.getByRole('link', { name: 'Хронология' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Хронология');
  expect(catalogues).toEqual(['/i18n/ru.members.txt', '/i18n/ru.txt']);
});

test('search from a Russian timeline page describes its results in Russian', async ({ page }) => {
  await page.goto('/ru/timeline');
  const whole = page.waitForRequest('**/i18n/ru.txt');
  await page.getByRole('combobox', { name: 'Искать на сайте' }).fill('turkiye');
  await whole;
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText(cyrillic);
});

test('the whole catalogue failing: the view says so, and Try again brings it', async ({ page }) => {
  let broken = true;
  await page.route('**/i18n/ru.txt', (route) => (broken ? route.fulfill({ status: 503, body: '' }) : route.fallback()));
  await page.goto('/ru/timeline');
  await expect(page.locator('html')).toHaveClass(/app-ready/);
  await page.getByRole('navigation', { name: 'Основное меню' }).getByRole('link', { name: 'Новости' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(cyrillic);
  broken = false;
  await alert.getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Новости');
  await expect(page.locator('.item-summary__title').first()).toHaveText(newsItems[0].title);
});

test('without the code that reads its catalogue a Russian page stays as it was rendered', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.route(catalogueCode, (route) => route.abort());
  await page.goto('/ru/timeline');
  await expect(page.locator('html')).toHaveClass(/no-app/);
  await expect(page.locator('.app-ready')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cyrillic);
  expect(warnings.join('\n')).toContain('the code that reads catalogues could not be loaded');
});

test('search results are described in Russian, by the worker that read the catalogue', async ({ page }) => {
  await page.goto('/ru/search?q=turkiye');
  const details = page.locator('.search-result__details').first();
  await expect(details).toHaveText(cyrillic);
  await expect(details).not.toHaveText(/Member state|Participating/);
});

test('without its catalogue a Russian page stays as it was rendered', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.route('**/i18n/ru.txt', (r) => r.fulfill({ status: 200, contentType: 'text/plain', body: 'not a catalogue' }));
  await page.goto('/ru/news');
  await expect(page.locator('html')).toHaveClass(/no-app/);
  await expect(page.locator('.app-ready')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cyrillic);
  await expect(page.locator('.item-summary__title').first()).toHaveText(newsItems[0].title);
  expect(warnings.join('\n')).toContain('not a catalogue of this build');
});

test('the printed page ends with where and when, in Russian', async ({ page }) => {
  await page.goto('/ru/news');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const line = await page.evaluate(() => getComputedStyle(document.body, '::after').content);
  const when = await page.evaluate(() => new Date().toLocaleDateString('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' }));
  expect(line).toBe(JSON.stringify(`Напечатано с ${page.url()} ${when}.`));
});

test('a link click stays in the app and in Russian', async ({ page }) => {
  await page.goto('/ru/');
  await page.evaluate(() => { window.__samePage = true; });
  await page.getByRole('navigation', { name: 'Основное меню' }).getByRole('link', { name: 'Новости' }).click();
  await expect(page).toHaveURL(/\/ru\/news$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Новости');
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(/\/ru\/$/);
});

test('the switcher keeps the page, the selection and the filters, both ways', async ({ page }) => {
  await page.goto(`/members/${member.iso2}?status=participating`);
  await page.getByRole('navigation', { name: 'Site language' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/members/${member.iso2}\\?status=participating$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('#map-detail-heading')).toBeVisible();
  await expect(page.locator('#filter-status')).toHaveValue('participating');
  await page.getByRole('navigation', { name: 'Язык сайта' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/members/${member.iso2}\\?status=participating$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#map-detail-heading')).toHaveText(member.name);
});

test('the choice is remembered at the front door only, never over an explicit address', async ({ page, context }) => {
  await page.goto('/news');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/news$/);
  // Coming back to the site's front door from elsewhere: the Russian home.
  await page.goto('about:blank', { app: false });
  await page.goto('/', { app: false });
  await expect(page).toHaveURL(/\/ru\/$/);
  // An address that names a page is that page, in its language.
  await page.goto('about:blank', { app: false });
  await page.goto('/about');
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // A visitor (or a crawler) with nothing remembered gets the English home.
  const fresh = await context.browser().newContext();
  const other = await fresh.newPage();
  await other.goto(`${test.info().project.use.baseURL}/`);
  await expect(other).toHaveURL(/\/$/);
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  await fresh.close();
});

test('raw Russian pages carry their language, alternates and Russian head', async ({ request }) => {
  const html = await (await request.get(`/ru/news/${newsItems[0].id}`)).text();
  expect(html).toMatch(/<html lang="ru"/);
  expect(html).toContain(`<link rel="alternate" hreflang="en" href="https://www.budapestprocess.org/news/${newsItems[0].id}">`);
  expect(html).toContain(`<link rel="alternate" hreflang="ru" href="https://www.budapestprocess.org/ru/news/${newsItems[0].id}">`);
  expect(html).toContain('hreflang="x-default"');
  expect(html).toContain('<meta property="og:locale" content="ru_RU">');
  const english = await (await request.get('/news')).text();
  expect(english).toMatch(/<html lang="en"/);
  expect(english).toContain('<link rel="alternate" hreflang="ru" href="https://www.budapestprocess.org/ru/news">');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<loc>https://www.budapestprocess.org/ru/about</loc>');
  const missing = await request.get('/ru/no-such-page');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toMatch(/<html lang="ru"/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('Russian pages read and link to Russian pages', async ({ page }) => {
    await page.goto('/ru/members');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Участники');
    const href = await page.getByRole('link', { name: 'Новости' }).first().getAttribute('href');
    expect(href).toBe('/ru/news');
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Новости');
  });
});

test('widgets in Russian: the page, ?lang=ru, and the loader with data-lang', async ({ page }) => {
  await page.goto('/embed/news?lang=ru&count=2', { app: false });
  await expect(page).toHaveURL(/\/ru\/embed\/news\?count=2$/);
  await page.waitForFunction(() => document.documentElement.matches('.app-ready'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('.item-summary')).toHaveCount(2);
  await page.goto('http://127.0.0.1:4174/index.html');
  await page.evaluate(() => {
    const holder = document.createElement('div');
    holder.dataset.bpWidget = 'key-data';
    holder.dataset.lang = 'ru';
    holder.id = 'russian-widget';
    document.body.append(holder);
  });
  const frame = page.locator('#russian-widget iframe');
  await expect(frame).toHaveAttribute('src', /\/ru\/embed\/key-data\?embed-id=/);
  await expect(frame).toHaveAttribute('title', 'Ключевые данные Будапештского процесса');
  // The loader's frames load lazily: a partner's visitor scrolls to the widget first.
  await page.locator('#russian-widget').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('#russian-widget iframe').locator('h1')).toHaveText(cyrillic);
});

test('the embed dialog offers the widget in either language', async ({ page }) => {
  await page.goto('/ru/timeline');
  await page.getByRole('button', { name: /Встроить/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Язык')).toHaveValue('ru');
  await expect(dialog.locator('pre').first()).toContainText('data-lang="ru"');
  await expect(dialog.locator('pre').nth(1)).toContainText('/ru/embed/timeline');
  await dialog.getByLabel('Язык').selectOption('en');
  await expect(dialog.locator('pre').first()).not.toContainText('data-lang');
  await expect(dialog.locator('pre').nth(1)).toContainText('src="http://127.0.0.1:4173/embed/timeline"');
});
