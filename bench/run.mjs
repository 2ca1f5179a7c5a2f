// The benchmark behind scripts/bench: builds nothing (the script does),
// serves dist/ through the shipped nginx configuration (compression as in
// production) and prints one report:
//   - transfer size per route and widget, by kind (brotli over the wire);
//   - Lighthouse mobile scores and LCP, TBT, CLS per route (median of runs);
//   - timeline (1,000 milestones) and member map timings;
//   - news with a generated 5,000-item feed: parse + first render, filter;
//   - TimelineJS3 on the same 1,000 milestones, in the same run, and ratios.
// Budgets are checked and reported; exceeding one fails the run loudly.
import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, statSync } from 'node:fs';
import { launch, stats, ms, rng, serveDist } from './lib.mjs';

const run = promisify(execFile);
const SITE = 'http://127.0.0.1:4185';
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);
const BUDGET_HOME_KB = 180;
const BUDGET_PERF = 95;
const BUDGET_A11Y = 100;
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
  const routes = ['/', '/timeline', '/members', '/news', '/embed/timeline', '/embed/map', '/embed/key-data', '/embed/news'];
  const rows = [];
  for (const route of routes) {
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
  console.log('route              html      js       wasm      css      data      total');
  for (const r of rows) {
    console.log(`${r.route.padEnd(17)} ${kb(r.html).padStart(8)} ${kb(r.js).padStart(8)} ${kb(r.wasm).padStart(9)} ${kb(r.css).padStart(8)} ${kb(r.data).padStart(9)} ${kb(r.total).padStart(9)}`);
  }
  const home = rows.find((r) => r.route === '/');
  if (home.total / 1024 > BUDGET_HOME_KB) failures.push(`/ first-load transfer ${kb(home.total)} > ${BUDGET_HOME_KB} KB`);
}

// 2. Lighthouse, mobile preset, median of LH_RUNS runs per route.
async function lighthouse() {
  const routes = ['/', '/timeline', '/members', '/news', '/embed/timeline', '/embed/map', '/embed/key-data', '/embed/news'];
  console.log(`\n## Lighthouse (mobile, median of ${LH_RUNS})\n`);
  console.log('route              perf  a11y  best   seo      LCP      TBT     CLS');
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
    console.log(`${route.padEnd(17)} ${String(Math.round(m.perf)).padStart(4)} ${String(Math.round(m.a11y)).padStart(5)} ${String(Math.round(m.best)).padStart(5)} ${String(Math.round(m.seo)).padStart(5)} ${ms(m.lcp).padStart(10)} ${ms(m.tbt).padStart(8)} ${m.cls.toFixed(3).padStart(7)}`);
    if (m.perf < BUDGET_PERF) failures.push(`Lighthouse performance ${Math.round(m.perf)} < ${BUDGET_PERF} on ${route}`);
    if (m.a11y < BUDGET_A11Y) failures.push(`Lighthouse accessibility ${Math.round(m.a11y)} < ${BUDGET_A11Y} on ${route}`);
  }
}

// 3. News with a generated 5,000-item feed.
async function bigFeed(browser) {
  const random = rng(5000);
  const tags = ['ministerial conference', 'senior officials meeting', 'working group', 'project', 'training', 'return and reintegration'];
  const items = Array.from({ length: 5000 }, (_, i) => ({
    id: `n-${i}`, title: `Generated news item ${i}`, summary: 'A generated summary of typical length for a news item.',
    content_html: '<p>Generated.</p>', tags: [tags[i % tags.length], tags[(i * 7) % tags.length]],
    date_published: new Date(Date.UTC(2000 + Math.floor(random() * 26), Math.floor(random() * 12), 1 + Math.floor(random() * 28))).toISOString(),
  }));
  const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Generated', items });
  const firsts = [];
  const filters = [];
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage();
    await page.route('**/data/feed.json', (r) => r.fulfill({ contentType: 'application/feed+json', body }));
    await page.addInitScript(() => {
      const original = window.fetch;
      window.fetch = async (...args) => {
        const response = await original(...args);
        if (String(args[0]?.url ?? args[0]).includes('feed.json')) {
          const read = response.text.bind(response);
          response.text = async () => { const t = await read(); window.__read = performance.now(); return t; };
        }
        return response;
      };
    });
    await page.goto(`${SITE}/news`);
    await page.waitForFunction(() => document.querySelectorAll('.item-summary').length === 10);
    firsts.push(await page.evaluate(() => performance.now() - window.__read));
    filters.push(await page.evaluate(async () => {
      const select = document.getElementById('filter-tag');
      const t0 = performance.now();
      select.value = 'training';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      while (!location.search.includes('training') || document.querySelector('.item-summary__title')?.textContent === undefined) {
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    }));
    await page.close();
  }
  console.log('\n## News with a generated 5,000-item feed (median of 3)\n');
  console.log(`feed read -> first page of news rendered: ${ms(stats(firsts).median)}`);
  console.log(`topic filter applied and painted:         ${ms(stats(filters).median)}`);
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

const nginx = await startNginx();
const browser = await launch();
try {
  await transferSizes(browser);
  await bigFeed(browser);
  const reference = await timelineJs(browser);
  console.log('\n## This site\'s timeline and map (bench/timeline.mjs, bench/map.mjs)');
  const ours = await run('node', ['bench/timeline.mjs'], { env: { ...process.env, SIZES: '1000' } });
  console.log(ours.stdout.trim());
  const map = await run('node', ['bench/map.mjs']);
  console.log(map.stdout.trim());
  const line = ours.stdout.split('\n').find((l) => /^\s+1000\s/.test(l)) ?? '';
  const [, dom, painted] = line.match(/1000\s+([\d.]+) ms\s+([\d.]+) ms/) ?? [];
  if (dom) {
    console.log('\n## Ratio (TimelineJS3 / this site, 1,000 milestones)\n');
    console.log(`markers in the DOM: ${(reference.dom / Number(dom)).toFixed(1)}×; painted: ${(reference.painted / Number(painted)).toFixed(1)}×`);
  }
  if (process.env.SKIP_LIGHTHOUSE !== '1') await lighthouse();
} finally {
  await browser.close();
  nginx.kill();
}
console.log('\n## Budgets\n');
console.log(`/ first-load transfer <= ${BUDGET_HOME_KB} KB brotli; Lighthouse performance >= ${BUDGET_PERF} and accessibility = ${BUDGET_A11Y} on every route`);
if (failures.length) {
  console.log('\nBUDGET EXCEEDED:');
  for (const f of failures) console.log(`  ✘ ${f}`);
  process.exit(1);
}
console.log('all budgets met');
