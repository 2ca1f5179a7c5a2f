import { cpSync, mkdirSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { serveDist, launch } from './lib.mjs';
import { generatedFeed } from './generated-feed.mjs';
const root = '/tmp/site5000';
if (!existsSync(root)) {
  cpSync('dist', root, { recursive: true }); mkdirSync('/tmp/data5000', { recursive: true });
  for (const f of ['site.json', 'map.json']) cpSync(`public/data/${f}`, `/tmp/data5000/${f}`);
  writeFileSync('/tmp/data5000/feed.json', generatedFeed(5000));
  execSync(`./scripts/render --dist ${root} --data /tmp/data5000 --no-compress`, { stdio: ['ignore', 'ignore', 'inherit'] });
}
const server = await serveDist(4189, root);
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${server.url}/about`);
await page.waitForFunction(() => document.documentElement.matches('.app-ready'));
const box = page.getByRole('combobox', { name: 'Search the site' });
await box.focus(); await box.fill('a');
await page.waitForSelector('#site-search-list[data-full-text="in"]', { state: 'attached', timeout: 60_000 });
const worker = page.workers()[0];
const wcdp = await page.context().newCDPSession(worker);
const cdp = await page.context().newCDPSession(page);
for (const c of [cdp, wcdp]) { await c.send('Profiler.enable'); await c.send('Profiler.setSamplingInterval', { interval: 50 }); await c.send('Profiler.start'); }
const typed = ['migration', 'silk routes', 'mi', 'm', 'sil', 'istanbul commitments'];
const times = await page.evaluate(async (typed) => {
  const out = [];
  for (let rep = 0; rep < 5; rep++) for (const query of typed) for (let i = 1; i <= query.length; i++) {
    const input = document.getElementById('site-search'); const list = document.getElementById('site-search-list');
    const t0 = performance.now(); const text = query.slice(0, i);
    input.value = text; input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => { const done = () => { o.disconnect(); resolve(); }; const o = new MutationObserver(() => { if (list.dataset.answers === text) done(); }); o.observe(list, { attributes: true, attributeFilter: ['data-answers'] }); if (list.dataset.answers === text) done(); });
    out.push(performance.now() - t0);
  }
  return out;
}, typed);
times.sort((a, b) => a - b); console.log('median', times[times.length >> 1].toFixed(1), 'p95', times[Math.floor(times.length * 0.95)].toFixed(1), 'n', times.length);
for (const [name, c] of [['main', cdp], ['worker', wcdp]]) {
  const { profile } = await c.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n])); const parent = new Map(); for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
  const counts = new Map(); profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map(); const incl = new Map(); let total = 0;
  const label = (n) => `${n.callFrame.functionName || '(anon)'}`.replace(/::h[0-9a-f]{16}/, '').slice(0, 130);
  for (const [id, t] of counts) { const n = byId.get(id); if (['(idle)', '(program)', '(root)'].includes(label(n))) continue; total += t; self.set(label(n), (self.get(label(n)) ?? 0) + t); const seen = new Set(); for (let x = id; x !== undefined; x = parent.get(x)) { const l = label(byId.get(x)); if (!seen.has(l)) { seen.add(l); incl.set(l, (incl.get(l) ?? 0) + t); } } }
  console.log(`=== ${name}: busy ${(total / 1000).toFixed(0)} ms`);
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log('  self', (t / 1000).toFixed(1).padStart(7), k);
  for (const [k, t] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log('  incl', (t / 1000).toFixed(1).padStart(7), k);
}
await browser.close(); server.close();
