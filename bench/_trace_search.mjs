import { writeFileSync } from 'node:fs';
import { serveDist, launch } from './lib.mjs';
const server = await serveDist(4189, '/tmp/site5000');
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${server.url}/about`);
await page.waitForFunction(() => document.documentElement.matches('.app-ready'));
const box = page.getByRole('combobox', { name: 'Search the site' });
await box.focus(); await box.fill('a');
await page.waitForSelector('#site-search-list[data-full-text="in"]', { state: 'attached', timeout: 60_000 });
const type = (typed) => page.evaluate(async (typed) => {
  const out = [];
  for (const query of typed) for (let i = 1; i <= query.length; i++) {
    const input = document.getElementById('site-search'); const list = document.getElementById('site-search-list');
    const text = query.slice(0, i);
    performance.mark('key:' + text);
    const t0 = performance.now();
    input.value = text; input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => { const done = () => { o.disconnect(); resolve(); }; const o = new MutationObserver(() => { if (list.dataset.answers === text) done(); }); o.observe(list, { attributes: true, attributeFilter: ['data-answers'] }); if (list.dataset.answers === text) done(); });
    performance.mark('done:' + text);
    out.push([text, performance.now() - t0]);
  }
  return out;
}, typed);
await type(['migration', 'silk']);
await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8'] });
const times = await type(['migration', 'sil', 'mi', 'm']);
const buf = await browser.stopTracing();
writeFileSync('/tmp/strace.json', buf);
console.log(times.map(([t, d]) => `${t}:${d.toFixed(1)}`).join(' '));
await browser.close(); server.close();
