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
  for (let rep = 0; rep < 4; rep++) for (const query of typed) for (let i = 1; i <= query.length; i++) {
    const input = document.getElementById('site-search'); const list = document.getElementById('site-search-list');
    const text = query.slice(0, i);
    const t0 = performance.now();
    input.value = text; input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => { const done = () => { o.disconnect(); resolve(); }; const o = new MutationObserver(() => { if (list.dataset.answers === text) done(); }); o.observe(list, { attributes: true, attributeFilter: ['data-answers'] }); if (list.dataset.answers === text) done(); });
    out.push(performance.now() - t0);
  }
  return out;
}, typed);
await type(['migration', 'silk']);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); await cdp.send('Profiler.start');
const times = await type(['migration', 'sil', 'mi', 'm', 'istanbul']);
const { profile } = await cdp.send('Profiler.stop');
times.sort((a, b) => a - b); console.log('median', times[times.length >> 1].toFixed(1), 'p95', times[Math.floor(times.length * 0.95)].toFixed(1));
const byId = new Map(profile.nodes.map((n) => [n.id, n])); const parent = new Map(); for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
const counts = new Map(); profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const self = new Map(); const incl = new Map(); let total = 0;
const label = (n) => `${n.callFrame.functionName || '(anon)'}`.replace(/::h[0-9a-f]{16}/, '').replace(/17h[0-9a-f]{16}E$/, '').slice(0, 150);
for (const [id, t] of counts) { const n = byId.get(id); if (['(idle)', '(root)'].includes(label(n))) continue; total += t; self.set(label(n), (self.get(label(n)) ?? 0) + t); const seen = new Set(); for (let x = id; x !== undefined; x = parent.get(x)) { const l = label(byId.get(x)); if (!seen.has(l)) { seen.add(l); incl.set(l, (incl.get(l) ?? 0) + t); } } }
console.log(`busy ${(total / 1000).toFixed(0)} ms`);
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log('  self', (t / 1000).toFixed(1).padStart(7), k);
for (const [k, t] of [...incl].filter(([k]) => /budapest|__component|leptos::|(program)|garbage/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log('  incl', (t / 1000).toFixed(1).padStart(7), k);
await browser.close(); server.close();
{
  const tot = new Map();
  const totalOf = (id) => { if (tot.has(id)) return tot.get(id); const n = byId.get(id); let t = counts.get(id) ?? 0; for (const c of n.children ?? []) t += totalOf(c); tot.set(id, t); return t; };
  const root = profile.nodes[0].id;
  const walk = (id, depth) => { const n = byId.get(id); const t = totalOf(id); if (t < 4000 || depth > 40) return; const l = label(n); const skip = /^wasm-function|indirect_call_shim|externref shim|^wasm-to-js|^js-to-wasm|invoke|Queue::new|Pin<P>|^r$|^b$|^\(anon\)$|^E$|^x$/.test(l); if (!skip) console.log(`${' '.repeat(depth)}${(t / 1000).toFixed(0)} ${l.slice(0, 140)}`); for (const c of (n.children ?? []).sort((a, b) => totalOf(b) - totalOf(a))) walk(c, skip ? depth : depth + 1); };
  walk(root, 0);
}
