// Every route renders its content from the bundled data, with its own
// title and description.
import { test, expect, site, feed, newsItems, documents, events, kind } from './fixtures.mjs';

const count = (status) => site.members.filter((m) => m.status === status).length;

test('home shows computed key data, latest news and no upcoming events', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Budapest Process' })).toBeVisible();
  const card = (label) => page.locator('.key-card').filter({ has: page.locator('.key-card__label', { hasText: new RegExp(`^${label}$`) }) });
  await expect(card('Participating states')).toContainText(String(count('participating')));
  await expect(card('Observer states')).toContainText(String(count('observer')));
  await expect(card('Participating organisations')).toContainText(String(site.organisations.length));
  await expect(card('Regional working groups')).toContainText(
    String(site.working_groups.filter((g) => g.kind === 'regional').length));
  await expect(card('Chair')).toContainText('Türkiye');
  await expect(card('Co-Chair')).toContainText('Hungary');
  await expect(card('Established')).toContainText(String(site.facts.established));
  const latest = page.getByRole('region', { name: 'Latest news' });
  await expect(latest.getByRole('heading', { level: 3 }).first()).toHaveText(newsItems[0].title);
  await expect(page.getByRole('region', { name: 'Upcoming events' })).toContainText('No upcoming events');
  await expect(page).toHaveTitle('Budapest Process');
});

test('key-data cards link to the matching filter', async ({ page }) => {
  await page.goto('/');
  await page.locator('.key-card', { hasText: 'Observer states' }).click();
  await expect(page).toHaveURL(/\/members\?status=observer$/);
  await expect(page.getByRole('heading', { level: 2, name: `Observer states (${count('observer')})` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Participating states/ })).toHaveCount(0);
});

test('about page has every section of the data', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the Budapest Process');
  for (const strength of site.about.strengths) {
    await expect(page.getByRole('heading', { name: strength.title, exact: true })).toBeVisible();
  }
  for (const section of site.about.sections) {
    await expect(page.getByRole('heading', { level: 2, name: section.heading })).toBeVisible();
  }
  for (const group of site.working_groups) {
    await expect(page.getByRole('heading', { level: 4, name: group.name })).toBeVisible();
  }
  await expect(page).toHaveTitle('About · Budapest Process');
});

test('timeline list view shows every milestone in date order', async ({ page }) => {
  await page.goto('/timeline?layout=vertical');
  const headlines = page.locator('.tl-vlist .tl-vheadline');
  await expect(headlines).toHaveCount(site.milestones.length);
  const key = (m) => [m.start.year, m.start.month ?? 0, m.start.day ?? 0];
  const sorted = [...site.milestones].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  await expect(headlines).toHaveText(sorted.map((m) => m.headline));
});

test('members page lists every state and organisation', async ({ page }) => {
  await page.goto('/members');
  await expect(page.getByRole('heading', { name: `Participating states (${count('participating')})` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Observer states (${count('observer')})` })).toBeVisible();
  await expect(page.locator('.members-table tbody tr')).toHaveCount(site.members.length);
  await expect(page.getByRole('row', { name: /Seventh observer state/ })).toContainText('Name to be confirmed');
  await expect(page.getByRole('row', { name: /Albania/ })).toContainText('(inferred)');
  await expect(page.getByRole('row', { name: /Türkiye/ })).toContainText('Chair of the Budapest Process');
  await expect(page.locator('#organisations li')).toHaveCount(site.organisations.length);
});

test('news list is newest first and paginated', async ({ page }) => {
  await page.goto('/news');
  const titles = page.locator('.item-list .item-summary__title');
  await expect(titles).toHaveCount(10);
  await expect(titles.first()).toHaveText(newsItems[0].title);
  await expect(page.getByRole('main').getByRole('status')).toContainText(`${newsItems.length} news items; page 1 of ${Math.ceil(newsItems.length / 10)}`);
  await page.getByRole('link', { name: 'Next page' }).click();
  // Later pages are paths, each a pre-rendered page of its own.
  await expect(page).toHaveURL(/\/news\/page\/2$/);
  await expect(titles.first()).toHaveText(newsItems[10].title);
  await expect(page.getByRole('link', { name: 'Page 2, current page' })).toHaveAttribute('aria-current', 'page');
});

test('a news item shows date, tags, text and neighbours', async ({ page }) => {
  const item = newsItems[3];
  await page.goto(`/news/${item.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
  await expect(page).toHaveTitle(`${item.title} · Budapest Process`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', item.summary);
  for (const tag of item.tags) {
    await expect(page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: tag })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: new RegExp(`Newer ${escape(newsItems[2].title)}`) })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`Older ${escape(newsItems[4].title)}`) })).toBeVisible();
  await page.getByRole('link', { name: '← All news' }).click();
  await expect(page).toHaveURL(/\/news$/);
});

test('documents show their languages; a document page lists each version', async ({ page }) => {
  await page.goto('/documents');
  await expect(page.locator('.item-list > li')).toHaveCount(Math.min(20, documents.length));
  if (documents.length > 20) {
    await page.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\/documents\/page\/2$/);
    await expect(page.locator('.item-list > li')).toHaveCount(Math.min(20, documents.length - 20));
    await page.getByRole('link', { name: 'Previous page' }).click();
  }
  const strategy = documents.find((d) => d.id === 'doc-strategy-2014-2016');
  const entry = page.locator('.item-summary', { hasText: strategy.title });
  await expect(entry).toContainText('Available in: English, Russian, Arabic');
  await entry.getByRole('link', { name: strategy.title }).click();
  await expect(page).toHaveURL(`/documents/${strategy.id}`);
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(strategy.attachments.length);
  await expect(rows.nth(2)).toContainText('Arabic');
  await expect(rows.nth(2)).toContainText('Not known');
});

test('events page says no upcoming events and lists the past ones', async ({ page }) => {
  await page.goto('/events');
  await expect(page.getByRole('region', { name: 'Upcoming events' })).toContainText('No upcoming events');
  const past = page.getByRole('region', { name: /^Past events/ }).locator('.item-list > li');
  await expect(past).toHaveCount(Math.min(20, events.length));
  const newest = [...events].sort((a, b) => b._bp.start.localeCompare(a._bp.start))[0];
  await expect(past.first()).toContainText(newest.title);
  await past.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newest.title);
  await expect(page.locator('.meta')).toContainText(newest._bp.place);
  if (events.length > 20) {
    await page.goto('/events/page/2');
    await expect(page.getByRole('region', { name: 'Upcoming events' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: /^Past events \(page 2 of/ }).locator('.item-list > li'))
      .toHaveCount(Math.min(20, events.length - 20));
  }
});

test('contact page shows the Secretariat and says the e-mail is unknown', async ({ page }) => {
  await page.goto('/contact');
  await expect(page.locator('address')).toContainText('Gonzagagasse 1');
  await expect(page.getByRole('link', { name: site.contact.phone })).toHaveAttribute('href', 'tel:+43150446772331');
  await expect(page.getByText('Not published in our sources')).toBeVisible();
});

test('every page has its own title and description', async ({ page }) => {
  const seen = new Map();
  for (const path of ['/', '/about', '/timeline', '/members', '/news', '/documents', '/events', '/contact']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const title = await page.title();
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length, `${path} description`).toBeGreaterThan(40);
    expect(seen.has(title), `${path} title "${title}" is unique`).toBe(false);
    seen.set(title, path);
  }
});

test('feed items of every kind reach their pages', async ({ page }) => {
  for (const item of [newsItems.at(-1), documents[0], events[0]]) {
    const section = { news: 'news', document: 'documents', event: 'events' }[kind(item)];
    await page.goto(`/${section}/${encodeURIComponent(item.id)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
  }
  expect(feed.items.length).toBeGreaterThan(20);
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
