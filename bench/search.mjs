// Search benchmark: what the index costs to fetch before the first result,
// and the time from a keystroke to updated suggestions once it is loaded
// (the question goes to the search worker and its answer is in the list),
// on the bundled data and on a generated 5,000-item feed (real words from
// the bundled texts, some items in Russian and Arabic). Budgets (issue:
// site-wide search): p95 <= 16 ms per keystroke on 5,000 items; index
// transfer <= 40 KB brotli (bundled) and <= 150 KB (5,000 items). Prints a
// report and exits non-zero if a budget is missed.
//
//   node bench/search.mjs        (after `trunk build --release`)
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { serveDist, launch, stats, ms } from './lib.mjs';
import { generatedFeed } from './generated-feed.mjs';

const ITEMS = Number(process.env.ITEMS ?? 5000);
const RUNS = Number(process.env.RUNS ?? 3);
const BUDGET_P95_MS = 16;
const BUDGET_BUNDLED_KB = 40;
const BUDGET_LARGE_KB = 150;

const siteText = readFileSync('public/data/site.json', 'utf8');
const feedText = readFileSync('public/data/feed.json', 'utf8');
const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** What a visitor types, one keystroke at a time. */
const TYPED = ['migration', 'silk routes', 'istanbul commitments', 'turkey', 'reintegraton', '"call for action"', '2019',
  'миграция', 'الهجرة', 'border management'];

async function measure(browser, server, feed) {
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    if (feed) await page.route('**/data/feed.json', (route) => route.fulfill({ contentType: 'application/json', body: feed }));
    await page.goto(`${server.url}/about`);
    await page.waitForFunction(() => document.documentElement.matches('.app-ready'));
    const box = page.getByRole('combobox', { name: 'Search the site' });
    await box.focus();
    // The index loads on first focus; the first result means it is in.
    await box.fill('a');
    await page.waitForFunction(() => document.querySelector('#site-search-list [role=option]'), null, { timeout: 60_000 });
    for (const query of TYPED) {
      samples.push(...await page.evaluate(async (query) => {
        const input = document.getElementById('site-search');
        const times = [];
        for (let i = 1; i <= query.length; i++) {
          const t0 = performance.now();
          const text = query.slice(0, i);
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // Until the worker's answer for this text is in the list.
          const list = document.getElementById('site-search-list');
          while (list.dataset.answers !== text && performance.now() - t0 < 2000) await new Promise((resolve) => setTimeout(resolve, 0));
          times.push(performance.now() - t0);
        }
        return times;
      }, query));
    }
    await page.close();
  }
  return stats(samples);
}

const failures = [];
const large = generatedFeed(ITEMS);
const bundledKb = (brotli(siteText) + brotli(feedText)) / 1024;
const largeKb = (brotli(siteText) + brotli(large)) / 1024;
const server = await serveDist(4189);
const browser = await launch();
try {
  const bundled = await measure(browser, server, null);
  const generated = await measure(browser, server, large);
  console.log(`\n## Search (bench/search.mjs)\n`);
  console.log('data                index before the first result   keystroke to results: median    p95     max');
  console.log(`bundled            ${kb(bundledKb * 1024).padStart(12)} (site + feed)     ${ms(bundled.median).padStart(22)} ${ms(bundled.p95).padStart(8)} ${ms(bundled.max).padStart(8)}`);
  console.log(`${ITEMS} items         ${kb(largeKb * 1024).padStart(12)} (site + feed)     ${ms(generated.median).padStart(22)} ${ms(generated.p95).padStart(8)} ${ms(generated.max).padStart(8)}`);
  const engineKb = ['search-loader.js', 'search-worker.js', 'search-worker_bg.wasm']
    .reduce((sum, file) => sum + brotli(readFileSync(`dist/${file}`)), 0) / 1024;
  console.log(`engine             ${kb(engineKb * 1024).padStart(12)} (the search worker: loader, glue and wasm, on the first search)`);
  console.log('(the worker fetches both data files itself; the budgets are on the index data)');
  if (generated.p95 > BUDGET_P95_MS) failures.push(`search: p95 ${ms(generated.p95)} per keystroke on ${ITEMS} items > ${BUDGET_P95_MS} ms`);
  if (bundledKb > BUDGET_BUNDLED_KB) failures.push(`search: index ${bundledKb.toFixed(1)} KB > ${BUDGET_BUNDLED_KB} KB (bundled)`);
  if (largeKb > BUDGET_LARGE_KB) failures.push(`search: index ${largeKb.toFixed(1)} KB > ${BUDGET_LARGE_KB} KB (${ITEMS} items)`);
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  for (const f of failures) console.log(`  ✘ ${f}`);
  process.exit(1);
}
