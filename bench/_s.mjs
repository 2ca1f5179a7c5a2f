// Search benchmark: what the index costs to fetch before the first result,
// and the time from a keystroke to updated suggestions once it is loaded
// (the question goes to the search worker and its answer is in the list),
// on the bundled data and on a generated 5,000-item feed (real words from
// the bundled texts, some items in Russian and Arabic). Budgets of the
// site-wide search: p95 <= 16 ms per keystroke on 5,000 items; index
// transfer <= 40 KB brotli (bundled) and <= 150 KB (5,000 items). Prints a
// report and exits non-zero if a budget is missed.
//
//   node bench/search.mjs        (after `trunk build --release`)
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { brotliCompressSync, constants } from 'node:zlib';
import { serveDist, launch, stats, ms } from './lib.mjs';
import { generatedFeed } from './generated-feed.mjs';

const ITEMS = Number(process.env.ITEMS ?? 5000);
const RUNS = Number(process.env.RUNS ?? 3);
const BUDGET_P95_MS = 16;
const BUDGET_BUNDLED_KB = 40;
const BUDGET_LARGE_KB = 150;

const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** What a visitor types, one keystroke at a time. */
const TYPED = ['migration', 'silk routes', 'istanbul commitments', 'turkey', 'reintegraton', '"call for action"', '2019',
  'миграция', 'الهجرة', 'border management'];

/**
 * dist/ as built, or a copy of it pre-rendered from `feed` by the render
 * step, as a deployer would publish it (the titles file search starts from
 * is written by that step).
 */
function siteFor(work, feed) {
  if (!feed) return 'dist';
  const root = join(work, 'site');
  const data = join(work, 'data');
  cpSync('dist', root, { recursive: true });
  mkdirSync(data);
  for (const file of ['site.json', 'map.json']) cpSync(`public/data/${file}`, join(data, file));
  writeFileSync(join(data, 'feed.json'), feed);
  execSync(`./scripts/render --dist ${root} --data ${data} --no-compress`, { stdio: ['ignore', 'ignore', 'inherit'] });
  return root;
}

/**
 * Opens /about, focuses the box and types one letter: the data files the
 * first suggestions were built from (as the list marks it: the feed's
 * titles, or the whole feed) and their size as a static host serves them
 * (brotli). Then, once the whole feed is in, the time from each keystroke
 * to its answer in the list.
 */
async function measure(browser, server) {
  const samples = [];
  const before = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    const bodies = new Map();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/data/')) bodies.set(path, response.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(`${server.url}/about`);
    await page.waitForFunction(() => document.documentElement.matches('.app-ready'));
    const box = page.getByRole('combobox', { name: 'Search the site' });
    await box.focus();
    await box.fill('a');
    await page.waitForFunction(() => document.querySelector('#site-search-list [role=option]'), null, { timeout: 60_000 });
    const fullText = await page.locator('#site-search-list').getAttribute('data-full-text');
    const files = ['/data/site.json', fullText === 'loading' ? '/data/search-titles.json' : '/data/feed.json'];
    let bytes = 0;
    for (const file of files) bytes += brotli(await (bodies.get(file) ?? Promise.resolve(Buffer.alloc(0))));
    before.push({ files, bytes });
    await page.waitForSelector('#site-search-list[data-full-text="in"]', { state: 'attached', timeout: 60_000 });
    for (const query of TYPED) {
      samples.push(...(await page.evaluate(async (query) => {
        const input = document.getElementById('site-search');
        const times = [];
        for (let i = 1; i <= query.length; i++) {
          const t0 = performance.now();
          const text = query.slice(0, i);
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // Until the worker's answer for this text is in the list: the
          // moment the list takes it, seen by a mutation observer (polling
          // with timers would round up to the browser's 4 ms timer clamp).
          const list = document.getElementById('site-search-list');
          await new Promise((resolve) => {
            const done = () => { observer.disconnect(); clearTimeout(timer); resolve(); };
            const observer = new MutationObserver(() => { if (list.dataset.answers === text) done(); });
            const timer = setTimeout(done, 2000);
            observer.observe(list, { attributes: true, attributeFilter: ['data-answers'] });
            if (list.dataset.answers === text) done();
          });
          times.push([performance.now() - t0, text]);
        }
        return times;
      }, query)).map(([t, q]) => { allq.push([t, q]); return t; }));
    }
    await page.close();
  }
  // The largest of the runs (a run that fetched the whole feed first shows).
  const first = before.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return { ...stats(samples), first };
}

const failures = []; const allq = [];
process.on('exit', () => { allq.sort((a, b) => b[0] - a[0]); console.log(allq.slice(0, 40).map(([t, q]) => t.toFixed(1) + ' ' + q).join('\n')); });
const work = mkdtempSync(join(tmpdir(), 'bp-bench-search-'));
const browser = await launch();
try {
  const rows = [];
  for (const [label, feed, budget] of [['bundled', null, BUDGET_BUNDLED_KB], [`${ITEMS} items`, generatedFeed(ITEMS), BUDGET_LARGE_KB]]) {
    const server = await serveDist(4189, siteFor(join(work, label.replace(/\W/g, '')), feed));
    try {
      const result = await measure(browser, server);
      rows.push({ label, result });
      if (result.first.bytes / 1024 > budget) failures.push(`search: ${kb(result.first.bytes)} before the first result > ${budget} KB (${label})`);
      if (feed && result.p95 > BUDGET_P95_MS) failures.push(`search: p95 ${ms(result.p95)} per keystroke on ${ITEMS} items > ${BUDGET_P95_MS} ms`);
    } finally {
      server.close();
    }
  }
  console.log(`\n## Search (bench/search.mjs)\n`);
  console.log('data          before the first result                       keystroke to results: median    p95     max');
  for (const { label, result } of rows) {
    const files = result.first.files.map((f) => f.replace('/data/', '')).join(' + ');
    console.log(`${label.padEnd(13)} ${kb(result.first.bytes).padStart(9)} (${files})`.padEnd(62) +
      `${ms(result.median).padStart(22)} ${ms(result.p95).padStart(8)} ${ms(result.max).padStart(8)}`);
  }
  const engineKb = ['search-loader.js', 'search-worker.js', 'search-worker_bg.wasm']
    .reduce((sum, file) => sum + brotli(readFileSync(`dist/${file}`)), 0) / 1024;
  console.log(`engine        ${kb(engineKb * 1024).padStart(9)} (the search worker: loader, glue and wasm, on the first search)`);
  console.log('(sizes are brotli, as a static host serves the files; the whole feed follows the titles, and the keystroke times are on it)');
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
if (failures.length) {
  for (const f of failures) console.log(`  ✘ ${f}`);
  process.exit(1);
}
