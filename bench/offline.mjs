// The service worker's costs (public/sw.js), counted where they land: at
// the server (nginx with the shipped configuration, its access log).
//   - What it adds to a first visit: the registration in boot.js and sw.js
//     (brotli), and whatever else the server sends for a first visit of `/`
//     with the worker beyond the same visit without it (what it saves when
//     it installs: nothing, if the HTTP cache has it all).
//   - A repeat visit with a warm cache: requests that reach the server
//     before the first paint (budget: none).
//
//   node bench/offline.mjs      (after trunk build --release; part of scripts/bench)
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './lib.mjs';

const PORT = 4186;
const SITE = `http://127.0.0.1:${PORT}`;
const BUDGET_FIRST_VISIT_BYTES = 3 * 1024;
const log = join(mkdtempSync(join(tmpdir(), 'bp-offline-bench-')), 'access.log');
const failures = [];

/** Requests logged so far: start and end (ms since the epoch), bytes, path. */
function requests() {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((line) => {
    const [end, duration, status, bytes, path] = line.split(' ');
    return { start: (Number(end) - Number(duration)) * 1000, end: Number(end) * 1000, status: Number(status), bytes: Number(bytes), path };
  });
}

const brotli = (text) => execFileSync('brotli', ['-q', '11', '-c'], { input: text }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

const nginx = spawn('sh', ['tests/nginx/run.sh', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BP_ACCESS_LOG: log } });
await new Promise((resolve) => nginx.stdout.once('data', () => setTimeout(resolve, 300)));
const browser = await launch();

/** Bytes the server sent for a first visit of `path`, in a new context. */
async function firstVisit(path, serviceWorkers) {
  const context = await browser.newContext({ serviceWorkers });
  const page = await context.newPage();
  const from = requests().length;
  await page.goto(SITE + path, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.documentElement.matches('.app-ready, .no-app'));
  if (serviceWorkers === 'allow') {
    // Installed, active, and done saving.
    // (waitForFunction does not wait for a promise: poll from here.)
    const until = Date.now() + 20_000;
    while (!(await page.evaluate(async () => Boolean(navigator.serviceWorker.controller) && (await caches.keys()).length === 2))) {
      if (Date.now() > until) throw new Error('the service worker did not install');
      await page.waitForTimeout(100);
    }
  }
  await page.waitForTimeout(1500);
  const sent = requests().slice(from);
  return { context, page, bytes: sent.reduce((sum, r) => sum + r.bytes, 0), sent };
}

try {
  console.log('\n## Service worker (offline repeat visits)\n');
  // The registration is the part of public/boot.js between these two
  // comments; shipped as the render step ships it (no comment lines, no
  // indentation: prerender::service_worker::shipped).
  const boot = readFileSync('public/boot.js', 'utf8');
  const start = boot.indexOf('// Offline repeat visits');
  const end = boot.indexOf('// Without WebAssembly');
  const shipped = (text) => text.split('\n').map((l) => l.trim())
    .filter((l) => l && !l.startsWith('//') && !l.startsWith('/*') && !l.startsWith('*')).join('\n');
  // The render step writes every language's words and paths into two lines
  // (src/prerender/loader.rs); the rest must be the file as shipped.
  const withoutWords = (text) => text.replace(/^const (catalogue|languages) = .*$/gm, 'const $1 = {};');
  if (withoutWords(shipped(boot)) + '\n' !== withoutWords(readFileSync('dist/boot.js', 'utf8'))) {
    throw new Error('dist/boot.js is not public/boot.js as shipped');
  }
  const registration = start >= 0 && end > start
    ? brotli(shipped(boot)) - brotli(shipped(boot.slice(0, start) + boot.slice(end))) : NaN;

  const without = await firstVisit('/', 'block');
  await without.context.close();
  const withWorker = await firstVisit('/', 'allow');
  const worker = withWorker.sent.filter((r) => r.path === '/sw.js').reduce((sum, r) => sum + r.bytes, 0);
  const workerBody = statSync('dist/sw.js.br').size;
  const extra = withWorker.bytes - without.bytes;
  // The requests of the visit with the worker that the visit without it
  // did not make (each request there matches one here).
  const unmatched = without.sent.map((r) => r.path);
  const fetched = withWorker.sent.filter((r) => {
    const same = unmatched.indexOf(r.path);
    if (same >= 0) unmatched.splice(same, 1);
    return same < 0 && r.path !== '/sw.js';
  });
  // The budget is on what is brotli-compressed: the worker's body and the
  // registration. Response headers are reported beside it (HTTP/1.1 sends
  // them in full; HTTP/2 and 3 compress repeated ones).
  const added = registration + workerBody + Math.max(0, extra - worker);
  console.log(`registration in boot.js: ${kb(registration)} brotli; sw.js: ${kb(workerBody)} brotli (${kb(worker)} sent with its headers)`);
  console.log(`first visit of /: ${kb(without.bytes)} sent without the worker, ${kb(withWorker.bytes)} with it `
    + `(${kb(extra - worker)} besides sw.js: what the worker fetched when it installed: `
    + `${fetched.map((r) => `${r.path} ${r.status} ${r.bytes} B`).join(', ') || 'nothing'})`);
  console.log(`added to a first visit, brotli (registration + sw.js + what it fetched): ${kb(added)} (budget ${kb(BUDGET_FIRST_VISIT_BYTES)}); `
    + `with response headers: ${kb(registration + extra)}`);
  if (!(added <= BUDGET_FIRST_VISIT_BYTES)) failures.push(`the service worker adds ${kb(added)} to a first visit > ${kb(BUDGET_FIRST_VISIT_BYTES)}`);

  // Repeat visits, warm: pages opened before, in the same browser.
  const { page } = withWorker;
  for (const path of ['/news', '/members']) await page.goto(SITE + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  for (const path of ['/', '/news', '/members']) {
    const before = Date.now();
    await page.goto(SITE + path, { waitUntil: 'load' });
    const painted = await page.evaluate(() => new Promise((resolve) => {
      const found = () => performance.getEntriesByName('first-contentful-paint')[0];
      if (found()) resolve(performance.timeOrigin + found().startTime);
      else new PerformanceObserver(() => found() && resolve(performance.timeOrigin + found().startTime)).observe({ type: 'paint' });
    }));
    await page.waitForTimeout(1000);
    const early = requests().filter((r) => r.start >= before && r.start <= painted);
    const after = requests().filter((r) => r.start > painted && r.start < Date.now());
    console.log(`repeat visit of ${path}: ${early.length} requests to the server before the first paint`
      + ` (${(painted - before).toFixed(0)} ms after the navigation started); after it: ${after.map((r) => r.path).join(', ') || 'none'}`);
    if (early.length) failures.push(`repeat visit of ${path}: ${early.map((r) => r.path).join(', ')} before the first paint`);
  }
} finally {
  await browser.close();
  nginx.kill();
}
if (failures.length) {
  for (const f of failures) console.log(`  ✘ ${f}`);
  process.exit(1);
}
console.log('service worker budgets met');
