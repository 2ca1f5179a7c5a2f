// The hostile feed suite: 170 payloads (tests/e2e/xss-corpus.mjs) spread
// over the fields of a generated feed, every item page opened, and nothing
// may run, load from the payload host, or survive in the DOM.
import { test, expect, replaceFeed, feedOf } from './fixtures.mjs';
import { corpus, textPayloads, urlPayloads, HOST } from './xss-corpus.mjs';

const PER_ITEM = 5;
const payloads = corpus();

function hostileFeed() {
  const items = [];
  for (let start = 0; start < payloads.length; start += PER_ITEM) {
    const n = items.length;
    const kind = ['news', 'event', 'document'][n % 3];
    const url = urlPayloads[n % urlPayloads.length];
    items.push({
      id: `hostile-${n}`,
      title: `Item ${n} ${textPayloads[n % textPayloads.length]}`,
      summary: textPayloads[(n + 1) % textPayloads.length],
      content_html: `<p>Safe text ${n}.</p>` + payloads.slice(start, start + PER_ITEM).join('\n'),
      url,
      image: url,
      date_published: `2024-01-${String(1 + (n % 28)).padStart(2, '0')}T10:00:00Z`,
      tags: [textPayloads[n % textPayloads.length]],
      authors: [{ name: textPayloads[0], url }],
      attachments: [{ url, title: textPayloads[2], mime_type: 'text/html<script>' }, { url: `${HOST}/file.pdf`, title: 'payload host file' }],
      _bp: kind === 'event'
        ? { kind, start: '2024-02-01', place: textPayloads[1] }
        : kind === 'document' ? { kind, type: textPayloads[3], year: 2024 } : { kind, place: textPayloads[2] },
    });
  }
  return feedOf(items);
}

const section = { news: 'news', event: 'events', document: 'documents' };

test('no payload of the corpus runs, loads or survives on any item page', async ({ page }) => {
  test.setTimeout(180_000);
  expect(payloads.length).toBeGreaterThanOrEqual(100);
  const feed = hostileFeed();
  await replaceFeed(page, feed);
  await page.addInitScript(() => {
    window.__hits = [];
    window.__xss = (n) => window.__hits.push(n);
    window.alert = window.confirm = window.prompt = (m) => window.__hits.push(`dialog:${m}`);
  });
  const requests = [];
  page.on('request', (r) => { if (r.url().startsWith(HOST)) requests.push(r.url()); });
  // Requests to the payload host would fail anyway; stop them before they leave.
  await page.route(`${HOST}/**`, (r) => r.abort());
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });

  for (const item of feed.items) {
    await page.goto(`/${section[item._bp.kind]}/${item.id}`);
    const prose = page.locator('.prose');
    await expect(prose).toContainText(`Safe text ${item.id.split('-')[1]}.`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
    // Interact a little, as a reader would: hover and focus what is there.
    await prose.hover();
    await page.keyboard.press('Tab');
    const dangerous = await page.evaluate(() => {
      const main = document.getElementById('main');
      const found = [];
      for (const el of main.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          const name = attr.name.toLowerCase();
          const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
          if (name.startsWith('on') || name === 'style' && el.closest('.prose') || name === 'srcdoc' || name === 'formaction'
            || /^(javascript|vbscript|data):/.test(value) && ['href', 'src', 'action', 'srcset'].includes(name)) {
            found.push(`<${el.tagName.toLowerCase()} ${name}="${attr.value}">`);
          }
        }
      }
      const banned = main.querySelectorAll('.prose script, .prose style, .prose iframe, .prose object, .prose embed, .prose svg, .prose math, .prose form, .prose input, .prose button, .prose base, .prose meta, .prose link, .prose template, .prose noscript, .prose frame, .prose portal, .prose dialog, .prose [id], .prose [class], .prose h1');
      return [...found, ...[...banned].map((e) => e.tagName)];
    });
    expect(dangerous, `${item.id}: dangerous markup survived`).toEqual([]);
    // Each page load starts a new record: check it before moving on.
    await page.waitForTimeout(50);
    expect(await page.evaluate(() => window.__hits), `${item.id}: a payload ran`).toEqual([]);
  }
  expect(dialogs).toEqual([]);
  expect(requests).toEqual([]);
});
