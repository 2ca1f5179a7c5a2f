// Feed HTML is untrusted: nothing in it may run, and nothing dangerous
// may reach the DOM. The allow-list itself is tested on the host.
import { test, expect, replaceFeed, feedOf } from './fixtures.mjs';

const payload = [
  '<p>Intro <strong>kept</strong> and <a href="https://example.org/ok" onclick="window.__pwned=1">a safe link</a>.</p>',
  '<script>window.__pwned = 1</script>',
  '<img src="x" onerror="window.__pwned = 1" alt="broken">',
  '<a href="javascript:window.__pwned=1">js link</a>',
  '<a href=" JaVaScRiPt:window.__pwned=1">mixed case</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<svg><script>window.__pwned=1</script><a href="javascript:x"><text>svg</text></a></svg>',
  '<math><mtext><img src=x onerror="window.__pwned=1"></mtext></math>',
  '<div style="background:url(javascript:x)" id="spoof" class="skip-link">styled</div>',
  '<form action="https://evil.example"><input name=q><button>go</button></form>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<h1>Second h1</h1><table><tr><td colspan="2" onmouseover="x">cell</td></tr></table>',
  '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>"></noscript>',
].join('\n');

test('hostile feed HTML renders without running anything', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await replaceFeed(page, feedOf([{
    id: 'evil', title: '<img src=x onerror=window.__pwned=1>Evil title', summary: '<script>window.__pwned=1</script>',
    url: 'javascript:window.__pwned=1', image: 'javascript:window.__pwned=1', date_published: '2024-01-01T00:00:00Z',
    content_html: payload,
    attachments: [{ url: 'javascript:window.__pwned=1', title: 'bad' }, { url: 'https://example.org/ok.pdf', title: 'good' }],
    _bp: { kind: 'news', place: '<b onmouseover=x>Place</b>' },
  }]));
  await page.goto('/news/evil');
  const body = page.locator('.prose');
  await expect(body).toContainText('Intro kept');
  // Titles and summaries are text, shown literally.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror=window.__pwned=1>Evil title');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // (A relative image such as src="x" may load; it can do no harm once its handler is gone.)
  expect(requests.filter((u) => u.includes('evil.example') || u.endsWith('.swf'))).toEqual([]);

  const article = page.getByRole('main');
  for (const selector of ['script', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'input', 'base', 'meta', 'noscript img',
    '[onclick]', '[onerror]', '[onmouseover]', '[style]', '#spoof', '.prose .skip-link', 'a[href^="javascript" i]', 'a[href^=" javascript" i]',
    'a[href^="data:"]', 'img[src^="javascript"]']) {
    await expect(article.locator(selector), selector).toHaveCount(0);
  }
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(body.locator('h2', { hasText: 'Second h1' })).toHaveCount(1);
  await expect(body.getByRole('link', { name: 'a safe link' })).toHaveAttribute('rel', /noopener/);
  // The unsafe link keeps its text but loses its href (and so its link role).
  await expect(body.locator('a', { hasText: 'js link' })).toHaveCount(1);
  expect(await body.locator('a', { hasText: 'js link' }).getAttribute('href')).toBeNull();
  await expect(page.getByRole('link', { name: 'Read the original publication' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /bad/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /good/ })).toHaveAttribute('href', 'https://example.org/ok.pdf');
});

test('hostile text in list views stays text', async ({ page }) => {
  await replaceFeed(page, feedOf([{
    id: 'x', title: '<script>window.__pwned=1</script>', summary: '<img src=x onerror=window.__pwned=1>',
    tags: ['<b>tag</b>'], date_published: '2024-01-01T00:00:00Z', content_text: 'plain',
  }]));
  await page.goto('/news');
  await expect(page.locator('.item-summary__title')).toHaveText('<script>window.__pwned=1</script>');
  await page.getByLabel('Topic').selectOption('<b>tag</b>');
  await expect(page.locator('.item-summary')).toHaveCount(1);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.getByRole('main').locator('img')).toHaveCount(0);
});
