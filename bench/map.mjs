// Member-map benchmark: time from the map geometry being read to the map
// being painted by the app, and per-hover tooltip updates, in headless
// Chromium. A pre-rendered /members holds its map already, so the visit
// starts on /about and goes to /members in the app, which then loads the
// geometry and draws the map itself.
//
//   node bench/map.mjs        (after `trunk build --release`)
import { serveDist, launch, stats, ms } from './lib.mjs';

const RUNS = Number(process.env.RUNS ?? 5);

const probe = () => {
  const original = window.fetch;
  window.fetch = async (...args) => {
    const response = await original(...args);
    if (String(args[0]?.url ?? args[0]).includes('map.json')) {
      const read = response.text.bind(response);
      response.text = async () => {
        const text = await read();
        window.__mapRead = performance.now();
        return text;
      };
    }
    return response;
  };
  new MutationObserver((_, observer) => {
    if (document.querySelector('#map-TR')) {
      window.__inDom = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }, 0));
    }
  }).observe(document, { childList: true, subtree: true });
};

// In the page: move the "pointer" over each state in turn, timing until
// the tooltip shows that state and layout is clean.
const hoverTimes = async () => {
  const settle = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });
  const states = [...document.querySelectorAll('[id^="map-"][data-iso]')];
  const times = [];
  for (const state of [...states, ...states]) {
    const t0 = performance.now();
    state.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await settle();
    const tip = document.querySelector('[role="tooltip"]');
    tip?.getBoundingClientRect();
    times.push(performance.now() - t0);
  }
  return { times, count: states.length };
};

const server = await serveDist(4182);
const browser = await launch();
const inDom = [];
const painted = [];
let hover;
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(probe);
    await page.goto(`${server.url}/about`);
    await page.waitForFunction(() => document.documentElement.matches('.app-ready'), null, { timeout: 30_000 });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 30_000 });
    const [dom, paint] = await page.evaluate(() => [window.__inDom - window.__mapRead, window.__painted - window.__mapRead]);
    inDom.push(dom);
    painted.push(paint);
    if (run === RUNS - 1) hover = await page.evaluate(hoverTimes);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
const h = stats(hover.times);
console.log('\nMember map benchmark (headless Chromium, 1280x900, release build)\n');
console.log(`map data read -> states in the DOM:  ${ms(stats(inDom).median)} (median of ${RUNS})`);
console.log(`map data read -> first frame painted: ${ms(stats(painted).median)}`);
console.log(`hover update (${hover.count} states, twice): median ${ms(h.median)}, p95 ${ms(h.p95)}`);
