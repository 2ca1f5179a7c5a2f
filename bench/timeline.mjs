// Timeline benchmark: renders the timeline with 10, 100 and 1,000
// synthetic milestones in headless Chromium and reports first render and
// per-step keyboard navigation and zoom times.
//
//   node bench/timeline.mjs        (after `trunk build --release`)
//
// First render: from the moment the site data has been read by the app to
// the moment every marker is in the DOM. A keyboard step: from the keydown
// to the end of the work it causes (handler, reactive updates, style and
// layout), measured in the page.
import { readFileSync } from 'node:fs';
import { serveDist, launch, stats, rng, ms } from './lib.mjs';

const SIZES = (process.env.SIZES ?? '10,100,1000').split(',').map(Number);
const STEPS = 60;
// Fresh pages per size; the first render is reported as the median of these.
const RUNS = Number(process.env.RUNS ?? 5);
const site = JSON.parse(readFileSync('public/data/site.json', 'utf8'));
const categories = site.milestone_categories.map((c) => c.id);

function synthetic(n) {
  const random = rng(n);
  return Array.from({ length: n }, (_, i) => {
    const year = 1990 + Math.floor(random() * 40);
    const month = 1 + Math.floor(random() * 12);
    const span = random() < 0.2;
    return {
      id: `m-${i}`,
      start: { year, month, day: 1 + Math.floor(random() * 28) },
      end: span ? { year: year + 1 + Math.floor(random() * 4) } : null,
      headline: `Synthetic milestone ${i} with a headline of typical length`,
      text: 'Generated for the benchmark.',
      category: categories[i % categories.length],
      sources: [], related: [],
    };
  });
}

// Installed before the app starts: timestamps when the site data has been
// read and when all markers are on the page.
const probe = (expected) => {
  const original = window.fetch;
  window.fetch = async (...args) => {
    const response = await original(...args);
    if (String(args[0]?.url ?? args[0]).includes('site.json')) {
      const read = response.text.bind(response);
      response.text = async () => {
        const text = await read();
        window.__dataRead = performance.now();
        return text;
      };
    }
    return response;
  };
  // Every milestone is on the axis: as its own marker or inside a cluster.
  const drawn = () => document.querySelectorAll('[id^="tl-m-"]').length
    + [...document.querySelectorAll('.tl-cluster button')].reduce((n, b) => n + Number(b.textContent.slice(1)), 0);
  new MutationObserver((_, observer) => {
    if (drawn() >= expected) {
      window.__inDom = performance.now();
      observer.disconnect();
      // The frame that shows them: style, layout and paint included.
      requestAnimationFrame(() => setTimeout(() => { window.__rendered = performance.now(); }, 0));
    }
  }).observe(document, { childList: true, subtree: true });
};

// Runs in the page: an action on the focused marker (a keydown, or a
// click for selection, which a synthetic Enter would not trigger), timed
// until the microtasks and tasks it queued have run and layout is clean.
// Returns the times and the id of the marker focused at the end, so the
// caller can check the steps really moved.
const stepTimes = async ([action, count]) => {
  const settle = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });
  const times = [];
  for (let i = 0; i < count; i++) {
    const target = document.activeElement;
    const t0 = performance.now();
    if (action === 'click') target.click();
    else target.dispatchEvent(new KeyboardEvent('keydown', { key: action, bubbles: true, cancelable: true }));
    await settle();
    await settle();
    document.activeElement.getBoundingClientRect();
    times.push(performance.now() - t0);
  }
  // A marker pulled out of a cluster takes focus one frame later.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { times, focused: document.activeElement.id, selected: location.pathname };
};

const zoomTimes = async (count) => {
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const zoomIn = [...document.querySelectorAll('.tl-button')].find((b) => b.textContent.includes('Zoom in'));
  const fit = [...document.querySelectorAll('.tl-button')].find((b) => b.textContent.includes('Fit all'));
  const times = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    (i % 4 === 3 ? fit : zoomIn).click();
    await settle();
    document.querySelector('.tl-track').getBoundingClientRect();
    times.push(performance.now() - t0);
  }
  return times;
};

const server = await serveDist(4181);
const browser = await launch();
const rows = [];
try {
  for (const n of SIZES) {
    const body = JSON.stringify({ ...site, milestones: synthetic(n) });
    const firsts = [];
    const doms = [];
    let page;
    for (let run = 0; run < RUNS; run++) {
      await page?.close();
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.route('**/data/site.json', (route) => route.fulfill({ contentType: 'application/json', body }));
      await page.addInitScript(probe, n);
      await page.goto(`${server.url}/timeline?layout=horizontal`);
      await page.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 60_000 });
      const [dom, painted] = await page.evaluate(() => [window.__inDom - window.__dataRead, window.__rendered - window.__dataRead]);
      doms.push(dom);
      firsts.push(painted);
    }
    const first = stats(firsts);
    const inDom = stats(doms);
    await page.locator('[id^="tl-m-"][tabindex="0"]').focus();
    const arrows = await page.evaluate(stepTimes, ['ArrowRight', STEPS]);
    if (arrows.focused !== `tl-m-${Math.min(STEPS, n - 1)}`) throw new Error(`arrow steps did not move focus: ${arrows.focused}`);
    const right = stats(arrows.times);
    const clicks = await page.evaluate(stepTimes, ['click', 10]);
    if (!clicks.selected.startsWith('/timeline/m-')) throw new Error(`selection did not happen: ${clicks.selected}`);
    const select = stats(clicks.times);
    const zoom = stats(await page.evaluate(zoomTimes, 12));
    rows.push({ n, first, inDom, right, select, zoom });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

console.log('\nTimeline benchmark (headless Chromium, 1280x900, release build)\n');
console.log(`first render: data read -> all markers in the DOM, and -> first frame painted (median of ${RUNS} fresh pages)\n`);
console.log('milestones  in DOM    painted   arrow step median / p95  select median  zoom median');
for (const { n, first, inDom, right, select, zoom } of rows) {
  console.log(`${String(n).padStart(10)}  ${ms(inDom.median).padStart(8)}  ${ms(first.median).padStart(8)}  ${`${ms(right.median)} / ${ms(right.p95)}`.padStart(24)}  ${ms(select.median).padStart(13)}  ${ms(zoom.median).padStart(11)}`);
}
console.log('\nTargets: 1,000 milestones first render < 100 ms; a keyboard step < 16 ms.');
