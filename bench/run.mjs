// The benchmark behind scripts/bench: builds nothing (the script does),
// serves dist/ through the shipped nginx configuration (compression as in
// production) and prints one report:
//   - transfer size per route and widget, by kind (brotli over the wire),
//     against the same figures before pre-rendering;
//   - the largest pre-rendered page (HTML, brotli);
//   - Lighthouse mobile scores and LCP, TBT, CLS per route (median of runs);
//   - timeline (1,000 milestones) and member map timings;
//   - a generated 10,000-item feed, pre-rendered like the bundled one: the
//     longest task on each route while it loads and hydrates, and a filter;
//   - TimelineJS3 on the same 1,000 milestones, in the same run, and ratios;
//   - search (bench/search.mjs): index transfer and keystroke to results;
//   - the service worker (bench/offline.mjs): its first-visit bytes, and a
//     warm repeat visit's requests before the first paint.
// Budgets are checked and reported; exceeding one fails the run loudly.
import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, stats, ms, rng } from './lib.mjs';

const run = promisify(execFile);
const SITE = 'http://127.0.0.1:4185';
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);
const feed = JSON.parse(readFileSync('public/data/feed.json', 'utf8'));
const firstNews = feed.items.find((i) => (i._bp?.kind ?? 'news') === 'news');
/** Every route and widget, and an item page. */
const ROUTES = ['/', '/about', '/timeline', '/members', '/news', '/documents', '/events', '/contact',
  `/news/${firstNews.id}`, '/members/TR', '/timeline/istanbul-2013',
  '/embed/timeline', '/embed/map', '/embed/key-data', '/embed/news',
  // The Russian pages, held to the same budgets as the English ones.
  '/ru/', '/ru/members', '/ru/timeline', '/ru/news', `/ru/news/${firstNews.id}`, '/ru/embed/map'];
// Budgets of the pre-rendered site.
const BUDGET_PERF = 98;
const BUDGET_A11Y = 100;
const BUDGET_LCP_MS = 1500;
const BUDGET_TBT_MS = 150;
const BUDGET_CLS = 0.02;
const BUDGET_HTML_KB = 30;
const BUDGET_LONG_TASK_MS = 200;
// A first visit may transfer no more than a first visit to the full app did
// before pre-rendering, measured the same way at commit 03c5ecf (over the
// wire from nginx): 326.8 KB, 337.8 KB on the pages that draw the map. `/`
// then had a home-page bundle of its own: 157.1 KB.
const FULL_APP_BEFORE_KB = 326.8;
const FULL_APP_WITH_MAP_BEFORE_KB = 337.8;
// A language's pages (/ru/members) are held to the English pages' budgets.
const drawsMap = (route) => /^\/(?:[a-z]{2,3}(?:-[a-z0-9]+)*\/)?(members|embed\/map)(\/|$)/.test(route);
const fullAppBefore = (route) => (drawsMap(route) ? FULL_APP_WITH_MAP_BEFORE_KB : FULL_APP_BEFORE_KB);
const BEFORE_KB = { '/': 157.1 };
const failures = [];

function startNginx() {
  const child = spawn('sh', ['tests/nginx/run.sh', '4185'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => child.stdout.once('data', () => setTimeout(() => resolve(child), 300)));
}

function staticServer(root, port) {
  const child = spawn(process.execPath, ['tests/serve.mjs', String(port), root], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => child.stdout.once('data', () => resolve(child)));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const kindOf = (url, type) => {
  if (url.endsWith('.wasm')) return 'wasm';
  if (url.includes('/data/')) return 'data';
  if (type === 'script') return 'js';
  if (type === 'stylesheet') return 'css';
  if (type === 'document') return 'html';
  return 'other';
};

// 1. Transfer sizes: what a first visit downloads, per kind, as encoded on
// the wire (Chromium's encodedDataLength; nginx serves the .br files).
async function transferSizes(browser) {
  const rows = [];
  for (const route of ROUTES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const types = new Map();
    const sizes = { html: 0, js: 0, wasm: 0, css: 0, data: 0, other: 0 };
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, [e.response.url, e.type.toLowerCase()]));
    cdp.on('Network.loadingFinished', (e) => {
      const [url, type] = types.get(e.requestId) ?? ['', 'other'];
      sizes[kindOf(url, type)] += e.encodedDataLength;
    });
    await page.goto(SITE + route, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    rows.push({ route, ...sizes, total });
    await context.close();
  }
  console.log('\n## Transfer size of a first visit (over the wire, brotli from nginx)\n');
  console.log('route                              html      js       wasm      css      data      total    before');
  for (const r of rows) {
    const before = BEFORE_KB[r.route] ?? fullAppBefore(r.route);
    console.log(`${r.route.slice(0, 33).padEnd(33)} ${kb(r.html).padStart(8)} ${kb(r.js).padStart(8)} ${kb(r.wasm).padStart(9)} ${kb(r.css).padStart(8)} ${kb(r.data).padStart(9)} ${kb(r.total).padStart(9)} ${`${before} KB`.padStart(9)}`);
    const budget = fullAppBefore(r.route);
    if (r.total / 1024 > budget) failures.push(`${r.route}: first visit ${kb(r.total)} > ${budget} KB (the full app's first visit before)`);
  }
}

// 1b. The pre-rendered pages' own size: the largest, brotli (the .br files
// the render step wrote, as nginx serves them).
function htmlSizes() {
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html.br')) pages.push([path.slice('dist/'.length, -3), statSync(path).size]);
    }
  };
  walk('dist');
  pages.sort((a, b) => b[1] - a[1]);
  console.log(`\n## Pre-rendered HTML (${pages.length} pages, brotli)\n`);
  for (const [path, size] of pages.slice(0, 5)) console.log(`${path.padEnd(40)} ${kb(size).padStart(9)}`);
  console.log(`median ${kb(stats(pages.map(([, size]) => size)).median)}`);
  for (const [path, size] of pages) {
    if (size / 1024 > BUDGET_HTML_KB) failures.push(`${path}: ${kb(size)} of HTML > ${BUDGET_HTML_KB} KB brotli`);
  }
}

// 2. Lighthouse, mobile preset, median of LH_RUNS runs per route (every
// route, or the comma-separated LH_ROUTES, e.g. LH_ROUTES=/,/news).
async function lighthouse() {
  const routes = process.env.LH_ROUTES ? process.env.LH_ROUTES.split(',') : ROUTES;
  console.log(`\n## Lighthouse (mobile, median of ${LH_RUNS}${process.env.LH_ROUTES ? `, ${routes.length} routes` : ''})\n`);
  console.log('route                              perf  a11y  best   seo      LCP      TBT     CLS');
  for (const route of routes) {
    const runs = [];
    for (let i = 0; i < LH_RUNS; i++) {
      const { stdout } = await run('node', ['bench/node_modules/lighthouse/cli/index.js', SITE + route, '--output=json', '--quiet',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --disable-background-networking --disable-component-update --disable-sync'],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
      const lhr = JSON.parse(stdout);
      runs.push({
        perf: lhr.categories.performance.score * 100,
        a11y: lhr.categories.accessibility.score * 100,
        best: lhr.categories['best-practices'].score * 100,
        seo: lhr.categories.seo.score * 100,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
      });
    }
    const median = (key) => stats(runs.map((r) => r[key])).median;
    const m = { perf: median('perf'), a11y: median('a11y'), best: median('best'), seo: median('seo'), lcp: median('lcp'), tbt: median('tbt'), cls: median('cls') };
    console.log(`${route.slice(0, 33).padEnd(33)} ${String(Math.round(m.perf)).padStart(4)} ${String(Math.round(m.a11y)).padStart(5)} ${String(Math.round(m.best)).padStart(5)} ${String(Math.round(m.seo)).padStart(5)} ${ms(m.lcp).padStart(10)} ${ms(m.tbt).padStart(8)} ${m.cls.toFixed(3).padStart(7)}`);
    if (m.perf < BUDGET_PERF) failures.push(`Lighthouse performance ${Math.round(m.perf)} < ${BUDGET_PERF} on ${route}`);
    if (m.a11y < BUDGET_A11Y) failures.push(`Lighthouse accessibility ${Math.round(m.a11y)} < ${BUDGET_A11Y} on ${route}`);
    if (m.lcp > BUDGET_LCP_MS) failures.push(`LCP ${ms(m.lcp)} > ${BUDGET_LCP_MS} ms on ${route}`);
    if (m.tbt > BUDGET_TBT_MS) failures.push(`TBT ${ms(m.tbt)} > ${BUDGET_TBT_MS} ms on ${route}`);
    if (m.cls > BUDGET_CLS) failures.push(`CLS ${m.cls.toFixed(3)} > ${BUDGET_CLS} on ${route}`);
  }
}

// 3. A generated 10,000-item feed (a deployer with 30 years of archives):
// news, documents and events in the bundled feed's proportions, pre-rendered
// by the render step into a copy of dist/, served as a static host would.
// For each route, the longest task while the page loads and hydrates.
function generatedFeed(count) {
  const random = rng(count);
  const tags = ['ministerial conference', 'senior officials meeting', 'working group', 'project', 'training', 'return and reintegration'];
  const types = ['Declaration', 'Action plan', 'Strategy', 'Report', 'Factsheet'];
  const day = () => new Date(Date.UTC(1994 + Math.floor(random() * 31), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
  const items = Array.from({ length: count }, (_, i) => {
    const date = day();
    const iso = date.toISOString().slice(0, 10);
    const base = {
      id: `gen-${i}`, title: `Generated item ${i} with a title of typical length`, summary: 'A generated summary of typical length for an item.',
      content_html: '<p>Generated text.</p>', tags: [tags[i % tags.length], tags[(i * 7) % tags.length]], date_published: date.toISOString(),
    };
    const pick = random();
    if (pick < 0.34) return { ...base, _bp: { kind: 'event', start: iso, place: 'Vienna, Austria' } };
    if (pick < 0.59) {
      return { ...base, _bp: { kind: 'document', type: types[i % types.length], year: date.getUTCFullYear() },
        attachments: [{ url: `https://example.org/doc-${i}.pdf`, title: base.title, mime_type: 'application/pdf', _bp: { language: 'en' } }] };
    }
    return base;
  });
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Generated', items };
}

async function tenThousand(browser) {
  const root = '/tmp/bp-bench-10k';
  rmSync(root, { recursive: true, force: true });
  mkdirSync(`${root}/data`, { recursive: true });
  cpSync('dist', `${root}/site`, { recursive: true });
  for (const file of ['site.json', 'map.json']) cpSync(`public/data/${file}`, `${root}/data/${file}`);
  const generated = generatedFeed(10_000);
  writeFileSync(`${root}/data/feed.json`, JSON.stringify(generated));
  const started = performance.now();
  const rendered = await run('./scripts/render', ['--dist', `${root}/site`, '--data', `${root}/data`, '--no-compress'], { maxBuffer: 64 * 1024 * 1024 });
  const renderTime = performance.now() - started;
  const server = await staticServer(`${root}/site`, 4187);
  const kinds = (kind) => generated.items.filter((i) => (i._bp?.kind ?? 'news') === kind).length;
  const routes = ['/', '/news', '/news/page/200', '/documents', '/documents/page/50', '/events', '/events/page/100',
    '/news/gen-2', '/timeline', '/members', '/embed/news'];
  const rows = [];
  try {
    for (const route of routes) {
      const longest = [];
      for (let i = 0; i < 3; i++) {
        const page = await browser.newPage();
        await page.addInitScript(() => {
          window.__longTasks = [];
          new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
            .observe({ type: 'longtask', buffered: true });
        });
        const response = await page.goto(`http://127.0.0.1:4187${route}`);
        if (response.status() !== 200) failures.push(`10,000 items: ${route} answered ${response.status()}`);
        await page.waitForFunction(() => document.documentElement.matches('.app-ready, .no-app'), null, { timeout: 60_000 });
        await page.waitForTimeout(500);
        longest.push(Math.max(0, ...await page.evaluate(() => window.__longTasks)));
        await page.close();
      }
      rows.push([route, stats(longest).median, Math.max(...longest)]);
    }
    // A filter on the 10,000-item list, in the running app.
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:4187/news');
    await page.waitForFunction(() => document.documentElement.matches('.app-ready'));
    const filter = await page.evaluate(async () => {
      const select = document.getElementById('filter-tag');
      const t0 = performance.now();
      select.value = 'training';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      while (!location.search.includes('training')) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    });
    await page.close();
    console.log(`\n## A 10,000-item feed (${kinds('news')} news, ${kinds('document')} documents, ${kinds('event')} events), pre-rendered\n`);
    console.log(rendered.stdout.trim().split('\n').at(-1));
    console.log(`render step, wall clock: ${(renderTime / 1000).toFixed(1)} s`);
    console.log('route                     longest task (median of 3)   worst');
    for (const [route, median, worst] of rows) {
      console.log(`${route.padEnd(25)} ${ms(median).padStart(14)} ${ms(worst).padStart(22)}`);
      if (median > BUDGET_LONG_TASK_MS) failures.push(`10,000 items: a ${ms(median)} long task on ${route} (> ${BUDGET_LONG_TASK_MS} ms)`);
    }
    console.log(`topic filter on /news applied and painted: ${ms(filter)}`);
  } finally {
    server.kill();
  }
}

// 4. TimelineJS3 on the same 1,000 milestones as bench/timeline.mjs.
async function timelineJs(browser) {
  const site = JSON.parse(readFileSync('public/data/site.json', 'utf8'));
  const categories = site.milestone_categories.map((c) => c.id);
  const random = rng(1000);
  const events = Array.from({ length: 1000 }, (_, i) => {
    const year = 1990 + Math.floor(random() * 40);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const span = random() < 0.2;
    return {
      unique_id: `m-${i}`, start_date: { year, month, day },
      ...(span ? { end_date: { year: year + 1 + Math.floor(random() * 4) } } : {}),
      text: { headline: `Synthetic milestone ${i} with a headline of typical length`, text: 'Generated for the benchmark.' },
      group: categories[i % categories.length],
    };
  });
  const server = await staticServer('bench', 4186);
  const doms = [];
  const paints = [];
  let steps = [];
  try {
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto('http://127.0.0.1:4186/timelinejs.html');
      const result = await page.evaluate((events) => window.runTimeline(events), events);
      doms.push(result.dom);
      paints.push(result.painted);
      if (i === 2) steps = await page.evaluate(() => window.stepTimeline(30));
      await page.close();
    }
  } finally {
    server.kill();
  }
  const size = (f) => statSync(f).size;
  const js = 'bench/node_modules/@knight-lab/timelinejs/dist/js/timeline.js';
  const css = 'bench/node_modules/@knight-lab/timelinejs/dist/css/timeline.css';
  const br = async (f) => Number((await run('sh', ['-c', `brotli -q 11 -c '${f}' | wc -c`])).stdout.trim());
  console.log('\n## TimelineJS3 3.9.11 on the same 1,000 milestones (median of 3)\n');
  console.log(`script + stylesheet: ${kb(size(js) + size(css))} raw, ${kb(await br(js) + await br(css))} brotli (fonts and locale files extra)`);
  console.log(`all markers in the DOM: ${ms(stats(doms).median)}; painted: ${ms(stats(paints).median)}`);
  console.log(`step to the next event: median ${ms(stats(steps).median)}, p95 ${ms(stats(steps).p95)}`);
  return { dom: stats(doms).median, painted: stats(paints).median, step: stats(steps).median };
}

/**
 * Runs a benchmark that checks budgets of its own and prints its report;
 * the lines it marks ✘ become failures of this run, and so does a run that
 * stopped on an error (it measured nothing).
 */
async function ownBudgets(args, options = {}) {
  try {
    console.log((await run('node', args, options)).stdout.trim());
  } catch (error) {
    console.log(String(error.stdout ?? '').trim());
    const missed = String(error.stdout ?? '').split('\n').filter((l) => l.includes('✘'));
    for (const line of missed) failures.push(line.replace('✘', '').trim());
    if (!missed.length) failures.push(`${error.cmd ?? 'a benchmark'} failed: ${String(error.stderr ?? error.message).trim().split('\n').slice(-3).join(' ')}`);
  }
}

const nginx = await startNginx();
const browser = await launch();
try {
  await transferSizes(browser);
  htmlSizes();
  // SIZES_ONLY=1: the bytes alone (transfer and HTML), in seconds;
  // LIGHTHOUSE_ONLY=1: the bytes and Lighthouse, without the other timings.
  const only = process.env.SIZES_ONLY === '1' ? 'sizes' : process.env.LIGHTHOUSE_ONLY === '1' ? 'lighthouse' : null;
  if (!only) {
    await tenThousand(browser);
    const reference = await timelineJs(browser);
    console.log('\n## This site\'s timeline and map (bench/timeline.mjs, bench/map.mjs)');
    const ours = await run('node', ['bench/timeline.mjs'], { env: { ...process.env, SIZES: '1000' } });
    console.log(ours.stdout.trim());
    const map = await run('node', ['bench/map.mjs']);
    console.log(map.stdout.trim());
    // Search: index transfer and keystroke-to-results; the service worker:
    // what it adds to a first visit, and a warm repeat visit before its
    // first paint. Each has budgets of its own.
    await ownBudgets(['bench/search.mjs'], { maxBuffer: 16 * 1024 * 1024 });
    await ownBudgets(['bench/offline.mjs']);
    const line = ours.stdout.split('\n').find((l) => /^\s+1000\s/.test(l)) ?? '';
    const [, dom, painted] = line.match(/1000\s+([\d.]+) ms\s+([\d.]+) ms/) ?? [];
    if (dom) {
      console.log('\n## Ratio (TimelineJS3 / this site, 1,000 milestones)\n');
      console.log(`markers in the DOM: ${(reference.dom / Number(dom)).toFixed(1)}×; painted: ${(reference.painted / Number(painted)).toFixed(1)}×`);
    }
  }
  if (only !== 'sizes' && process.env.SKIP_LIGHTHOUSE !== '1') await lighthouse();
} finally {
  await browser.close();
  nginx.kill();
}
console.log('\n## Budgets\n');
console.log(`every route and widget: first visit <= the full app's before (${FULL_APP_BEFORE_KB} KB, ${FULL_APP_WITH_MAP_BEFORE_KB} KB with the map), HTML <= ${BUDGET_HTML_KB} KB brotli; `
  + `Lighthouse performance >= ${BUDGET_PERF}, accessibility = ${BUDGET_A11Y}, LCP <= ${BUDGET_LCP_MS} ms, `
  + `TBT <= ${BUDGET_TBT_MS} ms, CLS <= ${BUDGET_CLS}; 10,000 items: no long task over ${BUDGET_LONG_TASK_MS} ms`);
if (failures.length) {
  console.log('\nBUDGET EXCEEDED:');
  for (const f of failures) console.log(`  ✘ ${f}`);
  process.exit(1);
}
console.log('all budgets met');
