// Where a first visit's main thread goes while the app starts: the long
// tasks after the first paint (what Total Blocking Time counts), and how
// many wasm functions V8 compiled in each (it compiles a function on its
// first call, on the main thread). A report for whoever works on start-up,
// not a budget: bench/run.mjs holds the Lighthouse budgets.
//
//   node bench/startup.mjs [route…]     (after trunk build --release)
//   RUNS=5 RATE=4 node bench/startup.mjs /news /members
//   DIST=/path/to/other/dist node bench/startup.mjs   (another build, to compare)
//
// RATE is the CPU slowdown (1: none; Lighthouse's mobile profile is 4).
// For function names in a profile, build with BP_WASM_OPT_EXTRA=-g
// (scripts/post-build).
import { launch, serveDist, stats } from './lib.mjs';

const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/news', '/timeline', '/members'];
const RUNS = Number(process.env.RUNS ?? 3);
const RATE = Number(process.env.RATE ?? 1);
const LONG_MS = 50;

const server = await serveDist(4190, process.env.DIST ?? 'dist');
const browser = await launch();

/** One first visit: its tasks after the first paint, with lazy compilations. */
async function visit(route) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.wasm', 'loading'] } });
  await page.goto(server.url + route, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.documentElement.matches('.app-ready, .no-app'));
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid);
  const paint = onMain.find((e) => e.name === 'firstContentfulPaint')?.ts ?? 0;
  const lazy = onMain.filter((e) => e.name === 'wasm.CompileLazy');
  return onMain
    .filter((e) => e.name === 'RunTask' && e.ts >= paint && e.dur / 1000 > LONG_MS)
    .map((task) => {
      const inside = lazy.filter((e) => e.ts >= task.ts && e.ts <= task.ts + task.dur);
      return { ms: task.dur / 1000, compiled: inside.length, compileMs: inside.reduce((sum, e) => sum + e.dur / 1000, 0) };
    });
}

try {
  console.log(`\n## Start-up: long tasks after the first paint (CPU ×${RATE}, ${RUNS} runs, median)\n`);
  console.log('route                 longest   blocking   tasks   wasm functions compiled in them (ms)');
  for (const route of routes) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await visit(route));
    const median = (f) => stats(runs.map(f)).median;
    const longest = median((tasks) => Math.max(0, ...tasks.map((t) => t.ms)));
    const blocking = median((tasks) => tasks.reduce((sum, t) => sum + t.ms - LONG_MS, 0));
    const count = median((tasks) => tasks.length);
    const compiled = median((tasks) => tasks.reduce((sum, t) => sum + t.compiled, 0));
    const compileMs = median((tasks) => tasks.reduce((sum, t) => sum + t.compileMs, 0));
    console.log(`${route.padEnd(20)} ${longest.toFixed(0).padStart(6)} ms ${blocking.toFixed(0).padStart(7)} ms ${String(count).padStart(6)}   ${compiled} (${compileMs.toFixed(0)})`);
  }
} finally {
  await browser.close();
  server.close();
}
